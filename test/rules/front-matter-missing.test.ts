// front-matter-missing: a page without front matter where the English source or most siblings have one.
import rule from "../../rules/front-matter-missing.js";
import { page, testRule } from "../rule-tester.js";

const path = "marketplace/purchase-saas-offer.md";
const hash = "e0cad61ab1c84b5211e7a57a2a12c564342c2574";

function loc(title: string, contentlocale: string): Record<string, string> {
  return { title, "ms.topic": "how-to", "ms.date": "03/02/2021", "ms.openlocfilehash": hash, "ms.translationtype": "HT", "ms.contentlocale": contentlocale };
}

const ja = { meta: loc("SaaS オファーを購入する", "ja-JP"), body: "# SaaS オファーを購入する\n\nAzure portal で SaaS オファーを購入します。\n" };
const de = { meta: loc("Kaufen eines SaaS-Angebots", "de-DE"), body: "# Kaufen eines SaaS-Angebots\n\nSie kaufen SaaS-Angebote im Azure-Portal.\n" };
const ar = { meta: loc("شراء عرض SaaS", "ar-SA"), body: "# شراء عرض SaaS\n\nيمكنك شراء عروض SaaS في مدخل Azure.\n" };
const fr = { meta: loc("Acheter une offre SaaS", "fr-FR"), body: "# Acheter une offre SaaS\n\nVous achetez les offres SaaS dans le portail Azure.\n" };
const en = { meta: { title: "Purchase a SaaS offer", "ms.topic": "how-to", "ms.date": "03/02/2021" }, body: "# Purchase a SaaS offer\n\nYou buy SaaS offers in the Azure portal.\n" };

const withFm = (d: { meta: Record<string, string>; body: string }) => page(d.meta, d.body);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

testRule(rule, {
  valid: [
    {
      name: "the page has front matter",
      files: { [`store.ja-jp/${path}`]: withFm(ja), [`store.de-de/${path}`]: withFm(de) },
    },
    {
      name: "the siblings have none either",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: de.body, [`store.ar-sa/${path}`]: ar.body },
    },
    {
      name: "two siblings that disagree: no majority",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de) },
    },
    {
      name: "the English source has none, whatever the siblings have",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.ar-sa/${path}`]: withFm(ar), [`store/${path}`]: en.body },
    },
    {
      name: "unclosed front matter is front-matter-invalid's finding",
      files: { [`store.ja-jp/${path}`]: `---\ntitle: SaaS オファーを購入する\n${ja.body}`, [`store.de-de/${path}`]: withFm(de), [`store.ar-sa/${path}`]: withFm(ar) },
    },
    {
      name: "siblings with broken front matter do not vote",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: `---\ntitle: "Kaufen\n---\n${de.body}`, [`store.ar-sa/${path}`]: withFm(ar) },
    },
    {
      name: "YAML files are not expected to have front matter",
      files: {
        "store.ja-jp/marketplace/TOC.yml": "- name: マーケットプレース\n  href: index.yml\n",
        "store.de-de/marketplace/TOC.yml": "metadata:\n  ms.topic: toc\n- name: Marketplace\n",
        "store.ar-sa/marketplace/TOC.yml": "metadata:\n  ms.topic: toc\n",
      },
    },
  ],
  invalid: [
    {
      name: "two siblings out of two have front matter",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.ar-sa/${path}`]: withFm(ar) },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in ar-sa, de-de but found none", related: [{ path: `store.ar-sa/${path}`, line: 1, column: 1 }] }],
    },
    {
      name: "the same, read from disk",
      onDisk: true,
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.ar-sa/${path}`]: withFm(ar) },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in ar-sa, de-de but found none", related: [{ path: `store.ar-sa/${path}`, line: 1, column: 1 }] }],
    },
    {
      name: "the English source has front matter and decides alone",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: de.body, [`store/${path}`]: withFm(en) },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in the English source but found none", related: [{ path: `store/${path}`, line: 1, column: 1 }] }],
    },
    {
      name: "without the source tree, the same files are judged by the siblings",
      source: false,
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.fr-fr/${path}`]: withFm(fr), [`store/${path}`]: en.body },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in de-de, fr-fr but found none" }],
    },
    {
      name: "an unreadable English source is no reference",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.ar-sa/${path}`]: withFm(ar), [`store/${path}`]: png },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in ar-sa, de-de but found none" }],
    },
    {
      name: "an English source with broken front matter is no reference",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.de-de/${path}`]: withFm(de), [`store.fr-fr/${path}`]: withFm(fr), [`store/${path}`]: `---\ntitle: "Purchase\n---\n${en.body}` },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in de-de, fr-fr but found none" }],
    },
    {
      name: "unreadable siblings do not vote",
      files: { [`store.ja-jp/${path}`]: ja.body, [`store.ar-sa/${path}`]: png, [`store.de-de/${path}`]: withFm(de), [`store.fr-fr/${path}`]: withFm(fr) },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in de-de, fr-fr but found none" }],
    },
    {
      name: "a blank line before --- means no front matter (CRLF, BOM)",
      files: {
        [`store.ar-sa/${path}`]: `\ufeff\r\n${withFm(ar).replace(/\n/g, "\r\n")}`,
        [`store.ja-jp/${path}`]: withFm(ja),
        [`store.de-de/${path}`]: withFm(de),
      },
      errors: [{ line: 1, column: 1, message: "Expected front matter as in de-de, ja-jp but found none", related: [{ path: `store.de-de/${path}`, line: 1, column: 1 }] }],
    },
  ],
});
