// span-pairing: every translation span is followed by its sxs-lookup holding the source span with the same id.
import rule from "../../rules/span-pairing.js";
import { page, testRule } from "../rule-tester.js";

const rel = "billing/invoice-overview.md";
const hash = "4b1f0c3e9a7d25e8c6b0f1a2d3e4c5b6a7f8e9d0";

/** A well-formed side-by-side segment. */
const seg = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** Lines: title 2, ms.openlocfilehash 3, ms.contentlocale 4, closing `---` 5; the body starts on line 6. */
const doc = (title: string, contentlocale: string, body: string, opts: { eol?: "\r\n" } = {}) =>
  page({ title, "ms.openlocfilehash": hash, "ms.contentlocale": contentlocale }, body, opts);

const de = (body: string, opts: { eol?: "\r\n" } = {}) => ({ [`docs.de-de/${rel}`]: doc("Rechnungsübersicht", "de-DE", body, opts) });
const ja = (body: string) => ({ [`docs.ja-jp/${rel}`]: doc("請求書の概要", "ja-JP", body) });
const ar = (body: string) => ({ [`docs.ar-sa/${rel}`]: doc("نظرة عامة على الفاتورة", "ar-SA", body) });

const deBody = [
  `# ${seg("8c2f1-101", "Rechnungsübersicht", "Invoice overview")}`,
  "",
  `${seg("8c2f1-102", "Ihre Rechnung zeigt alle Gebühren.", "Your invoice shows all charges.")} ${seg("8c2f1-103", "Sie wird monatlich erstellt.", "It is created monthly.")}`,
  "",
  `| ${seg("8c2f1-104", "Feld", "Field")} | ${seg("8c2f1-105", "Beschreibung", "Description")} |`,
  "| --- | --- |",
  `| ${seg("8c2f1-106", "Betrag", "Amount")} | ${seg("8c2f1-107", "Der fällige Betrag", "The amount due")} |`,
  "",
  `- [${seg("8c2f1-108", "Rechnung herunterladen", "Download your invoice")}](download-invoice.md)`,
  "",
].join("\n");

testRule(rule, {
  valid: [
    { name: "headings, paragraphs, table cells and link text, all paired", files: de(deBody) },
    { name: "the same with CRLF line endings", files: de(deBody, { eol: "\r\n" }) },
    { name: "a page without segments", files: ja("# 請求書の概要\n\n請求書にはすべての料金が表示されます。\n") },
    {
      name: "broken markup inside a fenced code block or inline code is an example, not a segment",
      files: de(
        [
          seg("8c2f1-101", "Beispiel", "Example"),
          "",
          "```html",
          '<span data-ttu-id="8c2f1-900">Übersetzung</span> <span class="sxs-lookup">',
          "```",
          "",
          `${seg("8c2f1-102", "Schreiben Sie", "Write")} \`<span data-stu-id="x-1">\` ${seg("8c2f1-103", "nicht von Hand.", "not by hand.")}`,
          "",
        ].join("\n"),
      ),
    },
    {
      name: "segments in YAML double-quoted values with escaped quotes",
      files: {
        "docs.ar-sa/billing/toc.yml": [
          "items:",
          '- name: "<span data-ttu-id=\\"5d0e7-101\\">الفوترة</span><span class=\\"sxs-lookup\\"><span data-stu-id=\\"5d0e7-101\\">Billing</span></span>"',
          "  href: invoice-overview.md",
          "",
        ].join("\n"),
      },
    },
  ],
  invalid: [
    {
      name: "a translation without its lookup, after multi-byte text on the same line",
      files: ja(`請求書は毎月作成されます。${`<span data-ttu-id="3e9a0-102">請求書を確認します。</span>`} 詳細はこちら。\n`),
      errors: [{ line: 6, column: 14, endLine: 6, endColumn: 61, message: 'Expected a "sxs-lookup" span after translation span "3e9a0-102" but found " 詳細はこちら。"' }],
    },
    {
      name: "a lookup with no translation before it, in right-to-left text",
      files: ar(`تعرض الفاتورة الرسوم. <span class="sxs-lookup"><span data-stu-id="7a41b-103">The invoice shows the charges.</span></span>\n`),
      errors: [{ line: 6, column: 23, endLine: 6, endColumn: 48, message: 'Expected a translation span before this "sxs-lookup" span but found none' }],
    },
    {
      name: "an unclosed translation span, with CRLF line endings",
      files: de(`# ${seg("8c2f1-101", "Übersicht", "Overview")}\r\n\r\nÄnderungen: <span data-ttu-id="8c2f1-102">Gebühren<span class="sxs-lookup"><span data-stu-id="8c2f1-102">Charges</span></span>\r\n`, { eol: "\r\n" }),
      errors: [{ line: 8, column: 13, message: 'Expected "</span>" closing translation span "8c2f1-102" but found its "sxs-lookup" span' }],
    },
    {
      name: "text between a translation and its lookup",
      files: de(`Größe: <span data-ttu-id="8c2f1-104">Betrag</span> (EUR) <span class="sxs-lookup"><span data-stu-id="8c2f1-104">Amount</span></span>\n`),
      errors: [{ line: 6, column: 51, endColumn: 58, message: 'Expected the "sxs-lookup" span right after translation span "8c2f1-104" but found " (EUR) "' }],
    },
    {
      name: "a source span whose id is not its translation's, in a table cell",
      files: de(
        [
          `| ${seg("8c2f1-104", "Feld", "Field")} |`,
          "| --- |",
          `| Ä: <span data-ttu-id="8c2f1-106">Betrag</span><span class="sxs-lookup"><span data-stu-id="8c2f1-107">Amount</span></span> |`,
          "",
        ].join("\n"),
      ),
      errors: [{ line: 8, column: 74, message: 'Expected source span id "8c2f1-106" (the id of its translation span) but found "8c2f1-107"' }],
    },
    {
      name: "a segment nested in another's translation, inside link text",
      files: ja(
        `- [<span data-ttu-id="3e9a0-108">請求書を${seg("3e9a0-109", "ダウンロード", "download")}する</span><span class="sxs-lookup"><span data-stu-id="3e9a0-108">Download your invoice</span></span>](download-invoice.md)\n`,
      ),
      errors: [{ line: 6, column: 38, message: 'Expected translation span "3e9a0-109" outside other segments but found it inside translation span "3e9a0-108"' }],
    },
    {
      name: "a lookup left open at the end of its paragraph",
      files: ar(`${seg("7a41b-101", "الفوترة", "Billing")}\n\n<span data-ttu-id="7a41b-102">الرسوم</span><span class="sxs-lookup"><span data-stu-id="7a41b-102">Charges</span>\n\nالمزيد\n`),
      errors: [{ line: 8, column: 44, message: 'Expected "</span>" closing the "sxs-lookup" span of segment "7a41b-102" but found the end of the paragraph' }],
    },
    {
      name: "a broken segment in a YAML value",
      files: {
        "docs.ja-jp/billing/toc.yml": [
          "items:",
          '- name: "<span data-ttu-id=\\"5d0e7-101\\">請求</span><span data-stu-id=\\"5d0e7-101\\">Billing</span>"',
          "  href: invoice-overview.md",
          "",
        ].join("\n"),
      },
      errors: [{ line: 2, column: 51, message: 'Expected a "sxs-lookup" span around source span "5d0e7-101" but found none' }],
    },
  ],
});
