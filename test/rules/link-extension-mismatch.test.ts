// link-extension-mismatch: a link to "x.md" where only "x.yml" exists, or the other way round.
import rule from "../../rules/link-extension-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const loc = (title: string, body: string, eol?: "\n" | "\r\n") => page({ title, "ms.openlocfilehash": "3f2a9c1e7b4d8a06c5e1f9b2d7a4c8e0f1b3d5a7" }, body, { eol });
const faq = "### YamlMime:FAQ\ntitle: FAQ\nsummary: Questions\n";

testRule(rule, {
  valid: [
    {
      name: "the extension the page has",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [FAQ](billing-faq.yml) und [Rechnungen](invoices.md).\n"),
        "docs.de-de/billing/billing-faq.yml": faq,
        "docs.de-de/billing/invoices.md": loc("Rechnungen", "# Rechnungen\n"),
      },
    },
    {
      name: "both exist: the link is fine",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [FAQ](billing-faq.md).\n"),
        "docs.de-de/billing/billing-faq.md": loc("FAQ", "# FAQ\n"),
        "docs/billing/billing-faq.yml": faq,
      },
    },
  ],
  invalid: [
    {
      name: "a Markdown link to a page that is YAML, after CJK text",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc("請求", "よく寄せられる質問は[FAQ](billing-faq.md#支払い)を参照してください。\n"),
        "docs.ja-jp/billing/billing-faq.yml": faq,
      },
      errors: [
        {
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 31,
          message: 'Expected link target "billing-faq.yml" but found "billing-faq.md", which does not exist',
        },
      ],
      output: loc("請求", "よく寄せられる質問は[FAQ](billing-faq.yml#支払い)を参照してください。\n"),
    },
    {
      name: "a TOC.yml href, the YAML page only in the English source",
      onDisk: true,
      files: {
        "docs.de-de/billing/TOC.yml": "- name: Häufig gestellte Fragen\n  href: billing-faq.md\n",
        "docs/billing/billing-faq.yml": faq,
      },
      errors: [{ line: 2, column: 9, message: 'Expected link target "billing-faq.yml" but found "billing-faq.md", which does not exist' }],
      output: "- name: Häufig gestellte Fragen\n  href: billing-faq.yml\n",
    },
    {
      name: "a .yml link to a Markdown page, right-to-left text, CRLF",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/index.md": loc("الفوترة", "# الفوترة\n\nراجع [الفواتير](invoices.yml).\n", "\r\n"),
        "docs.ar-sa/billing/invoices.md": loc("الفواتير", "# الفواتير\n"),
      },
      errors: [{ line: 7, column: 17, message: 'Expected link target "invoices.md" but found "invoices.yml", which does not exist' }],
      output: loc("الفوترة", "# الفوترة\n\nراجع [الفواتير](invoices.md).\n", "\r\n"),
    },
  ],
});
