// anchor-translated: <a name> and id anchors equal the reference's, heading by heading.
import { createHash } from "node:crypto";
import rule from "../../rules/anchor-translated.js";
import { page, testRule } from "../rule-tester.js";

const rel = "billing/review-invoice.md";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");

// The English page has no explicit anchors: the localization pipeline adds <a name="slug"> to each heading.
const en = page(
  { title: "Review your invoice", "ms.topic": "how-to" },
  "# Review your invoice\n\nSign in to the dashboard.\n\n## Find your invoice\n\nSelect **Billing**.\n\n## Next steps\n\n- [Pay your invoice](pay-invoice.md)\n",
);
const hash = sha1(en);
const otherHash = "683f344d3404ab4f7e5baff814ee6ea3dc56bf09";

interface Headings {
  title: string;
  find: string;
  next: string;
}

/** Lines: ms.openlocfilehash 3; body: title heading 5, text 7, second heading 9, text 11, third heading 13, link 15. */
function loc(title: string, h: Headings, opts: { hash?: string | null; eol?: "\n" | "\r\n" } = {}): string {
  const meta: Record<string, string> = { title };
  if (opts.hash !== null) meta["ms.openlocfilehash"] = opts.hash ?? hash;
  return page(meta, `# ${h.title}\n\nText.\n\n## ${h.find}\n\nText.\n\n## ${h.next}\n\n- [Link](pay-invoice.md)\n`, { eol: opts.eol });
}

const deHeadings: Headings = {
  title: '<a name="review-your-invoice"></a>Überprüfen Ihrer Rechnung',
  find: '<a name="find-your-invoice"></a>Suchen Ihrer Rechnung',
  next: '<a name="next-steps"></a>Nächste Schritte',
};
const jaHeadings: Headings = {
  title: '<a name="review-your-invoice"></a>請求書を確認する',
  find: '<a name="find-your-invoice"></a>請求書を検索する',
  next: '<a name="next-steps"></a>次のステップ',
};
const arHeadings: Headings = {
  title: '<a name="review-your-invoice"></a>مراجعة الفاتورة',
  find: '<a name="find-your-invoice"></a>البحث عن الفاتورة',
  next: '<a name="next-steps"></a>الخطوات التالية',
};
const frHeadings: Headings = {
  title: '<a name="review-your-invoice"></a>Vérifier votre facture',
  find: '<a name="find-your-invoice"></a>Rechercher votre facture',
  next: '<a name="next-steps"></a>Étapes suivantes',
};

const de = (h: Partial<Headings> = {}, opts = {}) => loc("Überprüfen Ihrer Rechnung", { ...deHeadings, ...h }, opts);
const ja = (h: Partial<Headings> = {}, opts = {}) => loc("請求書を確認する", { ...jaHeadings, ...h }, opts);
const ar = (h: Partial<Headings> = {}, opts = {}) => loc("مراجعة الفاتورة", { ...arHeadings, ...h }, opts);
const fr = (h: Partial<Headings> = {}, opts = {}) => loc("Vérifier votre facture", { ...frHeadings, ...h }, opts);

/** The target comes first; the English source is added when `en` is given. */
function files(target: [string, string], others: Record<string, string>, source?: string): Record<string, string> {
  const out: Record<string, string> = { [`learn.${target[0]}/${rel}`]: target[1] };
  for (const [locale, text] of Object.entries(others)) out[`learn.${locale}/${rel}`] = text;
  if (source !== undefined) out[`learn/${rel}`] = source;
  return out;
}

