// link-target-missing: relative links name a file of the locale tree or, failing that, of the English source tree.
import rule from "../../rules/link-target-missing.js";
import { page, testRule } from "../rule-tester.js";

const hash = "3f2a9c1e7b4d8a06c5e1f9b2d7a4c8e0f1b3d5a7";
const png = "PNG";

/** A localized page: front matter on lines 1-4, the body from line 5. */
const loc = (title: string, body: string, opts: { eol?: "\n" | "\r\n"; hash?: string } = {}) =>
  page({ title, "ms.openlocfilehash": opts.hash ?? hash }, body, { eol: opts.eol });
const en = (body: string) => page({ title: "Billing" }, body);

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

testRule(rule, {
  valid: [
    {
      name: "the target exists in the locale",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Rechnungen](invoices.md) und [Zahlung](../payments/pay.md#schritte).\n"),
        "docs.de-de/billing/invoices.md": loc("Rechnungen", "# Rechnungen\n"),
        "docs.de-de/payments/pay.md": loc("Zahlen", "# Zahlen\n"),
      },
    },
    {
      name: "an image and an untranslated page the locale omits exist in the English source",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc("請求", "![請求書の画面](media/invoice.png)\n\n詳細は [新機能](whats-new.md) を参照してください。\n"),
        "docs/billing/index.md": en("![Invoice page](media/invoice.png)\n\nSee [What's new](whats-new.md).\n"),
        "docs/billing/media/invoice.png": png,
        "docs/billing/whats-new.md": en("# What's new\n"),
      },
    },
    {
      name: "links that name no file of the tree",
      onDisk: true,
      files: {
        "docs.fr-fr/billing/index.md": loc(
          "Facturation",
          [
            "[Portail](https://partner.microsoft.com/fr-fr/dashboard) [Courriel](mailto:billing@contoso.com) [CDN](//cdn.contoso.com/a.js)",
            "[Haut](#haut) [Racine](/partner-center/overview) [API](xref:Contoso.Billing.Invoice) [Docs](~/includes/note.md) [Vide]()",
            '<a href="">Ancre</a>',
          ].join("\n") + "\n",
        ),
      },
    },
    {
      name: "a folder holding an index page, a TOC.yml folder href, an extension-less page link, %20 and ?query",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/TOC.yml": "- name: الفواتير\n  href: invoices/\n- name: الدفع\n  href: payments\n",
        "docs.ar-sa/billing/index.md": loc("الفوترة", "راجع [الفواتير](invoices/) و[ملف](my%20report.md?view=full#top).\n"),
        "docs.ar-sa/billing/invoices/index.md": loc("الفواتير", "# الفواتير\n"),
        "docs.ar-sa/billing/invoices/TOC.yml": "- name: الفواتير\n  href: index.md\n",
        "docs.ar-sa/billing/payments.md": loc("الدفع", "# الدفع\n"),
        "docs.ar-sa/billing/my report.md": loc("تقرير", "# تقرير\n"),
      },
      target: "docs.ar-sa/billing/TOC.yml",
    },
    {
      name: "the same, from the Markdown page",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/index.md": loc("الفوترة", "راجع [الفواتير](invoices/) و[ملف](my%20report.md?view=full#top) و[الدفع](payments).\n"),
        "docs.ar-sa/billing/invoices/index.md": loc("الفواتير", "# الفواتير\n"),
        "docs.ar-sa/billing/payments.md": loc("الدفع", "# الدفع\n"),
        "docs.ar-sa/billing/my report.md": loc("تقرير", "# تقرير\n"),
      },
    },
    {
      name: "no English tree: a link every translation shares is the English page's (maybe an English-only page)",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Neuigkeiten](whats-new.md).\n"),
        "docs.ja-jp/billing/index.md": loc("請求", "[新機能](whats-new.md) を参照してください。\n"),
      },
    },
    {
      name: "no English tree: the hidden English copy of a side-by-side segment has the same link",
      onDisk: true,
      files: {
        "docs.zh-cn/billing/index.md": loc("账单", `${seg("5a7c1-101", "请参阅[新增功能](whats-new.md)。", "See [What's new](whats-new.md).")}\n`, { hash: "1111111111111111111111111111111111111111" }),
      },
    },
    {
      name: "a case-only difference and a .md for a .yml page are other rules' findings",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "[Rechnungen](Invoices.md) [FAQ](faq.md)\n"),
        "docs.de-de/billing/invoices.md": loc("Rechnungen", "# Rechnungen\n"),
        "docs.de-de/billing/faq.yml": "### YamlMime:FAQ\ntitle: FAQ\n",
      },
    },
    {
      name: "pretty URLs without a Hugo layout: an extension-less link of a leaf page relative to the page's own URL (x/ is x.md, x/index.md or x/_index.md)",
      onDisk: true,
      files: {
        "docs.ja-jp/languages/java/api.md": loc("API", "[SDK](../sdk/)、[エクスポーター](../exporters/)と[リソース](../resources)を参照してください。\n"),
        "docs.ja-jp/languages/java/sdk.md": loc("SDK", "# SDK\n"),
        "docs.ja-jp/languages/java/exporters/_index.md": loc("エクスポーター", "# エクスポーター\n"),
        "docs.ja-jp/languages/java/resources/index.md": loc("リソース", "# リソース\n"),
        "docs/languages/java/api.md": en("See the [SDK](../sdk/), [exporters](../exporters/) and [resources](../resources).\n"),
      },
    },
  ],
  invalid: [
    {
      name: "pretty URLs without a Hugo layout: a page-relative link found neither beside the file nor beside the page's URL",
      onDisk: true,
      files: {
        "docs.ar-sa/languages/java/api.md": loc("واجهة البرمجة", "راجع [حزمة SDK](../sdk-old/).\n"),
        "docs.ar-sa/languages/java/sdk.md": loc("SDK", "# SDK\n"),
        "docs/languages/java/api.md": en("See the [SDK](../sdk/).\n"),
        "docs/languages/java/sdk.md": en("# SDK\n"),
      },
      errors: [{ line: 5, column: 17, message: 'Expected link target "../sdk-old/" to exist but found no such file in this locale or the English source' }],
    },
    {
      name: "absent from the locale and from the English source, after CJK text on the same line",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc("請求", "# 請求\n\n請求書の詳細は [請求書を確認する](review-invoice.md) を参照してください。\n"),
        "docs/billing/index.md": en("# Billing\n\nSee [Review your invoice](review-invoice.md).\n"),
      },
      errors: [
        {
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 37,
          message: 'Expected link target "review-invoice.md" to exist but found no such file in this locale or the English source (the English source has the same link: fix it there)',
        },
      ],
    },
    {
      name: "no English tree: a target the translation made up inside a segment, right-to-left text, CRLF",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/index.md": loc(
          "الفوترة",
          `# الفوترة\n\n${seg("7e8b9-103", "راجع [الفاتورة](مراجعة-الفاتورة.md).", "See [your invoice](review-invoice.md).")}\n`,
          { eol: "\r\n", hash: "2222222222222222222222222222222222222222" },
        ),
        "docs.de-de/billing/index.md": loc("Abrechnung", "# Abrechnung\n\nSiehe [Rechnung](review-invoice.md).\n"),
        "docs.de-de/billing/review-invoice.md": loc("Rechnung", "# Rechnung\n"),
      },
      errors: [{ line: 7, column: 47, message: 'Expected link target "مراجعة-الفاتورة.md" to exist but found no such file in this locale or the sibling locales' }],
    },
    {
      name: "no English tree: a same-version sibling shows the English link, so a changed one is the translation's own",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Rechnung](rechnung-pruefen.md).\n"),
        "docs.fr-fr/billing/index.md": loc("Facturation", "Voir [facture](review-invoice.md).\n"),
        "docs.fr-fr/billing/review-invoice.md": loc("Facture", "# Facture\n"),
      },
      errors: [{ line: 5, column: 18, message: 'Expected link target "rechnung-pruefen.md" to exist but found no such file in this locale or the sibling locales' }],
    },
    {
      name: "a TOC.yml href to a page that exists nowhere",
      onDisk: true,
      files: {
        "docs.de-de/billing/TOC.yml": "items:\n  - name: Rechnungen\n    href: invoices.md\n  - name: Zahlungen\n    href: payments/pay-online.md\n",
        "docs.de-de/billing/invoices.md": loc("Rechnungen", "# Rechnungen\n"),
        "docs/billing/TOC.yml": "items:\n  - name: Invoices\n    href: invoices.md\n  - name: Payments\n    href: payments/pay-online.md\n",
      },
      errors: [{ line: 5, column: 11, message: 'Expected link target "payments/pay-online.md" to exist but found no such file in this locale or the English source (the English source has the same link: fix it there)' }],
    },
    {
      name: "a link with an extension is file-relative only, even on a leaf page",
      onDisk: true,
      files: {
        "docs.fr-fr/concepts/distributions.md": loc("Distributions", "Voir [composants](../components.md).\n"),
        "docs.fr-fr/concepts/components.md": loc("Composants", "# Composants\n"),
        "docs.de-de/concepts/distributions.md": loc("Distributionen", "Siehe [Komponenten](components.md).\n"),
      },
      errors: [{ line: 5, column: 19, message: 'Expected link target "../components.md" to exist but found no such file in this locale or the sibling locales' }],
    },
    {
      name: "a folder without an index page or TOC",
      onDisk: true,
      files: {
        "docs.fr-fr/billing/index.md": loc("Facturation", "Voir [les factures](invoices/).\n"),
        "docs.fr-fr/billing/invoices/december.md": loc("Décembre", "# Décembre\n"),
        "docs/billing/index.md": en("See [invoices](invoices/).\n"),
      },
      errors: [{ line: 5, column: 21, message: 'Expected folder "invoices/" to hold index.md, index.yml or TOC.yml but found none (the English source has the same link: fix it there)' }],
    },
  ],
});
