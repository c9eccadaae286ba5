// link-target-case: a relative link spells its target with the letter case of the file on disk.
import rule from "../../rules/link-target-case.js";
import { page, testRule } from "../rule-tester.js";

const loc = (title: string, body: string, eol?: "\n" | "\r\n") => page({ title, "ms.openlocfilehash": "3f2a9c1e7b4d8a06c5e1f9b2d7a4c8e0f1b3d5a7" }, body, { eol });
const en = (body: string) => page({ title: "Billing" }, body);

testRule(rule, {
  valid: [
    {
      name: "the same letter case as on disk",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Rechnungen](Invoices/December-2020.md) und ![Bild](media/Invoice.png).\n"),
        "docs.de-de/billing/Invoices/December-2020.md": loc("Dezember", "# Dezember\n"),
        "docs/billing/media/Invoice.png": "PNG",
      },
    },
    {
      name: "a target absent in every case is link-target-missing's finding",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Rechnungen](Rechnungen.md).\n"),
        "docs/billing/index.md": en("See [invoices](invoices.md).\n"),
      },
    },
  ],
  invalid: [
    {
      name: "the file name differs in case, after CJK text",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc("請求", "詳細は[10 月の発表](2020-October.md#概要)を参照してください。\n"),
        "docs.ja-jp/billing/2020-october.md": loc("10 月", "# 10 月\n"),
      },
      errors: [
        {
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 29,
          message: 'Expected link target "2020-october.md" as the file is named on disk but found "2020-October.md"',
        },
      ],
      output: loc("請求", "詳細は[10 月の発表](2020-october.md#概要)を参照してください。\n"),
    },
    {
      name: "a folder differs in case, the file exists only in the English source, right-to-left text, CRLF",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/index.md": loc("الفوترة", "# الفوترة\n\nراجع ![لقطة شاشة](../Media/Billing/overview.png) للتفاصيل.\n", "\r\n"),
        "docs/media/billing/overview.png": "PNG",
        "docs/billing/index.md": en("See ![Screenshot](../media/billing/overview.png).\n"),
      },
      errors: [{ line: 7, column: 19, message: 'Expected link target "../media/billing/overview.png" as the file is named on disk but found "../Media/Billing/overview.png"' }],
      output: loc("الفوترة", "# الفوترة\n\nراجع ![لقطة شاشة](../media/billing/overview.png) للتفاصيل.\n", "\r\n"),
    },
    {
      name: "a TOC.yml href",
      onDisk: true,
      files: {
        "docs.fr-fr/billing/TOC.yml": "- name: Tarification spéciale\n  href: Get-special-pricing.md\n",
        "docs.fr-fr/billing/get-special-pricing.md": loc("Tarification", "# Tarification\n"),
      },
      errors: [{ line: 2, column: 9, message: 'Expected link target "get-special-pricing.md" as the file is named on disk but found "Get-special-pricing.md"' }],
      output: "- name: Tarification spéciale\n  href: get-special-pricing.md\n",
    },
  ],
});
