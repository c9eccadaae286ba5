// metadata-date-invalid: ms.date and ms.lasthandoff are real MM/DD/YYYY dates.
import rule from "../../rules/metadata-date-invalid.js";
import { page, testRule } from "../rule-tester.js";

/** Lines: title 2, description 3, ms.topic 4, ms.date 5, ms.contentlocale 6, ms.lasthandoff 7. */
function meta(title: string, description: string, contentlocale: string, date: string, handoff: string): Record<string, string> {
  return { title, description, "ms.topic": "article", "ms.date": date, "ms.contentlocale": contentlocale, "ms.lasthandoff": handoff };
}

const ja = (date: string, handoff = "06/30/2021") => meta("請求書を確認する", "パートナー センターで毎月の請求書を確認する方法。", "ja-JP", date, handoff);
const de = (date: string, handoff = "06/30/2021") => meta("Überprüfen Ihrer Rechnung", "So überprüfen Sie Ihre monatliche Rechnung im Partner Center.", "de-DE", date, handoff);
const ar = (date: string, handoff = "06/30/2021") => meta("مراجعة الفاتورة", "كيفية مراجعة فاتورتك الشهرية في مركز الشركاء.", "ar-SA", date, handoff);
const jaBody = "# 請求書を確認する\n";
const deBody = "# Überprüfen Ihrer Rechnung\n";
const arBody = "# مراجعة الفاتورة\n";
const file = "billing.ja-jp/invoices/review-invoice.md";

testRule(rule, {
  valid: [
    { name: "two-digit month and day", files: { [file]: page(ja("06/29/2021"), jaBody) } },
    { name: "one-digit month and day", files: { [file]: page(ja("6/3/2021", "7/1/2021"), jaBody) } },
    { name: "leap day", files: { [file]: page(ja("02/29/2024"), jaBody) } },
    { name: "quoted dates, CRLF", files: { "billing.de-de/invoices/review-invoice.md": page(de('"06/29/2021"', "'06/30/2021'"), deBody, { eol: "\r\n" }) } },
    { name: "no date keys", files: { [file]: page({ title: "請求書を確認する", "ms.topic": "article" }, jaBody) } },
    {
      name: "keys outside the option are not checked",
      options: { keys: ["ms.date"] },
      files: { "billing.ar-sa/invoices/review-invoice.md": page(ar("06/29/2021", "2021-06-30"), arBody) },
    },
  ],
  invalid: [
    {
      name: "ISO date",
      files: { [file]: page(ja("2021-06-29"), jaBody) },
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "2021-06-29"' }],
    },
    {
      name: "day first, as German writes dates",
      files: { "billing.de-de/invoices/review-invoice.md": page(de("29.06.2021"), deBody) },
      errors: [{ line: 5, column: 10, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "29.06.2021"' }],
    },
    {
      name: "day and month swapped: there is no month 29",
      files: { "billing.fr-fr/invoices/review-invoice.md": page(de("29/06/2021"), deBody) },
      errors: [{ line: 5, column: 10, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "29/06/2021" (no such day)' }],
    },
    {
      name: "February 29 of a common year",
      files: { [file]: page(ja("02/29/2021"), jaBody) },
      errors: [{ line: 5, column: 10, message: 'Expected ms.date as MM/DD/YYYY but found "02/29/2021" (no such day)' }],
    },
    {
      name: "translated Japanese date: one column per character",
      files: { [file]: page(ja("2021年6月29日"), jaBody) },
      errors: [{ line: 5, column: 10, endLine: 5, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "2021年6月29日"' }],
    },
    {
      name: "full-width digits",
      files: { [file]: page(ja("０６/２９/２０２１"), jaBody) },
      errors: [{ line: 5, column: 10, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "０６/２９/２０２１"' }],
    },
    {
      name: "Arabic-Indic digits in ms.lasthandoff",
      files: { "billing.ar-sa/invoices/review-invoice.md": page(ar("06/29/2021", "٠٦/٣٠/٢٠٢١"), arBody) },
      errors: [{ line: 7, column: 17, endLine: 7, endColumn: 27, message: 'Expected ms.lasthandoff as MM/DD/YYYY but found "٠٦/٣٠/٢٠٢١"' }],
    },
    {
      name: "both keys wrong in a CRLF file with a BOM",
      files: { "billing.de-de/invoices/review-invoice.md": page(de("13/01/2021", "06/31/2021"), deBody, { eol: "\r\n", bom: true }) },
      errors: [
        { line: 5, column: 10, endColumn: 20, message: 'Expected ms.date as MM/DD/YYYY but found "13/01/2021" (no such day)' },
        { line: 7, column: 17, endColumn: 27, message: 'Expected ms.lasthandoff as MM/DD/YYYY but found "06/31/2021" (no such day)' },
      ],
    },
    {
      name: "empty value",
      files: { [file]: page(ja(""), jaBody) },
      errors: [{ line: 5, column: 9, message: 'Expected ms.date as MM/DD/YYYY but found ""' }],
    },
    {
      name: "flow-style front matter: the date follows Japanese text on the same line",
      files: { [file]: `---\n{title: "日本語のタイトル", ms.date: 13/45/2021}\n---\n${jaBody}` },
      errors: [{ line: 2, column: 30, endLine: 2, endColumn: 40, message: 'Expected ms.date as MM/DD/YYYY but found "13/45/2021" (no such day)' }],
    },
    {
      name: "a key added by the option",
      options: { keys: ["ms.date", "ms.lastreviewed"] },
      files: { [file]: page({ ...ja("06/29/2021"), "ms.lastreviewed": "2021/07/01" }, jaBody) },
      errors: [{ line: 8, column: 18, message: 'Expected ms.lastreviewed as MM/DD/YYYY but found "2021/07/01"' }],
    },
    {
      name: "YAML landing page metadata",
      files: {
        "billing.he-il/index.yml": "### YamlMime:Landing\ntitle: חיוב\nmetadata:\n  title: חיוב\n  ms.date: 31/05/2021\n  ms.contentlocale: he-IL\nlandingContent:\n- title: חשבוניות\n",
      },
      errors: [{ line: 5, column: 12, endColumn: 22, message: 'Expected ms.date as MM/DD/YYYY but found "31/05/2021" (no such day)' }],
    },
  ],
});
