// span-id-invalid: segment ids are well formed, share one prefix, and their numbers are unique and increasing.
import rule from "../../rules/span-id-invalid.js";
import { page, testRule } from "../rule-tester.js";

const rel = "referrals/co-sell-overview.md";
const hash = "9d3e5f7a1b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e";

const seg = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** Lines: title 2, ms.openlocfilehash 3, ms.contentlocale 4, closing `---` 5; the body starts on line 6. */
const doc = (title: string, contentlocale: string, body: string, opts: { eol?: "\r\n" } = {}) =>
  page({ title, "ms.openlocfilehash": hash, "ms.contentlocale": contentlocale }, body, opts);

const de = (body: string, opts: { eol?: "\r\n" } = {}) => ({ [`docs.de-de/${rel}`]: doc("Co-Selling – Übersicht", "de-DE", body, opts) });
const ja = (body: string) => ({ [`docs.ja-jp/${rel}`]: doc("共同販売の概要", "ja-JP", body) });
const he = (body: string) => ({ [`docs.he-il/${rel}`]: doc("סקירה כללית של מכירה משותפת", "he-IL", body) });

/** One segment per line from line 6 on: ids given, texts made up. */
const lines = (make: (id: string, i: number) => string, ids: string[]) => `${ids.map(make).join("\n\n")}\n`;
const deLine = (id: string, i: number) => seg(id, `Schritt ${i + 1}: Empfehlung prüfen.`, `Step ${i + 1}: review the referral.`);
const heLine = (id: string, i: number) => seg(id, `שלב ${i + 1}: בדוק את ההפניה.`, `Step ${i + 1}: review the referral.`);

