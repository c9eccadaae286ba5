// segment-html-mismatch: each segment's translation keeps the inline HTML tags of its English text.
import rule from "../../rules/segment-html-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Resellers", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const at = (locale: string) => `docs.${locale}/customers/update-reseller.md`;

const EN_SELECT = "Select <strong>Customers</strong>, then choose the customer.";
const EN_ANCHOR = 'Upgrades in the CSP program <a name="upgrades"></a>';

testRule(rule, {
  valid: [
    {
      name: "the same tags, other case and attribute order, in German",
      files: {
        [at("de-de")]: doc("de-DE", [
          seg("e5f60-301", "Wählen Sie <STRONG>Kunden</STRONG> und dann den Kunden aus.", EN_SELECT),
          "",
          seg("e5f60-302", 'Upgrades im CSP-Programm <a name="upgrades"></a>', EN_ANCHOR),
        ]),
      },
    },
    {
      name: "an English ordinal suffix in <sup> is dropped, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("e5f60-303", "2020 年 2 月 4 日: 最初の発表", "February 4<sup>th</sup>, 2020: Original announcement")]) },
    },
    {
      name: "placeholders in angle brackets and tags inside code are not HTML, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("e5f60-304", "أدخل <معرف-المستأجر> ثم `<b>`.", "Enter <tenant-id>, then `<b>`.")]) },
    },
    {
      name: "line breaks in a table cell",
      files: {
        [at("de-de")]: doc("de-DE", ["| Feld | Beschreibung |", "| --- | --- |", `| ${seg("e5f60-305", "Status", "Status")} | ${seg("e5f60-306", "Gültige Werte:<br/>Aktiv<br />Inaktiv", "Valid values:<br>Active<br>Inactive")} |`]),
      },
    },
  ],
  invalid: [
    {
      name: "bold tags replaced by quotation marks in Chinese",
      files: { [at("zh-cn")]: doc("zh-CN", [seg("e5f60-301", "选择“客户”，然后选择客户。", EN_SELECT)]) },
      errors: [
        {
          line: 5,
          column: 31,
          message: 'Expected HTML tags "<strong>" and "</strong>" as in the English text but found none',
          related: [{ path: at("zh-cn"), line: 5, column: 114 }],
        },
      ],
    },
    {
      name: "a different tag after multi-byte text, in German",
      files: { [at("de-de")]: doc("de-DE", [seg("e5f60-301", "Wählen Sie <b>Kunden</b> und dann den Kunden aus.", EN_SELECT)]) },
      errors: [{ line: 5, column: 42, endColumn: 45, message: 'Expected HTML tags "<strong>" and "</strong>" as in the English text but found "<b>" and "</b>"' }],
    },
    {
      name: "a tag the English text does not have, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("e5f60-307", "حدد <em>العملاء</em>.", "Select Customers.")]) },
      errors: [{ line: 5, column: 35, message: 'Expected only the HTML tags of the English text but found "<em>" and "</em>"' }],
    },
    {
      name: "an anchor lost in a table, with CRLF line endings",
      files: {
        [at("de-de")]: doc("de-DE", ["| Thema | Hinweis |", "| --- | --- |", `| ${seg("e5f60-302", "Upgrades im CSP-Programm", EN_ANCHOR)} | – |`], "\r\n"),
      },
      errors: [{ line: 7, column: 33, message: 'Expected HTML tags "<a>" and "</a>" as in the English text but found none' }],
    },
  ],
});