const sxsHeading = (anchor: string, id: string, translation: string, english: string) =>
  `<a name="${anchor}"></a><span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** A doc set that tracks no versions (Docusaurus, MkDocs): no localization metadata, the English source as it is is the reference. */
const plainEn = page({ title: "Tabs" }, "# Using tabs\n\n## Syncing tab choices {#syncing-tab-choices}\n\nText.\n\n## Props\n\nText.\n");
const arTabs = page({ title: "علامات التبويب" }, "# استخدام علامات التبويب\n\n## مزامنة الاختيارات {#مزامنة-الاختيارات}\n\nنص.\n\n## الخصائص\n\nنص.\n");
const plainSet = (locale: string, text: string) => ({ [`docs/${rel}`]: plainEn, [`docs.${locale}/${rel}`]: text });

testRule(rule, {
  valid: [
    {
      name: "anchors are the English headings' slugs, as the pipeline adds them",
      files: files(["de-de", de()], { "ja-jp": ja() }, en),
    },
    {
      name: "a translation without explicit anchors: the English slugs are optional",
      files: files(["ja-jp", ja({ title: "請求書を確認する", find: "請求書を検索する", next: "次のステップ" })], {}, en),
    },
    {
      name: "no source: the siblings of the same version agree",
      files: files(["ar-sa", ar()], { "de-de": de(), "ja-jp": ja(), "fr-fr": fr() }),
    },
    {
      name: "no source and two siblings that disagree: no majority",
      files: files(["de-de", de({ next: '<a name="naechste-schritte"></a>Nächste Schritte' })], { "ja-jp": ja() }),
    },
    {
      name: "siblings translated from another English version do not count",
      files: files(["de-de", de({ next: '<a name="naechste-schritte"></a>Nächste Schritte' })], {
        "ja-jp": ja({}, { hash: otherHash }),
        "fr-fr": fr({}, { hash: otherHash }),
      }),
    },
    {
      name: "without a hash, an anchor more or less is another version's, not a defect",
      files: files(["de-de", de({ find: "Suchen Ihrer Rechnung" }, { hash: null })], { "ja-jp": ja({}, { hash: null }), "fr-fr": fr({}, { hash: null }) }),
    },
    {
      name: "the hidden English copy of a side-by-side heading does not count",
      files: files(
        [
          "ja-jp",
          ja({
            next: `<a name="next-steps"></a><span data-ttu-id="4f1c2-110">次のステップ</span><span class="sxs-lookup"><span data-stu-id="4f1c2-110"><a id="old"></a>Next steps</span></span>`,
          }),
        ],
        { "de-de": de(), "fr-fr": fr() },
      ),
    },
    {
      name: "no localization metadata: the English ids kept, a slug-only heading translated or given the English slug as its id (RTL)",
      files: plainSet("ar-sa", page({ title: "علامات التبويب" }, "# استخدام علامات التبويب\n\n## مزامنة الاختيارات {#syncing-tab-choices}\n\nنص.\n\n## الخصائص {#props}\n\nنص.\n")),
    },
    {
      name: "no localization metadata: an English id reworded (the English renamed the heading since: heading-changed's drift, not a translation)",
      files: plainSet("de-de", page({ title: "Tabs" }, "# Tabs verwenden\n\n## Auswahl synchronisieren {#sync-tab-choices}\n\nText.\n\n## Eigenschaften {#props}\n\nText.\n")),
    },
    {
      name: "no localization metadata: sections in another order (a glossary sorted in the translation's language) keep their ids",
      files: plainSet("es-es", page({ title: "Pestañas" }, "# Uso de pestañas\n\n## Propiedades {#props}\n\nTexto.\n\n## Sincronizar pestañas {#syncing-tab-choices}\n\nTexto.\n")),
    },
    {
      name: "no localization metadata: an id the translation lacks may be another English version's (not reported)",
      files: plainSet("de-de", page({ title: "Tabs" }, "# Tabs verwenden\n\n## Auswahl synchronisieren\n\nText.\n\n## Eigenschaften\n\nText.\n")),
    },
  ],
  invalid: [
    {
      name: "a translated {#id} heading attribute, against the English source",
      files: files(["ja-jp", ja({ next: "次のステップ {#次のステップ}" })], { "de-de": de() }, en),
      errors: [
        {
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 19,
          message: 'Expected anchor "next-steps" as in the English source but found "次のステップ"',
          related: [{ path: `learn/${rel}`, line: 13, column: 1 }],
        },
      ],
      output: ja({ next: "次のステップ {#next-steps}" }),
    },
    {
      name: "a translated anchor, against the English source",
      files: files(["ja-jp", ja({ next: '<a name="次のステップ"></a>次のステップ' })], { "de-de": de() }, en),
      errors: [
        {
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 19,
          message: 'Expected anchor "next-steps" as in the English source but found "次のステップ"',
          related: [{ path: `learn/${rel}`, line: 13, column: 1 }],
        },
      ],
      output: ja(),
    },
    {
      name: "a translated anchor after right-to-left text on the same line, against the siblings",
      files: files(["ar-sa", ar({ next: 'الخطوات التالية <a id="الخطوات-التالية"></a>' })], { "de-de": de(), "fr-fr": fr(), "ja-jp": ja() }),
      errors: [
        {
          line: 13,
          column: 27,
          message: 'Expected anchor "next-steps" as in de-de, fr-fr, ja-jp but found "الخطوات-التالية"',
          related: [{ path: `learn.de-de/${rel}`, line: 13, column: 13 }],
        },
      ],
      output: ar({ next: 'الخطوات التالية <a id="next-steps"></a>' }),
    },
    {
      name: "a side-by-side heading with a machine-translated anchor, CRLF line endings",
      files: files(
        [
          "de-de",
          de({ find: sxsHeading("suchen-sie-ihre-rechnung", "4f1c2-105", "Suchen Ihrer Rechnung", "Find your invoice") }, { eol: "\r\n" }),
        ],
        { "fr-fr": fr(), "ja-jp": ja(), "ar-sa": ar() },
      ),
      errors: [{ line: 9, column: 13, endColumn: 37, message: 'Expected anchor "find-your-invoice" as in ar-sa, fr-fr, ja-jp but found "suchen-sie-ihre-rechnung"' }],
      output: de({ find: sxsHeading("find-your-invoice", "4f1c2-105", "Suchen Ihrer Rechnung", "Find your invoice") }, { eol: "\r\n" }),
    },
    {
      name: "a missing anchor is reported at its heading",
      files: files(["fr-fr", fr({ find: "Rechercher votre facture" })], { "de-de": de(), "ja-jp": ja() }),
      errors: [
        {
          line: 9,
          column: 1,
          message: 'Expected anchor "find-your-invoice" as in de-de, ja-jp but found none',
          related: [{ path: `learn.de-de/${rel}`, line: 9, column: 13 }],
        },
      ],
    },
    {
      name: "an extra anchor",
      files: files(["ja-jp", ja({ find: '<a name="find-your-invoice"></a><a name="請求書"></a>請求書を検索する' })], { "de-de": de(), "fr-fr": fr() }),
      errors: [{ line: 9, column: 45, message: 'Expected no anchor here as in de-de, fr-fr but found "請求書"' }],
    },
    {
      name: "without a hash, a changed name is still reported when every sibling agrees",
      files: files(["de-de", de({ next: '<a name="naechste-schritte"></a>Nächste Schritte' }, { hash: null })], {
        "ja-jp": ja({}, { hash: null }),
        "fr-fr": fr({}, { hash: null }),
      }),
      errors: [{ line: 12, column: 13, message: 'Expected anchor "next-steps" as in fr-fr, ja-jp but found "naechste-schritte"' }],
      output: de({}, { hash: null }),
    },
    {
      name: "no localization metadata: a heading id translated, against the English source as it is (CJK)",
      files: plainSet("ja-jp", page({ title: "タブ" }, "# タブの使い方\n\n## タブの選択を同期する {#タブの同期}\n\nテキスト。\n\n## プロパティ\n\nテキスト。\n")),
      errors: [
        {
          line: 6,
          column: 17,
          message: 'Expected anchor "syncing-tab-choices" as in the English source but found "タブの同期"',
          related: [{ path: `docs/${rel}`, line: 6, column: 26 }],
        },
      ],
      output: page({ title: "タブ" }, "# タブの使い方\n\n## タブの選択を同期する {#syncing-tab-choices}\n\nテキスト。\n\n## プロパティ\n\nテキスト。\n"),
    },
    {
      name: "no localization metadata: a heading id translated in plain ASCII words the English page never uses",
      files: plainSet("es-es", page({ title: "Pestañas" }, "# Uso de pestañas\n\n## Sincronizar pestañas {#sincronizar-pestanas}\n\nTexto.\n\n## Propiedades\n\nTexto.\n")),
      errors: [{ line: 6, column: 27, message: 'Expected anchor "syncing-tab-choices" as in the English source but found "sincronizar-pestanas"' }],
      output: page({ title: "Pestañas" }, "# Uso de pestañas\n\n## Sincronizar pestañas {#syncing-tab-choices}\n\nTexto.\n\n## Propiedades\n\nTexto.\n"),
    },
    {
      name: "a translated heading id another page of the locale links to (percent-encoded) is reported without a fix (RTL)",
      onDisk: true,
      files: {
        ...plainSet("ar-sa", arTabs),
        "docs.ar-sa/intro.md": page({ title: "مقدمة" }, "# مقدمة\n\nاقرأ [المزامنة](billing/review-invoice.md#%D9%85%D8%B2%D8%A7%D9%85%D9%86%D8%A9-%D8%A7%D9%84%D8%A7%D8%AE%D8%AA%D9%8A%D8%A7%D8%B1%D8%A7%D8%AA).\n"),
        "docs/intro.md": page({ title: "Intro" }, "# Intro\n\nRead [syncing](billing/review-invoice.md#syncing-tab-choices).\n"),
      },
      target: `docs.ar-sa/${rel}`,
      errors: [{ line: 6, column: 24, message: 'Expected anchor "syncing-tab-choices" as in the English source but found "مزامنة-الاختيارات" (no automatic fix: "intro.md" links to it)' }],
    },
    {
      name: "a translated heading id the page itself links to is reported without a fix (CJK)",
      onDisk: true,
      files: plainSet("ja-jp", page({ title: "タブ" }, "# タブの使い方\n\n[同期](#タブの同期)を参照。\n\n## タブの選択を同期する {#タブの同期}\n\nテキスト。\n")),
      errors: [{ line: 8, column: 17, message: 'Expected anchor "syncing-tab-choices" as in the English source but found "タブの同期" (no automatic fix: this file links to it)' }],
    },
    {
      name: "links to the translated name in another locale, or to the English name, do not hold the fix back",
      onDisk: true,
      files: {
        ...plainSet("ar-sa", arTabs),
        "docs.ar-sa/intro.md": page({ title: "مقدمة" }, "# مقدمة\n\nاقرأ [المزامنة](billing/review-invoice.md#syncing-tab-choices).\n"),
        [`docs.de-de/${rel}`]: page({ title: "Tabs" }, "# Tabs verwenden\n\n## Auswahl synchronisieren {#syncing-tab-choices}\n\nText.\n"),
        "docs.de-de/intro.md": page({ title: "Einführung" }, "# Einführung\n\nLesen Sie [dies](billing/review-invoice.md#مزامنة-الاختيارات).\n"),
      },
      target: `docs.ar-sa/${rel}`,
      errors: [{ line: 6, column: 24, message: 'Expected anchor "syncing-tab-choices" as in the English source but found "مزامنة-الاختيارات"' }],
      output: arTabs.replace("{#مزامنة-الاختيارات}", "{#syncing-tab-choices}"),
    },
  ],
});
