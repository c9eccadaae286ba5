// link-target-mismatch: a translation links to the reference's targets (a multiset: order and link text may change).
import { createHash } from "node:crypto";
import rule from "../../rules/link-target-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "billing/index.md";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");
const en = page(
  { title: "Billing" },
  "# Billing\n\n- [Review your invoice](review-invoice.md)\n- [Pay online](https://www.microsoft.com/en-us/billing?mkt=en-us)\n- [Tax](tax.md#vat)\n",
);
const hash = sha1(en);
const otherHash = "683f344d3404ab4f7e5baff814ee6ea3dc56bf09";

/** Body from line 5: heading 5, list items 7, 8, 9. */
const loc = (title: string, body: string, opts: { eol?: "\n" | "\r\n"; hash?: string | null } = {}) => {
  const meta: Record<string, string> = { title };
  if (opts.hash !== null) meta["ms.openlocfilehash"] = opts.hash ?? hash;
  return page(meta, body, { eol: opts.eol });
};
const deBody = "# Abrechnung\n\n- [Rechnung prüfen](review-invoice.md)\n- [Online zahlen](https://www.microsoft.com/de-de/billing?mkt=de-de)\n- [Steuern](tax.md#vat)\n";
const jaBody = "# 請求\n\n- [請求書を確認する](review-invoice.md)\n- [オンラインで支払う](https://www.microsoft.com/ja-jp/billing?mkt=ja-jp)\n- [税金](tax.md#vat)\n";
const frBody = "# Facturation\n\n- [Vérifier la facture](review-invoice.md)\n- [Payer en ligne](https://www.microsoft.com/fr-fr/billing?mkt=fr-fr)\n- [Taxes](tax.md#vat)\n";
const arBody = "# الفوترة\n\n- [مراجعة الفاتورة](review-invoice.md)\n- [الدفع عبر الإنترنت](https://www.microsoft.com/ar-sa/billing?mkt=ar-sa)\n- [الضرائب](tax.md#vat)\n";

/** A doc set that tracks no versions (no localization metadata): the English source as it is is the reference. Line 6 holds the links. */
const plainEn = page({ title: "Billing" }, "# Billing\n\nSee [IETF BCP 47](https://www.rfc-editor.org/info/bcp47) and [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601).\n");

const set = (docs: Record<string, string>, source?: string) => {
  const out: Record<string, string> = {};
  for (const [locale, text] of Object.entries(docs)) out[`learn.${locale}/${rel}`] = text;
  if (source !== undefined) out[`learn/${rel}`] = source;
  return out;
};
const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

