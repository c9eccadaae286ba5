// translationtype-invalid: ms.translationtype is one of the allowed values, exactly as written.
import rule from "../../rules/translationtype-invalid.js";
import { page, testRule } from "../rule-tester.js";

const rel = "partner-center/customers/request-a-relationship.md";
const hash = "e0cad61ab1c84b5211e7a57a2a12c564342c2574";

/** Lines: title 2, ms.date 3, ms.openlocfilehash 4, ms.translationtype 5, ms.contentlocale 6. */
function meta(title: string, type: string | undefined, contentlocale: string): Record<string, string> {
  const m: Record<string, string> = { title, "ms.date": "02/18/2021", "ms.openlocfilehash": hash };
  if (type !== undefined) m["ms.translationtype"] = type;
  m["ms.contentlocale"] = contentlocale;
  return m;
}

const ja = (type: string | undefined, opts = {}) => page(meta("顧客との関係を要求する", type, "ja-JP"), "# 顧客との関係を要求する\n", opts);
const he = (type: string | undefined, opts = {}) => page(meta("בקשת קשר עם לקוח", type, "he-IL"), "# בקשת קשר עם לקוח\n", opts);
const ar = (type: string | undefined, opts = {}) => page(meta("طلب علاقة مع عميل", type, "ar-SA"), "# طلب علاقة مع عميل\n", opts);

testRule(rule, {
  valid: [
    { name: "machine translation", files: { [`pc.ja-jp/${rel}`]: ja("MT") } },
    { name: "human translation, quoted, CRLF", files: { [`pc.he-il/${rel}`]: he('"HT"', { eol: "\r\n" }) } },
    { name: "no ms.translationtype", files: { [`pc.ar-sa/${rel}`]: ar(undefined) } },
    { name: "a value allowed by the option", options: { allowed: ["MT", "HT", "MTE"] }, files: { [`pc.ja-jp/${rel}`]: ja("MTE") } },
    {
      name: "YAML table of contents metadata",
      files: { "pc.zh-cn/partner-center/TOC.yml": "metadata:\n  ms.translationtype: HT\n  ms.contentlocale: zh-CN\nitems:\n- name: 客户\n  href: customers/request-a-relationship.md\n" },
    },
  ],
  invalid: [
    {
      name: "lower case",
      files: { [`pc.ja-jp/${rel}`]: ja("mt") },
      errors: [{ line: 5, column: 21, endLine: 5, endColumn: 23, message: 'Expected ms.translationtype "MT" or "HT" but found "mt"' }],
    },
    {
      name: "the value was machine-translated",
      files: { [`pc.ja-jp/${rel}`]: ja("機械翻訳") },
      errors: [{ line: 5, column: 21, endLine: 5, endColumn: 25, message: 'Expected ms.translationtype "MT" or "HT" but found "機械翻訳"' }],
    },
    {
      name: "a right-to-left mark before the value",
      files: { [`pc.he-il/${rel}`]: he("\u200fMT") },
      errors: [{ line: 5, column: 21, endLine: 5, endColumn: 24, message: 'Expected ms.translationtype "MT" or "HT" but found "\\u200FMT"' }],
    },
    {
      name: "empty value in a CRLF file with a BOM",
      files: { [`pc.ar-sa/${rel}`]: ar("", { eol: "\r\n", bom: true }) },
      errors: [{ line: 5, column: 20, message: 'Expected ms.translationtype "MT" or "HT" but found ""' }],
    },
    {
      name: "flow-style front matter: the value follows Arabic text on the same line",
      files: { [`pc.ar-sa/${rel}`]: '---\n{title: "إدارة الاشتراكات", ms.translationtype: ht}\n---\n# إدارة الاشتراكات\n' },
      errors: [{ line: 2, column: 49, endLine: 2, endColumn: 51, message: 'Expected ms.translationtype "MT" or "HT" but found "ht"' }],
    },
    {
      name: "a value outside the option's list",
      options: { allowed: ["MT", "HT", "MTE"] },
      files: { [`pc.ja-jp/${rel}`]: ja("PE") },
      errors: [{ line: 5, column: 21, message: 'Expected ms.translationtype "MT", "HT" or "MTE" but found "PE"' }],
    },
    {
      name: "YAML metadata: map",
      files: { "pc.zh-cn/partner-center/TOC.yml": "metadata:\n  ms.translationtype: 机器翻译\n  ms.contentlocale: zh-CN\nitems:\n- name: 客户\n" },
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 27, message: 'Expected ms.translationtype "MT" or "HT" but found "机器翻译"' }],
    },
  ],
});