testRule(rule, {
  valid: [
    { name: "increasing numbers with gaps, one prefix", files: de(lines(deLine, ["2b7c0-101", "2b7c0-102", "2b7c0-104", "2b7c0-107"])) },
    { name: "the same with CRLF line endings", files: de(lines(deLine, ["2b7c0-101", "2b7c0-102", "2b7c0-104"]), { eol: "\r\n" }) },
    { name: "an upper-case prefix is still letters and digits", files: he(lines(heLine, ["2B7C0-101", "2B7C0-102"])) },
    {
      name: "placeholder ids in a code block are an example",
      files: ja(
        [
          seg("5f1a9-101", "形式", "Format"),
          "",
          "```html",
          '<span data-ttu-id="xxxxx-N">翻訳</span><span class="sxs-lookup"><span data-stu-id="xxxxx-N">Source</span></span>',
          '<span data-ttu-id="5f1a9-101">重複</span><span class="sxs-lookup"><span data-stu-id="5f1a9-101">Copy</span></span>',
          "```",
          "",
          seg("5f1a9-102", "完了", "Done"),
          "",
        ].join("\n"),
      ),
    },
    { name: "a page without segments", files: de("# Übersicht\n\nKein Segment hier.\n") },
  ],
  invalid: [
    {
      // Regression (fuzz): the parser reads the CRLF inside the value as "\n", so the end was inside the line break.
      name: "an id broken by a CRLF line break ends on the next line, not between \\r and \\n",
      files: ja(`${seg("5f1a9-101", "共同販売", "Co-sell")}\n\n${seg("5f1a9-102", "紹介を確認します。", "Review the referral.").replace('5f1a9-102"', '5f1a9-102\r\n"')}\n`),
      errors: [{ line: 8, column: 20, endLine: 9, endColumn: 1, message: /but found "5f1a9-102\n"/ }],
    },
    {
      name: "an id without a dash, after multi-byte text on the same line",
      files: ja(`${seg("5f1a9-101", "共同販売", "Co-sell")}\n\n手順：${seg("5f1a9_102", "紹介を確認します。", "Review the referral.")}\n`),
      errors: [
        {
          line: 8,
          column: 23,
          endColumn: 32,
          message: 'Expected a segment id such as "5f1a9-102" (a prefix of letters and digits, "-" and a number) but found "5f1a9_102"',
        },
      ],
    },
    {
      name: "an empty id and one with a letter in its number",
      files: he(lines(heLine, ["2b7c0-101", "", "2b7c0-10a"])),
      errors: [
        { line: 8, column: 20, message: 'Expected a segment id such as "2b7c0-102" (a prefix of letters and digits, "-" and a number) but found ""' },
        { line: 10, column: 20, message: 'Expected a segment id such as "2b7c0-102" (a prefix of letters and digits, "-" and a number) but found "2b7c0-10a"' },
      ],
    },
    {
      name: "two segments pasted from another file, in right-to-left text",
      files: he(lines(heLine, ["2b7c0-101", "2b7c0-102", "9e41d-103", "9e41d-104", "2b7c0-105"])),
      errors: [{ line: 10, column: 20, endColumn: 29, message: 'Expected segment id prefix "2b7c0" as in the file\'s other 3 segments but found "9e41d" in 2 segments ("9e41d-103" to "9e41d-104")' }],
    },
    {
      name: "one foreign prefix in a table cell",
      files: de(`| ${seg("2b7c0-101", "Feld", "Field")} | ${seg("2b7c0-102", "Wert", "Value")} |\n| --- | --- |\n| Größe | ${seg("a03ff-103", "Betrag", "Amount")} |\n`),
      errors: [{ line: 8, column: 30, message: 'Expected segment id prefix "2b7c0" as in the file\'s other 2 segments but found "a03ff" in "a03ff-103"' }],
    },
    {
      name: "a duplicated id, with CRLF line endings",
      files: de(lines(deLine, ["2b7c0-101", "2b7c0-102", "2b7c0-102", "2b7c0-103"]), { eol: "\r\n" }),
      errors: [
        {
          line: 10,
          column: 20,
          endColumn: 29,
          message: 'Expected each segment id once but found "2b7c0-102" again (first on line 8)',
          related: [{ path: `docs.de-de/${rel}`, line: 8, column: 20 }],
        },
      ],
    },
    {
      name: "a block of segments moved up: reported once, at its first segment",
      files: de(lines(deLine, ["2b7c0-101", "2b7c0-102", "2b7c0-107", "2b7c0-108", "2b7c0-103", "2b7c0-104", "2b7c0-105", "2b7c0-106", "2b7c0-109"])),
      errors: [{ line: 10, column: 20, message: 'Expected segment numbers to increase in document order but found 2 segments from "2b7c0-107" to "2b7c0-108" before "2b7c0-103"' }],
    },
    {
      name: "two neighbours swapped",
      files: ja(lines((id) => seg(id, "手順", "Step"), ["5f1a9-101", "5f1a9-102", "5f1a9-104", "5f1a9-103", "5f1a9-105", "5f1a9-106"])),
      errors: [{ line: 10, column: 20, message: 'Expected segment numbers to increase in document order but found "5f1a9-104" before "5f1a9-103"' }],
    },
    {
      name: "one stray high number: the segments after it are not reported",
      files: he(lines(heLine, ["2b7c0-101", "2b7c0-102", "2b7c0-950", "2b7c0-103", "2b7c0-104", "2b7c0-105"])),
      errors: [{ line: 10, column: 20, message: 'Expected segment numbers to increase in document order but found "2b7c0-950" before "2b7c0-103"' }],
    },
    {
      name: "one stray low number",
      files: de(lines(deLine, ["2b7c0-101", "2b7c0-102", "2b7c0-103", "2b7c0-099", "2b7c0-104", "2b7c0-105"])),
      errors: [{ line: 12, column: 20, message: 'Expected segment numbers to increase in document order but found "2b7c0-099" after "2b7c0-103"' }],
    },
    {
      name: "a duplicated id in a YAML value",
      files: {
        "docs.ja-jp/referrals/toc.yml": [
          "items:",
          `- name: '${seg("5f1a9-101", "紹介", "Referrals")}'`,
          "  items:",
          `  - name: '${seg("5f1a9-101", "共同販売", "Co-sell")}'`,
          "    href: co-sell-overview.md",
          "",
        ].join("\n"),
      },
      errors: [{ line: 4, column: 31, message: 'Expected each segment id once but found "5f1a9-101" again (first on line 2)' }],
    },
  ],
});
