// source-defect: Markdown syntax already broken in a segment's English text is reported once, on the English text.
import rule from "../../rules/source-defect.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** A segment inside a YAML double-quoted value: every quote escaped. */
const yamlSeg = (id: string, translation: string, english: string) => seg(id, translation, english).replace(/"/g, '\\"');

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Announcements", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const at = (locale: string) => `docs.${locale}/announcements/2021-january.md`;

testRule(rule, {
  valid: [
    {
      name: "intact English text, whatever the translation does",
      files: { [at("de-de")]: doc("de-DE", [seg("d1e2f-701", "Siehe [Katalog] (https://example.com/gallery).", "See the [gallery](https://example.com/gallery).")]) },
    },
    {
      name: "brackets and bold that are fine, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("d1e2f-702", "[保存] を選択します。", "Select **Save** [optional].")]) },
    },
    {
      name: "an untranslated segment is not checked, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("d1e2f-703", "See [the gallery] (https://example.com/gallery).", "See [the gallery] (https://example.com/gallery).")]) },
    },
  ],
  invalid: [
    {
      name: "a link the English text leaves open, after multi-byte text",
      files: {
        [at("de-de")]: doc("de-DE", [
          seg("d1e2f-704", "Lesen Sie die Informationen im [Katalog für Vorgänge](https://example.com/gallery#/ auf der Website.", "Review the information in the [Operations Gallery](https://example.com/gallery#/ on the partner website."),
        ]),
      },
      errors: [{ line: 5, column: 244, endColumn: 273, message: 'Expected ")" closing the link to "https://example.com/gallery#/" in the English text but found none' }],
    },
    {
      name: "bold escaped on one side in the English text, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("d1e2f-705", "パートナーの特典:", "\\*\\*Partner benefits:**")]) },
      errors: [{ line: 5, column: 102, message: 'Expected "*" escaped on both sides of the text or on neither in the English text but found "\\*\\*Partner benefits:**"' }],
    },
    {
      name: "a blank between ] and ( in the English text, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("d1e2f-703", "راجع [المعرض](https://example.com/gallery).", "See [the gallery] (https://example.com/gallery).")]) },
      errors: [{ line: 5, column: 152, message: 'Expected "](" with no blank between "]" and "(" in the English text but found "] ("' }],
    },
    {
      name: "an unmatched ** and a damaged marker in a table, with CRLF line endings",
      files: {
        [at("de-de")]: doc("de-DE", ["| Thema | Text |", "| --- | --- |", `| 1 | ${seg("d1e2f-706", "[!NOTE] **Siehe auch", "[! NOTE] **See also")} |`], "\r\n"),
      },
      errors: [
        { line: 7, column: 119, message: 'Expected a Docs marker without blanks ("[!NAME]") in the English text but found "[! NOTE]"' },
        { line: 7, column: 128, message: 'Expected "**" in pairs in the English text but found an unmatched "**"' },
      ],
    },
    {
      name: "link text missing in the English text of a YAML value",
      target: "docs.de-de/announcements/index.yml",
      files: {
        "docs.de-de/announcements/index.yml": ["### YamlMime:Landing", "title: Ankündigungen", "sections:", `- summary: "${yamlSeg("d1e2f-707", "Siehe [Ankündigungen](news.md).", 'See [](news.md "News").')}"`, ""].join("\n"),
      },
      errors: [{ line: 4, column: 146, message: 'Expected link text in the link to "news.md" in the English text but found "[]"' }],
    },
  ],
});
