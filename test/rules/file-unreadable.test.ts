// file-unreadable: binary files, invalid UTF-8 and oversized files are one fatal finding at the bad byte.
import { describe, expect, it } from "vitest";
import rule from "../../rules/file-unreadable.js";
import { MAX_FILE_BYTES } from "../../src/parse/file.js";
import { lintFiles, page, testRule } from "../rule-tester.js";

/** Text parts are UTF-8 encoded, number arrays are raw bytes. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const jaPage = page(
  {
    title: "請求書を確認する",
    description: "パートナー センターで毎月の請求書と調整ファイルをダウンロードする方法。",
    "ms.topic": "article",
    "ms.date": "05/20/2021",
    "ms.contentlocale": "ja-JP",
  },
  "# 請求書を確認する\n\n請求書は毎月 8 日に発行されます。\n",
);
const hePage = page(
  { title: "סקירת חשבוניות", description: "כיצד להוריד את החשבונית החודשית במרכז השותפים.", "ms.contentlocale": "he-IL" },
  "# סקירת חשבוניות\n\n\u200fהחשבונית מונפקת ב-8 בכל חודש.\n",
);
/** A PNG screenshot saved under a .md name: the NUL bytes start line 3. */
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x02, 0x80];

testRule(rule, {
  valid: [
    { name: "Japanese page", files: { "billing.ja-jp/invoices/review-invoice.md": jaPage } },
    { name: "Hebrew page with a right-to-left mark", files: { "billing.he-il/invoices/review-invoice.md": hePage } },
    { name: "BOM and CRLF are text", files: { "billing.ja-jp/invoices/review-invoice.md": bytes([0xef, 0xbb, 0xbf], jaPage.replace(/\n/g, "\r\n")) } },
    { name: "empty file", files: { "billing.ar-sa/invoices/review-invoice.md": "" } },
    { name: "YAML table of contents", files: { "billing.zh-cn/TOC.yml": "- name: 账单\n  items:\n  - name: 查看发票\n    href: invoices/review-invoice.md\n" } },
    {
      name: "a binary sibling does not make the file unreadable",
      files: { "billing.ja-jp/invoices/review-invoice.md": jaPage, "billing.de-de/invoices/review-invoice.md": bytes(png) },
    },
  ],
  invalid: [
    {
      name: "PNG saved as Markdown: the first NUL byte",
      files: { "billing.de-de/invoices/review-invoice.md": bytes(png), "billing.ja-jp/invoices/review-invoice.md": jaPage },
      errors: [{ line: 3, column: 1, message: "File is not text: it contains a NUL byte" }],
    },
    {
      name: "Japanese page saved as UTF-16 by a Windows tool",
      files: { "billing.ja-jp/invoices/review-invoice.md": bytes([0xff, 0xfe], [...Buffer.from(jaPage, "utf16le")]) },
      errors: [{ line: 1, column: 1, message: "File is UTF-16 (little-endian, with a byte-order mark), not UTF-8: save it as UTF-8" }],
    },
    {
      name: "NUL after Japanese text counts UTF-16 columns",
      files: { "billing.ja-jp/invoices/review-invoice.md": bytes("---\ntitle: 請求書", [0x00], "を確認する\n---\n") },
      errors: [{ line: 2, column: 11, message: "File is not text: it contains a NUL byte" }],
    },
    {
      name: "German page saved as Windows-1252",
      files: {
        "billing.de-de/invoices/review-invoice.md": bytes(
          page({ title: "Überprüfen Ihrer Rechnung", "ms.contentlocale": "de-DE" }, "# Überprüfen Ihrer Rechnung\n\n"),
          "**Geeignete Rollen**: Gesch",
          [0xe4],
          "ftsf",
          [0xfc],
          "hrer\n",
        ),
      },
      errors: [{ line: 7, column: 28, message: "File is not valid UTF-8" }],
    },
    {
      name: "invalid byte after Japanese text",
      files: { "billing.ja-jp/invoices/review-invoice.md": bytes("# 概要\n説明: 請求", [0xff], "書\n") },
      errors: [{ line: 2, column: 7, message: "File is not valid UTF-8" }],
    },
    {
      name: "a character outside the BMP counts two columns",
      files: { "billing.ja-jp/invoices/review-invoice.md": bytes("# 𠮷野家", [0xc0, 0xaf], "\n") },
      errors: [{ line: 1, column: 7, message: "File is not valid UTF-8" }],
    },
    {
      name: "CRLF lines: the carriage return of earlier lines is not counted",
      files: { "billing.fr-fr/invoices/review-invoice.md": bytes("---\r\ntitle: Consulter votre facture\r\ndescription: D", [0xe9], "couvrez votre facture.\r\n---\r\n") },
      errors: [{ line: 3, column: 15, message: "File is not valid UTF-8" }],
    },
    {
      name: "BOM before the first line is not a column",
      files: { "billing.fr-fr/invoices/review-invoice.md": bytes([0xef, 0xbb, 0xbf], "# R", [0xe9], "sum", [0xe9], "\n") },
      errors: [{ line: 1, column: 4, message: "File is not valid UTF-8" }],
    },
    {
      name: "truncated character at the end of the file",
      files: { "billing.zh-cn/invoices/review-invoice.md": bytes("# 查看发票\n\n发票每月", [0xe5, 0x8f]) },
      errors: [{ line: 3, column: 5, message: "File is not valid UTF-8" }],
    },
    {
      name: "YAML file with a NUL byte",
      files: { "billing.ar-sa/TOC.yml": bytes("- name: الفواتير\n  href: ", [0x00], "invoices/review-invoice.md\n") },
      errors: [{ line: 2, column: 9, message: "File is not text: it contains a NUL byte" }],
    },
    {
      name: "file too large to lint (read from disk)",
      onDisk: true,
      files: { "billing.ja-jp/invoices/huge.md": `# 大きなファイル\n${"あ".repeat(Math.ceil(MAX_FILE_BYTES / 3))}\n` },
      errors: [{ line: 1, column: 1, message: /^File is too large to lint: \d+ bytes, the limit is 8388608$/ }],
    },
  ],
});

describe("file-unreadable findings are fatal", () => {
  it("marks the finding fatal and runs no other rule on the file", () => {
    const { findings } = lintFiles({ "billing.de-de/invoices/review-invoice.md": bytes(png) });
    expect(findings.map((f) => [f.ruleId, f.fatal])).toEqual([["file-unreadable", true]]);
  });
});

// Encoded surrogates, overlong forms and code points above U+10FFFF look well-formed byte by byte; the
// finding must still point at the sequence, not at the end of the file.
describe("position of rejected UTF-8 sequences that look well-formed", () => {
  const cases: [string, number[]][] = [
    ["encoded surrogate", [0xed, 0xa0, 0x80]],
    ["overlong three-byte form", [0xe0, 0x80, 0xaf]],
    ["code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ];
  for (const [name, seq] of cases) {
    it(name, () => {
      const { findings } = lintFiles({ "billing.ja-jp/a.md": bytes("# 概要\n説明", seq, "です。\n最後の行\n") }, { rules: [rule] });
      expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["2:3 File is not valid UTF-8"]);
    });
  }
});
