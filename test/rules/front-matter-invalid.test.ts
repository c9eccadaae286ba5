// front-matter-invalid: front matter and YAML files that do not parse, at the place the parser stops.
import rule from "../../rules/front-matter-invalid.js";
import { page, testRule } from "../rule-tester.js";

const jaBody = "# 請求書を確認する\n\n請求書は毎月 8 日に発行されます。\n";
const frBody = "# Consulter votre facture\n\nLa facture est émise le 8 de chaque mois.\n";

testRule(rule, {
  valid: [
    {
      name: "well-formed Japanese front matter",
      files: {
        "billing.ja-jp/invoices/review-invoice.md": page(
          { title: "請求書を確認する", description: '"請求書: 月次の調整ファイルとの違い"', "ms.date": "05/20/2021", "ms.contentlocale": "ja-JP" },
          jaBody,
        ),
      },
    },
    { name: "no front matter at all", files: { "billing.ar-sa/invoices/review-invoice.md": "# مراجعة الفاتورة\n\nتصدر الفاتورة في اليوم الثامن من كل شهر.\n" } },
    {
      name: "closed with ... and followed by thematic breaks in the body",
      files: { "billing.de-de/invoices/review-invoice.md": "---\ntitle: Überprüfen Ihrer Rechnung #1\n# Kommentar der Lokalisierung\nms.date: 05/20/2021\n...\n# Überprüfen\n\n---\n\nText.\n" },
    },
    {
      name: "escaped apostrophe in single quotes, CRLF and BOM",
      files: { "billing.fr-fr/invoices/review-invoice.md": page({ title: "'Consulter l''historique'", "ms.date": "05/20/2021" }, frBody, { eol: "\r\n", bom: true }) },
    },
    {
      name: "a sibling with broken front matter is not the file's problem",
      files: {
        "billing.he-il/invoices/review-invoice.md": page({ title: "סקירת חשבוניות", "ms.date": "05/20/2021" }, "# סקירת חשבוניות\n"),
        "billing.ja-jp/invoices/review-invoice.md": "---\ntitle: 請求書\n",
      },
    },
    {
      name: "YAML table of contents",
      files: { "billing.zh-cn/TOC.yml": "- name: 账单\n  items:\n  - name: 查看发票\n    href: invoices/review-invoice.md\n" },
    },
  ],
  invalid: [
    {
      name: "front matter that is never closed",
      files: { "billing.ja-jp/invoices/review-invoice.md": `---\ntitle: 請求書を確認する\nms.date: 05/20/2021\n${jaBody}` },
      errors: [{ line: 1, column: 1, message: 'Front matter is not closed: expected a "---" line after the metadata' }],
    },
    {
      name: "front matter that is a list, not a map",
      files: { "billing.fr-fr/invoices/review-invoice.md": `---\n- titre\n- date\n---\n${frBody}` },
      errors: [{ line: 2, column: 1, message: "Expected front matter to be a map of keys and values but found a list" }],
    },
    {
      name: "text after a closing quote, after Japanese on the same line",
      files: { "billing.ja-jp/invoices/review-invoice.md": `---\ntitle: "請求書" を確認する\nms.date: 05/20/2021\n---\n${jaBody}` },
      errors: [{ line: 2, column: 14, message: "Invalid YAML: Unexpected scalar at node end" }],
    },
    {
      name: "unescaped apostrophe in a single-quoted French title",
      files: { "billing.fr-fr/invoices/review-invoice.md": `---\ntitle: 'Gérer l'abonnement'\nms.date: 05/20/2021\n---\n${frBody}` },
      errors: [{ line: 2, column: 17, message: "Invalid YAML: Unexpected scalar at node end" }],
    },
    {
      name: "unclosed double quote is reported at the opening quote, not where the parser gave up",
      files: { "billing.ja-jp/invoices/review-invoice.md": `---\ntitle: "請求書を確認する\nms.date: 05/20/2021\n---\n${jaBody}` },
      errors: [{ line: 2, column: 8, message: 'Invalid YAML: Missing closing "quote' }],
    },
    {
      name: "unclosed quote in a BOM file, at the opening quote (RTL)",
      files: { "billing.he-il/invoices/review-invoice.md": `\ufeff---\ntitle: "סקירת חשבוניות\nms.date: 05/20/2021\n---\n# סקירת חשבוניות\n` },
      errors: [{ line: 2, column: 8, message: 'Invalid YAML: Missing closing "quote' }],
    },
    {
      name: "unclosed single quote after a closed one, in a BOM and CRLF file: the opening quote of the unclosed value",
      files: {
        "billing.de-de/invoices/review-invoice.md": `\ufeff---\r\ntitle: 'Überprüfen Ihrer ''Rechnung'''\r\ndescription: 'Rechnung prüfen\r\nms.date: 05/20/2021\r\n---\r\n# Überprüfen\r\n`,
      },
      errors: [{ line: 3, column: 14, message: "Invalid YAML: Missing closing 'quote" }],
    },
    {
      name: "a flow list never closed, at its opening bracket (CRLF)",
      files: { "billing.ar-sa/invoices/review-invoice.md": "---\r\ntitle: مراجعة الفاتورة\r\nkeywords: [فاتورة, دفع\r\nms.date: 05/20/2021\r\n---\r\n# مراجعة الفاتورة\r\n" },
      errors: [{ line: 3, column: 11, message: "Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]" }],
    },
    {
      name: "mis-indented key: one finding, not one per parser message",
      files: {
        "billing.ja-jp/invoices/review-invoice.md": `---\ntitle: 請求書を確認する\ndescription: パートナー センターで請求書を確認します。\n  ms.topic: article\nms.date: 05/20/2021\n---\n${jaBody}`,
      },
      errors: [{ line: 3, column: 14, message: "Invalid YAML: Nested mappings are not allowed in compact mappings" }],
    },
    {
      name: "tab used as indentation",
      files: { "billing.de-de/invoices/review-invoice.md": "---\ntitle: Überprüfen Ihrer Rechnung\n\tms.date: 05/20/2021\n---\n# Überprüfen Ihrer Rechnung\n" },
      errors: [{ line: 3, column: 1, message: "Invalid YAML: Tabs are not allowed as indentation" }],
    },
    {
      name: "duplicate key in a CRLF file",
      files: {
        "billing.ar-sa/invoices/review-invoice.md": page(
          { title: "مراجعة الفاتورة", "ms.date": "05/20/2021", "ms.author": "exwriter", "ms.contentlocale": "ar-SA" },
          "# مراجعة الفاتورة\n",
          { eol: "\r\n" },
        ).replace("ms.author", "ms.date"),
      },
      errors: [{ line: 4, column: 1, message: "Invalid YAML: Map keys must be unique" }],
    },
    {
      name: "duplicate key in flow style, after Japanese text",
      files: { "billing.ja-jp/invoices/review-invoice.md": `---\n{title: "請求書", title: "請求書の確認"}\n---\n${jaBody}` },
      errors: [{ line: 2, column: 16, message: "Invalid YAML: Map keys must be unique" }],
    },
    {
      name: "YAML table of contents with a misaligned item",
      files: { "billing.zh-cn/TOC.yml": "- name: 账单\n  items:\n  - name: 查看发票\n   - name: 付款方式\n    href: invoices/review-invoice.md\n" },
      errors: [{ line: 4, column: 4, message: "Invalid YAML: All sequence items must start at the same column" }],
    },
    {
      name: "YAML FAQ page with an unclosed quote in its metadata",
      files: { "billing.ja-jp/faq.yml": '### YamlMime:FAQ\nmetadata:\n  title: "よく寄せられる質問\n  ms.date: 05/20/2021\ntitle: よく寄せられる質問\n' },
      errors: [{ line: 3, column: 10, message: 'Invalid YAML: Missing closing "quote' }],
    },
  ],
});
