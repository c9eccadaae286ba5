// span-source-mismatch: each segment's English source equals the siblings' (same English version) for its number.
import rule, { describeDifference } from "../../rules/span-source-mismatch.js";
import { describe, expect, it } from "vitest";
import { page, testRule } from "../rule-tester.js";

const rel = "billing/payment-methods.md";
const hash = "3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c";
const otherHash = "8e0a2c4e6a8c0e2a4c6e8a0c2e4a6c8e0a2c4e6a";

const english: Record<number, string> = {
  101: "Payment methods",
  102: "You can pay by **credit card** or by **bank transfer**.",
  103: "Card payments are charged within 30 days.",
  104: "Billing basics",
};
const translations: Record<string, Record<number, string>> = {
  "de-de": { 101: "Zahlungsmethoden", 102: "Sie können per **Kreditkarte** oder per **Überweisung** bezahlen.", 103: "Kartenzahlungen werden innerhalb von 30 Tagen belastet.", 104: "Grundlagen der Abrechnung" },
  "ja-jp": { 101: "支払方法", 102: "**クレジット カード**または**銀行振込**で支払うことができます。", 103: "カード支払いは 30 日以内に請求されます。", 104: "請求の基本" },
  "ar-sa": { 101: "طرق الدفع", 102: "يمكنك الدفع **ببطاقة الائتمان** أو **بالتحويل المصرفي**.", 103: "يتم تحصيل مدفوعات البطاقة في غضون 30 يومًا.", 104: "أساسيات الفوترة" },
  "fr-fr": { 101: "Modes de paiement", 102: "Vous pouvez payer par **carte bancaire** ou par **virement**.", 103: "Les paiements par carte sont débités sous 30 jours.", 104: "Principes de base de la facturation" },
};
const prefixes: Record<string, string> = { "de-de": "71c0a", "ja-jp": "d2e94", "ar-sa": "05b3f", "fr-fr": "9af61" };

const seg = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

interface Options {
  hash?: string;
  eol?: "\r\n";
  /** English sources that differ from `english`, by number. */
  sources?: Record<number, string>;
  /** Text before segment 102 on its line. */
  lead?: string;
}

/** Lines: heading (101) 5, paragraph (102 and 103) 7, link list item (104) 9. */
function doc(locale: string, opts: Options = {}): string {
  const t = translations[locale]!;
  const id = (n: number) => `${prefixes[locale]}-${n}`;
  const src = (n: number) => opts.sources?.[n] ?? english[n]!;
  const body = [
    `# ${seg(id(101), t[101]!, src(101))}`,
    "",
    `${opts.lead ?? ""}${seg(id(102), t[102]!, src(102))} ${seg(id(103), t[103]!, src(103))}`,
    "",
    `- [${seg(id(104), t[104]!, src(104))}](billing-basics.md)`,
    "",
  ].join("\n");
  return page({ title: t[101]!, "ms.openlocfilehash": opts.hash ?? hash }, body, { eol: opts.eol });
}

/** A YAML landing page: the segment is the `title` value on line 7, its quotes escaped. */
const landing = (prefix: string, translation: string, source: string) =>
  [
    "### YamlMime:Landing",
    "metadata:",
    "  ms.topic: landing-page",
    `  ms.openlocfilehash: ${hash}`,
    "  ms.translationtype: MT",
    "sections:",
    `- title: "${seg(`${prefix}-101`, translation, source).replace(/"/g, '\\"')}"`,
    "",
  ].join("\n");

const at = (locale: string) => `docs.${locale}/${rel}`;
const set = (options: Record<string, Options>) => Object.fromEntries(Object.entries(options).map(([locale, o]) => [at(locale), doc(locale, o)]));

