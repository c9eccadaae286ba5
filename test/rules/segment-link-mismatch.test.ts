// segment-link-mismatch: each segment's translation links to the targets its English text links to.
import rule from "../../rules/segment-link-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** A segment inside a YAML double-quoted value: every quote escaped. */
const yamlSeg = (id: string, translation: string, english: string) => seg(id, translation, english).replace(/"/g, '\\"');

/** A YAML landing page whose `summary` (line 4) is one segment. */
const landing = (segment: string) => ["### YamlMime:Landing", "title: Abrechnung", "sections:", `- summary: "${segment}"`, ""].join("\n");

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Invoices", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const rel = "billing/invoices.md";
const at = (locale: string) => `docs.${locale}/${rel}`;

const EN_SEE = "For details, see [Understand your invoice](understand-invoice.md#charges).";
const DE_SEE = "Weitere Informationen finden Sie unter [Grundlegendes zur Rechnung](understand-invoice.md#charges).";
const EN_TWO = "Pay by [credit card](pay-card.md) or by [bank transfer](pay-transfer.md).";

testRule(rule, {
  valid: [
    {
      name: "translated link text, same target",
      files: { [at("de-de")]: doc("de-DE", [seg("a1b2c-101", DE_SEE, EN_SEE)]) },
    },
    {
      name: "reordered links in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("a1b2c-102", "[銀行振込](pay-transfer.md)または[クレジット カード](pay-card.md)で支払います。", EN_TWO)]) },
    },
    {
      name: "the file's locale in a URL stands for en-us, right to left",
      files: {
        [at("ar-sa")]: doc("ar-SA", [
          seg("a1b2c-103", "راجع [الوثائق](https://learn.microsoft.com/ar-sa/partner-center/billing).", "See [the docs](https://learn.microsoft.com/en-us/partner-center/billing)."),
        ]),
      },
    },
    {
      name: "&amp; for & and the locale after another hyphenated path segment, in Japanese",
      files: {
        [at("ja-jp")]: doc("ja-JP", [
          seg("a1b2c-110", "[セットアップ](https://example.com/app-ids/JA-JP/setup?a=1&amp;b=2)を参照してください。", "See [setup](https://example.com/app-ids/en-us/setup?a=1&b=2)."),
        ]),
      },
    },
    {
      name: "the English text already localized to the file's locale, in Chinese",
      files: {
        [at("zh-cn")]: doc("zh-CN", [
          seg("a1b2c-111", "[许可变更通知](https://www.example.com/zh-cn/licensing/news)：更多详细信息。", "[License changes notice](https://www.example.com/zh-cn/licensing/news): further details."),
        ]),
      },
    },
    {
      name: "a translation identical to its English text, and a segment without links",
      files: { [at("de-de")]: doc("de-DE", [seg("a1b2c-104", EN_TWO, EN_TWO), "", seg("a1b2c-105", "Rechnungen", "Invoices")]) },
    },
    {
      name: "a link the English text breaks itself (no closing parenthesis) may go",
      files: {
        [at("de-de")]: doc("de-DE", [seg("a1b2c-106", "Lesen Sie die Informationen im Katalog für Vorgänge.", "Read the information in the [Operations Gallery](https://example.com/gallery#/ on the partner site.")]),
      },
    },
    {
      name: "segments in a table, HTML links and an image",
      files: {
        [at("de-de")]: doc("de-DE", [
          "| Spalte | Beschreibung |",
          "| --- | --- |",
          `| ${seg("a1b2c-107", "Betrag", "Amount")} | ${seg("a1b2c-108", 'Siehe <a href="amounts.md">Beträge</a> und ![Symbol](media/icon.png).', 'See <a href="amounts.md">amounts</a> and ![Icon](media/icon.png).')} |`,
        ]),
      },
    },
    {
      name: "a segment in a YAML value with escaped quotes",
      target: "docs.de-de/billing/index.yml",
      files: {
        "docs.de-de/billing/index.yml": landing(yamlSeg("a1b2c-109", 'Siehe [Rechnungen](invoices.md "Rechnungen").', 'See [invoices](invoices.md "Invoices").')),
      },
    },
  ],
  invalid: [
    {
      name: "a changed target after multi-byte text, fixed",
      files: { [at("de-de")]: doc("de-DE", [seg("a1b2c-101", DE_SEE.replace("#charges", "#gebühren"), EN_SEE)]) },
      errors: [
        {
          line: 5,
          column: 99,
          endColumn: 129,
          message: 'Expected link target "understand-invoice.md#charges" as in the English text but found "understand-invoice.md#gebühren"',
          related: [{ path: at("de-de"), line: 5, column: 236 }],
        },
      ],
      output: doc("de-DE", [seg("a1b2c-101", DE_SEE, EN_SEE)]),
    },
    {
      // Regression (fuzz): copying "media\\a.md" would undo link-backslash's fix on every --fix pass.
      name: "a changed target whose English target holds a backslash is reported without a fix",
      files: { [at("de-de")]: doc("de-DE", [seg("a1b2c-101", DE_SEE.replace("#charges", "#gebühren"), EN_SEE.replace("understand-invoice.md", "billing\\understand-invoice.md"))]) },
      errors: [{ line: 5, column: 99, message: 'Expected link target "billing\\understand-invoice.md#charges" as in the English text but found "understand-invoice.md#gebühren"' }],
    },
    {
      name: "a link lost in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("a1b2c-102", "クレジット カードまたは[銀行振込](pay-transfer.md)で支払います。", EN_TWO)]) },
      errors: [{ line: 5, column: 31, message: 'Expected a link to "pay-card.md" as in the English text but found none' }],
    },
    {
      name: "a link the English text does not have, right to left",
      files: {
        [at("ar-sa")]: doc("ar-SA", [seg("a1b2c-103", "ادفع [ببطاقة](pay-card.md) أو [بتحويل](pay-transfer.md) أو [نقدًا](pay-cash.md).", EN_TWO)]),
      },
      errors: [{ line: 5, column: 98, endColumn: 109, message: 'Expected only the link targets of the English text but found "pay-cash.md"' }],
    },
    {
      name: "two targets changed in a table cell, with CRLF line endings",
      files: {
        [at("de-de")]: doc(
          "de-DE",
          ["| Zahlung | Hinweis |", "| --- | --- |", `| ${seg("a1b2c-104", "Zahlen Sie per [Karte](karte.md) oder [Überweisung](überweisung.md).", EN_TWO)} | – |`],
          "\r\n",
        ),
      },
      errors: [{ line: 7, column: 56, message: 'Expected link targets "pay-card.md" and "pay-transfer.md" as in the English text but found "karte.md" and "überweisung.md"' }],
    },
    {
      name: "a changed target with CRLF line endings, fixed",
      files: { [at("de-de")]: doc("de-DE", ["# Rechnungen", "", seg("a1b2c-101", DE_SEE.replace("understand-invoice.md", "rechnung-verstehen.md"), EN_SEE)], "\r\n") },
      errors: [{ line: 7, column: 99, message: 'Expected link target "understand-invoice.md#charges" as in the English text but found "rechnung-verstehen.md#charges"' }],
      output: doc("de-DE", ["# Rechnungen", "", seg("a1b2c-101", DE_SEE, EN_SEE)], "\r\n"),
    },
    {
      name: "a changed HTML link in a YAML value with escaped quotes",
      target: "docs.de-de/billing/index.yml",
      files: {
        "docs.de-de/billing/index.yml": landing(yamlSeg("a1b2c-109", 'Siehe <a href="rechnungen.md">Rechnungen</a>.', 'See <a href="invoices.md">invoices</a>.')),
      },
      errors: [{ line: 4, column: 61, message: 'Expected link target "invoices.md" as in the English text but found "rechnungen.md"' }],
      output: landing(yamlSeg("a1b2c-109", 'Siehe <a href="invoices.md">Rechnungen</a>.', 'See <a href="invoices.md">invoices</a>.')),
    },
  ],
});
