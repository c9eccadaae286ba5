// markdown-syntax-broken: a segment's translation keeps the Markdown syntax its English text has intact.
import rule from "../../rules/markdown-syntax-broken.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** A segment inside a YAML double-quoted value: every quote escaped. */
const yamlSeg = (id: string, translation: string, english: string) => seg(id, translation, english).replace(/"/g, '\\"');

/** A YAML landing page whose `summary` (line 4) is one segment. */
const landing = (segment: string) => ["### YamlMime:Landing", "title: Preise", "sections:", `- summary: "${segment}"`, ""].join("\n");

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Pricing", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const at = (locale: string) => `docs.${locale}/offers/pricing.md`;

const EN_LINK = "See [pricing details](pricing-details.md) for each market.";
const EN_SAVE = "Select **Save**, then **Close**.";

testRule(rule, {
  valid: [
    {
      name: "a collapsed reference link followed by a parenthesis with no blank ([label][](CNCF)) keeps its text",
      files: {
        [at("ja-jp")]: doc("ja-JP", [
          seg("f1a2b-404", "OpenTelemetryは[Cloud Native Computing Foundation][](CNCF)のプロジェクトです。", "OpenTelemetry is a [Cloud Native Computing Foundation][] (CNCF) project."),
        ]),
      },
    },
    {
      name: "intact links, bold and brackets in German",
      files: { [at("de-de")]: doc("de-DE", [seg("f1a2b-401", "Die [Preisdetails](pricing-details.md) gelten für jeden Markt.", EN_LINK), "", seg("f1a2b-402", "Wählen Sie **Speichern** und dann **Schließen** aus.", EN_SAVE)]) },
    },
    {
      name: "Japanese UI labels in brackets, bold next to CJK text, full-width parentheses in prose",
      files: {
        [at("ja-jp")]: doc("ja-JP", [seg("f1a2b-402", "[保存] を選択し、**閉じる**を選択します（任意）。", EN_SAVE), "", seg("f1a2b-403", "[カスタマイズ] (プレビュー) フローを作成します", "[Customize] Create a flow")]),
      },
    },
    {
      name: "damage the English text already has is not the translator's, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("f1a2b-404", "راجع [التفاصيل] (pricing-details.md) لكل سوق.", "See [pricing details] (pricing-details.md) for each market.")]) },
    },
    {
      name: "a link the English text leaves unclosed is the source's, however the translation breaks it too (German)",
      files: {
        [at("de-de")]: doc("de-DE", [
          seg("f1a2b-406", "Lesen Sie die Details im [Katalog] (https://contoso.example/catalog#/ auf der Website.", "Review the details in the [catalog](https://contoso.example/catalog#/ on the website."),
        ]),
      },
    },
    {
      name: "a link the English text leaves unclosed is the source's, however the translation breaks it too (Japanese)",
      files: {
        [at("ja-jp")]: doc("ja-JP", [
          seg("f1a2b-406", "Web サイトの[カタログ]（https://contoso.example/catalog#/ で詳細を確認してください。", "Review the details in the [catalog](https://contoso.example/catalog#/ on the website."),
        ]),
      },
    },
    {
      name: "emphasis escaped on purpose, as in the English text",
      files: { [at("de-de")]: doc("de-DE", [seg("f1a2b-405", "*\\* Hinweis: Die Ziele unterscheiden sich.*", "*\\* Note: Targets differ.*")]) },
    },
    {
      name: "an intact link with a title in a YAML value",
      target: "docs.de-de/offers/index.yml",
      files: { "docs.de-de/offers/index.yml": landing(yamlSeg("f1a2b-406", 'Siehe [Preise](pricing.md "Preise").', 'See [pricing](pricing.md "Pricing").')) },
    },
  ],
  invalid: [
    {
      name: "a blank between ] and ( after multi-byte text, joined by the fix",
      files: { [at("de-de")]: doc("de-DE", [seg("f1a2b-401", "Die [Preisdetails für Märkte] (pricing-details.md) gelten für jeden Markt.", EN_LINK)]) },
      errors: [
        {
          line: 5,
          column: 59,
          endColumn: 62,
          message: 'Expected "](" with no blank between "]" and "(" as in the English text but found "] ("',
          related: [{ path: at("de-de"), line: 5, column: 167 }],
        },
      ],
      output: doc("de-DE", [seg("f1a2b-401", "Die [Preisdetails für Märkte](pricing-details.md) gelten für jeden Markt.", EN_LINK)]),
    },
    {
      name: "full-width parentheses in Chinese, made ASCII by the fix",
      files: { [at("zh-cn")]: doc("zh-CN", [seg("f1a2b-401", "请参阅每个市场的[定价详细信息]（pricing-details.md）。", EN_LINK)]) },
      errors: [{ line: 5, column: 47, endColumn: 67, message: 'Expected ASCII "(" and ")" in the link syntax as in the English text but found "（" and "）"' }],
      output: doc("zh-CN", [seg("f1a2b-401", "请参阅每个市场的[定价详细信息](pricing-details.md)。", EN_LINK)]),
    },
    {
      name: "full-width brackets in Japanese, made ASCII by the fix",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("f1a2b-401", "各市場の［価格の詳細］(pricing-details.md) を参照してください。", EN_LINK)]) },
      errors: [{ line: 5, column: 35, endColumn: 42, message: 'Expected ASCII "[" and "]" in the link syntax as in the English text but found "［" and "］"' }],
      output: doc("ja-JP", [seg("f1a2b-401", "各市場の[価格の詳細](pricing-details.md) を参照してください。", EN_LINK)]),
    },
    {
      name: "link text lost in Czech",
      files: { [at("cs-cz")]: doc("cs-CZ", [seg("f1a2b-401", "Podívejte se na [](pricing-details.md) pro každý trh.", EN_LINK)]) },
      errors: [{ line: 5, column: 47, endColumn: 49, message: 'Expected link text in the link to "pricing-details.md" as in the English text but found "[]"' }],
    },
    {
      name: "an unmatched bracket, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("f1a2b-402", "حدد [**حفظ**، ثم **إغلاق**.", EN_SAVE)]) },
      errors: [{ line: 5, column: 35, message: 'Expected every "[" matched by a "]" as in the English text but found an unmatched "["' }],
    },
    {
      name: "bold with a blank inside, in German",
      files: { [at("de-de")]: doc("de-DE", [seg("f1a2b-402", "Wählen Sie ** Speichern** und dann **Schließen** aus.", EN_SAVE)]) },
      errors: [{ line: 5, column: 42, endColumn: 44, message: 'Expected the emphasized text right after "**" as in the English text but found a blank' }],
    },
    {
      name: "bold escaped on one side in Chinese",
      files: { [at("zh-cn")]: doc("zh-CN", [seg("f1a2b-402", "选择\\*\\*保存**，然后选择**关闭**。", EN_SAVE)]) },
      errors: [{ line: 5, column: 33, endColumn: 41, message: 'Expected "*" escaped on both sides of the text or on neither as in the English text but found "\\*\\*保存**"' }],
    },
    {
      name: "a destination left open in a table, with CRLF line endings",
      files: {
        [at("de-de")]: doc("de-DE", ["| Markt | Preise |", "| --- | --- |", `| ${seg("f1a2b-407", "Deutschland", "Germany")} | ${seg("f1a2b-408", "Siehe [Preisliste](https://example.com/prices weiter.", "See the [price list](https://example.com/prices).")} |`], "\r\n"),
      },
      errors: [{ line: 7, column: 179, message: 'Expected ")" closing the link to "https://example.com/prices" as in the English text but found none' }],
    },
    {
      name: "a blank between ] and ( in a YAML value, joined by the fix",
      target: "docs.de-de/offers/index.yml",
      files: { "docs.de-de/offers/index.yml": landing(yamlSeg("f1a2b-406", 'Siehe [Preise] (pricing.md "Preise").', 'See [pricing](pricing.md "Pricing").')) },
      errors: [{ line: 4, column: 58, message: 'Expected "](" with no blank between "]" and "(" as in the English text but found "] ("' }],
      output: landing(yamlSeg("f1a2b-406", 'Siehe [Preise](pricing.md "Preise").', 'See [pricing](pricing.md "Pricing").')),
    },
  ],
});