testRule(rule, {
  valid: [
    {
      name: "by default, whitespace-only English differences (no-break spaces, a blank before the period) are quiet, in right-to-left text",
      target: at("ar-sa"),
      files: set({ "de-de": {}, "ja-jp": {}, "ar-sa": { sources: { 102: "You can pay by **credit card** or by **bank\u00a0transfer** ." } } }),
    },
    {
      name: "by default, a segment cut around a whole link, or an anchor pulled in, is quiet (same words)",
      target: at("de-de"),
      files: set({ "de-de": { sources: { 104: "[Billing basics](billing-basics.md)" } }, "ja-jp": {}, "ar-sa": {}, "fr-fr": { sources: { 101: '<a name="payment"></a>Payment methods' } } }),
    },
    { name: "the same English everywhere", target: at("ja-jp"), files: set({ "de-de": {}, "ja-jp": {}, "ar-sa": {} }) },
    {
      name: "two files that disagree: no majority",
      target: at("ja-jp"),
      files: set({ "de-de": {}, "ja-jp": { sources: { 103: "Card payments are charged within 60 days." } } }),
    },
    {
      name: "a file of another English version is not compared",
      target: at("ja-jp"),
      files: set({ "de-de": {}, "ja-jp": { hash: otherHash, sources: { 103: "Card payments are charged within 60 days." } }, "ar-sa": {} }),
    },
    {
      name: "a sibling that differs does not make the file wrong",
      target: at("ja-jp"),
      files: set({ "de-de": { sources: { 103: "Card payments are charged within 60 days." } }, "ja-jp": {}, "ar-sa": {}, "fr-fr": {} }),
    },
  ],
  invalid: [
    {
      name: "changed words, after multi-byte text on the same line",
      target: at("ja-jp"),
      files: set({ "de-de": {}, "ja-jp": { lead: "注意：", sources: { 103: "Card payments are charged within 60 days." } }, "ar-sa": {} }),
      errors: [
        {
          line: 7,
          column: 316,
          endColumn: 357,
          message: 'Expected English source "…charged within 30 days." in segment "d2e94-103" as in ar-sa, de-de but found "…charged within 60 days." (different words)',
          related: [{ path: at("ar-sa"), line: 7, column: 354 }],
        },
      ],
    },
    {
      name: "whitespace only, in right-to-left text, when the whitespace option asks for it",
      target: at("ar-sa"),
      options: { whitespace: true },
      files: set({ "de-de": {}, "ja-jp": {}, "ar-sa": { sources: { 102: "You can pay by **credit card** or by **bank transfer** ." } } }),
      errors: [
        {
          line: 7,
          column: 149,
          message: 'Expected English source "…**bank transfer**." in segment "05b3f-102" as in de-de, ja-jp but found "…**bank transfer** ." (whitespace only)',
        },
      ],
    },
    {
      name: "an anchor inside the source: same words, different markup, when the markup option asks for it",
      target: at("fr-fr"),
      options: { markup: true },
      files: set({ "de-de": {}, "ja-jp": {}, "ar-sa": {}, "fr-fr": { sources: { 101: '<a name="payment"></a>Payment methods' } } }),
      errors: [{ line: 5, column: 112, message: 'Expected English source "Payment methods" in segment "9af61-101" as in ar-sa, de-de, ja-jp but found "<a name=\\"payment\\"></a>Payment methods" (same words, different markup)' }],
    },
    {
      name: "the whole link inside the segment, with CRLF line endings (markup option)",
      target: at("de-de"),
      options: { markup: true },
      files: set({ "de-de": { eol: "\r\n", sources: { 104: "[Billing basics](billing-basics.md)" } }, "ja-jp": {}, "ar-sa": {} }),
      errors: [{ line: 9, column: 121, message: 'Expected English source "Billing basics" in segment "71c0a-104" as in ar-sa, ja-jp but found "[Billing basics](billing-basics.md)" (same words, different markup)' }],
    },
    {
      name: "a changed source in a YAML value",
      target: "docs.de-de/billing/index.yml",
      files: {
        "docs.de-de/billing/index.yml": landing("71c0a", "Zahlungen verwalten", "Manage payment options"),
        "docs.ja-jp/billing/index.yml": landing("d2e94", "支払いの管理", "Manage payments"),
        "docs.ar-sa/billing/index.yml": landing("05b3f", "إدارة المدفوعات", "Manage payments"),
      },
      errors: [{ line: 7, column: 128, message: 'Expected English source "Manage payments" in segment "71c0a-101" as in ar-sa, ja-jp but found "Manage payment options" (different words)' }],
    },
  ],
});

describe("describeDifference", () => {
  it("tells whitespace, markup and words apart", () => {
    expect(describeDifference("Sign in  to Partner Center.", "Sign in to Partner Center.").kind).toBe("whitespace only");
    expect(describeDifference("Sign in to **Partner Center**.", "Sign in to Partner Center.").kind).toBe("same words, different markup");
    expect(describeDifference("Sign in to `Partner Center`.", "Sign in to Partner Center.").kind).toBe("same words, different markup");
    expect(describeDifference("Terms &amp; conditions", "Terms & conditions").kind).toBe("same words, different markup");
    expect(describeDifference("Sign in to Partner Center.", "Sign in to the Partner Center.").kind).toBe("different words");
  });

  it("quotes short excerpts around the first difference", () => {
    const long = "Partner Center shows the invoices of the last twelve months, grouped by billing period and currency.";
    const d = describeDifference(long.replace("twelve", "six"), long);
    expect(d.found).toBe('"…invoices of the last six months, grouped…"');
    expect(d.expected).toBe('"…invoices of the last twelve months, grouped…"');
  });
});