testRule(rule, {
  valid: [
    { name: "the English source's targets, localized URLs, translated link text", files: set({ "de-de": loc("Abrechnung", deBody) }, en) },
    {
      name: "reordered links, as the siblings have them",
      files: set({
        "ja-jp": loc("請求", "# 請求\n\n- [税金](tax.md#vat)\n- [請求書を確認する](review-invoice.md)\n- [オンラインで支払う](https://www.microsoft.com/ja-jp/billing?mkt=ja-jp)\n"),
        "de-de": loc("Abrechnung", deBody),
        "fr-fr": loc("Facturation", frBody),
      }),
    },
    {
      name: "the majority lost a link's \")\"; the locale that kept it working repaired it and is not at fault (CJK, RTL)",
      target: `learn.ja-jp/${rel}`,
      files: set({
        "ja-jp": loc("請求", jaBody),
        "de-de": loc("Abrechnung", deBody.replace("[Steuern](tax.md#vat)", "[Steuern](tax.md#vat auf der Website")),
        "ar-sa": loc("الفوترة", arBody.replace("[الضرائب](tax.md#vat)", "[الضرائب] (tax.md#vat على الموقع")),
      }),
    },
    {
      name: "the majority (another English version) links to a page no tree has; the locale linking to the page that exists repaired it",
      target: `learn.ja-jp/${rel}`,
      onDisk: true,
      files: {
        ...set({
          "ja-jp": loc("請求", jaBody, { hash: otherHash }),
          "de-de": loc("Abrechnung", deBody.replace("(review-invoice.md)", "(revew-invoice.md)"), { hash: otherHash }),
          "ar-sa": loc("الفوترة", arBody.replace("(review-invoice.md)", "(revew-invoice.md)"), { hash: otherHash }),
        }, en),
        "learn/billing/review-invoice.md": page({ title: "Review your invoice" }, "# Review your invoice\n"),
        "learn/billing/tax.md": page({ title: "Tax" }, "# Tax\n\n## VAT\n"),
        "learn.ja-jp/billing/review-invoice.md": loc("請求書", "# 請求書\n"),
        "learn.ja-jp/billing/tax.md": loc("税金", "# 税金\n\n## <a name=\"vat\"></a>付加価値税\n"),
      },
    },
    {
      name: "the hidden English copy of a segment does not count",
      files: set({
        "fr-fr": loc("Facturation", frBody.replace("- [Taxes](tax.md#vat)", `- ${seg("4f1c2-104", "[Taxes](tax.md#vat)", "[Tax](tax-old.md)")}`)),
        "de-de": loc("Abrechnung", deBody),
        "ja-jp": loc("請求", jaBody),
      }),
    },
    {
      name: "the same file written another way: backslashes, a longer relative path, letter case",
      files: set({
        "de-de": loc("Abrechnung", deBody.replace("(review-invoice.md)", "(..\\billing\\Review-Invoice.md)")),
      }, en),
    },
    {
      name: "no source and two siblings that disagree: no majority",
      files: set({ "de-de": loc("Abrechnung", deBody.replace("tax.md#vat", "steuern.md")), "ja-jp": loc("請求", jaBody) }),
    },
    {
      name: "siblings of another English version do not count",
      files: set({
        "de-de": loc("Abrechnung", deBody.replace("tax.md#vat", "taxes.md")),
        "ja-jp": loc("請求", jaBody, { hash: otherHash }),
        "fr-fr": loc("Facturation", frBody, { hash: otherHash }),
      }),
    },
    {
      name: "without a hash (TOC.yml), a target that exists is another English version's",
      onDisk: true,
      files: {
        "learn.de-de/billing/TOC.yml": "- name: Rechnung\n  href: invoice-overview.md\n",
        "learn.de-de/billing/invoice-overview.md": loc("Rechnung", "# Rechnung\n"),
        "learn.ja-jp/billing/TOC.yml": "- name: 請求書\n  href: review-invoice.md\n",
        "learn.fr-fr/billing/TOC.yml": "- name: Facture\n  href: review-invoice.md\n",
      },
    },
    {
      name: "no localization metadata: a working URL of another English version, a Markdown escape in a URL (ISO\\_8601)",
      files: set(
        {
          "de-de": page(
            { title: "Abrechnung" },
            "# Abrechnung\n\nSiehe [IETF BCP 47](https://www.rfc-editor.org/rfc/bcp47.html) und [ISO 8601](https://en.wikipedia.org/wiki/ISO\\_8601).\n",
          ),
        },
        plainEn,
      ),
    },
  ],
  invalid: [
    {
      name: "a translated target, against the English source, after CJK text",
      files: set({ "ja-jp": loc("請求", jaBody.replace("(review-invoice.md)", "(請求書を確認する.md)")) }, en),
      errors: [
        {
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 25,
          message: 'Expected link target "review-invoice.md" as in the English source but found "請求書を確認する.md"',
          related: [{ path: `learn/${rel}`, line: 6, column: 25 }],
        },
      ],
    },
    {
      name: "a link machine translation turned into text, right-to-left, CRLF",
      files: set({
        "ar-sa": loc("الفوترة", arBody.replace("- [الضرائب](tax.md#vat)", "- [الضرائب] (tax.md#vat)"), { eol: "\r\n" }),
        "de-de": loc("Abrechnung", deBody),
        "fr-fr": loc("Facturation", frBody),
        "ja-jp": loc("請求", jaBody),
      }),
      errors: [
        {
          line: 8,
          column: 24,
          message: 'Expected a link to "tax.md#vat" as in de-de, fr-fr, ja-jp but found none',
          related: [{ path: `learn.de-de/${rel}`, line: 9, column: 13 }],
        },
      ],
    },
    {
      name: "an extra link in a table",
      files: set({
        "fr-fr": loc("Facturation", `${frBody}\n| Pays | Aide |\n| --- | --- |\n| France | [Aide](https://support.contoso.fr) |\n`),
        "de-de": loc("Abrechnung", deBody),
        "ja-jp": loc("請求", jaBody),
      }),
      errors: [{ line: 13, column: 19, message: 'Expected no link to "https://support.contoso.fr" as in de-de, ja-jp but found one' }],
    },
    {
      name: "without a hash (TOC.yml), a made-up target that leads nowhere",
      onDisk: true,
      files: {
        "learn.de-de/billing/TOC.yml": "- name: Rechnung\n  href: rechnung-pruefen.md\n",
        "learn.ja-jp/billing/TOC.yml": "- name: 請求書\n  href: review-invoice.md\n",
        "learn.fr-fr/billing/TOC.yml": "- name: Facture\n  href: review-invoice.md\n",
        "learn.fr-fr/billing/review-invoice.md": loc("Facture", "# Facture\n"),
      },
      errors: [{ line: 2, column: 9, message: 'Expected link target "review-invoice.md" as in fr-fr, ja-jp but found "rechnung-pruefen.md"' }],
    },
    {
      name: "no localization metadata: a URL machine translation garbled, against the English source as it is (CJK)",
      files: set(
        {
          "ja-jp": page(
            { title: "請求" },
            "# 請求\n\n[INFO/bcp47\">IETF BCP 47](<https://www.rfc-editor.org/\\<glossary variable=>) と [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) を参照してください。\n",
          ),
        },
        plainEn,
      ),
      errors: [
        {
          line: 6,
          column: 28,
          message: 'Expected link target "https://www.rfc-editor.org/info/bcp47" as in the English source but found "https://www.rfc-editor.org/\\<glossary variable="',
          related: [{ path: `learn/${rel}`, line: 6, column: 19 }],
        },
      ],
    },
    {
      name: "no localization metadata: a URL with an attribute's quote glued on, right-to-left, CRLF",
      files: set(
        {
          "ar-sa": page(
            { title: "الفوترة" },
            '# الفوترة\n\nراجع [IETF BCP 47](https://www.rfc-editor.org/info/bcp47">) و [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601).\n',
            { eol: "\r\n" },
          ),
        },
        plainEn,
      ),
      errors: [
        {
          line: 6,
          column: 20,
          message: 'Expected link target "https://www.rfc-editor.org/info/bcp47" as in the English source but found "https://www.rfc-editor.org/info/bcp47">"',
        },
      ],
    },
  ],
});
