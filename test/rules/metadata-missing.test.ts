// metadata-missing: the required metadata keys are present and not empty.
import rule from "../../rules/metadata-missing.js";
import { page, testRule } from "../rule-tester.js";

const file = "learn.ja-jp/marketplace/azure-purchasing-invoicing.md";
const ja: Record<string, string> = {
  title: "Azure Marketplace の購入と請求",
  description: "Azure Marketplace で購入した製品の請求書と支払い方法について説明します。",
  "ms.topic": "conceptual",
  "ms.date": "03/19/2021",
  "ms.contentlocale": "ja-JP",
};
const jaBody = "# Azure Marketplace の購入と請求\n";
const without = (meta: Record<string, string>, ...keys: string[]) => Object.fromEntries(Object.entries(meta).filter(([k]) => !keys.includes(k)));

const he: Record<string, string> = {
  title: "רכישה וחיוב ב-Azure Marketplace",
  description: "מידע על חשבוניות ואמצעי תשלום עבור מוצרים שנרכשו ב-Azure Marketplace.",
  "ms.topic": "conceptual",
  "ms.date": "03/19/2021",
  "ms.contentlocale": "he-IL",
};
const heBody = "# רכישה וחיוב ב-Azure Marketplace\n";

function landing(extra: string[]): string {
  return [
    "### YamlMime:Landing",
    "title: Microsoft Marketplace のドキュメント",
    "metadata:",
    "  title: Microsoft Marketplace のドキュメント",
    "  description: Microsoft のパートナーのソリューションを見つけて購入する方法。",
    ...extra,
    "  ms.contentlocale: ja-JP",
    "landingContent:",
    "- title: Microsoft AppSource",
    "",
  ].join("\n");
}

testRule(rule, {
  valid: [
    { name: "every required key", files: { [file]: page(ja, jaBody) } },
    { name: "every required key, CRLF and BOM", files: { "learn.he-il/marketplace/azure-purchasing-invoicing.md": page(he, heBody, { eol: "\r\n", bom: true }) } },
    { name: "no front matter: front-matter-missing's business", files: { [file]: jaBody } },
    {
      name: "the option lists fewer keys",
      options: { required: ["title", "ms.date"] },
      files: { [file]: page(without(ja, "description", "ms.topic"), jaBody) },
    },
    {
      name: "a list value is present",
      options: { required: ["title", "ms.custom"] },
      files: { [file]: page({ ...ja, "ms.custom": "\n  - seodec18\n  - contperf-fy21q3" }, jaBody) },
    },
    {
      name: "a repository file whose siblings lack the keys too (CONTRIBUTING.md)",
      files: {
        "learn.ja-jp/CONTRIBUTING.md": page({ "ms.contentlocale": "ja-JP", "ms.translationtype": "HT" }, "# 投稿ガイド\n"),
        "learn.he-il/CONTRIBUTING.md": page({ "ms.contentlocale": "he-IL", "ms.translationtype": "HT" }, "# מדריך תרומה\n"),
      },
    },
    {
      name: "a key the English source lacks is not required, though a sibling has it",
      files: {
        "learn/marketplace/azure-purchasing-invoicing.md": page({ title: "Azure Marketplace purchasing and invoicing" }, "# Purchasing and invoicing\n"),
        [file]: page({ title: ja.title! }, jaBody),
        "learn.he-il/marketplace/azure-purchasing-invoicing.md": page({ title: he.title!, description: he.description! }, heBody),
      },
      target: file,
    },
    {
      name: "an English partial without front matter: its translation needs no title either",
      files: {
        "learn/includes/intro.md": "Send the vouchers to your customers.\n",
        "learn.ja-jp/includes/intro.md": page({ "ms.contentlocale": "ja-JP" }, "引換券をお客様に送信します。\n"),
        "learn.he-il/includes/intro.md": page({ title: "מבוא" }, "שלחו את השוברים ללקוחות.\n"),
      },
      target: "learn.ja-jp/includes/intro.md",
    },
    {
      name: "a page with no ms.* key and nothing to compare with is not asked for ms.date or ms.topic",
      files: { "learn.ja-jp/platforms/android.md": page({ title: "Android", description: "Android アプリの計装" }, "近日公開\n") },
    },
    {
      name: "a page without Learn metadata and nothing to compare with (no English page, no sibling) is asked for no key",
      files: { "site.ja/platforms/android.md": page({ title: "Android" }, "近日公開\n") },
    },
    {
      name: "a page without Learn metadata and no English page: a key one sibling of three has is not required",
      files: {
        "site.ja/platforms/ios.md": page({ title: "iOS" }, "近日公開\n"),
        "site.es/platforms/ios.md": page({ title: "iOS", description: "Instrumentar apps de iOS" }, "Próximamente\n"),
        "site.ar/platforms/ios.md": page({ title: "iOS" }, "قريبًا\n"),
        "site.he/platforms/ios.md": page({ title: "iOS" }, "בקרוב\n"),
      },
      target: "site.ja/platforms/ios.md",
    },
    { name: "YAML landing page with all keys", files: { "learn.ja-jp/marketplace/index.yml": landing(["  ms.topic: landing-page", "  ms.date: 03/12/2021"]) } },
  ],
  invalid: [
    {
      name: "no description",
      files: { [file]: page(without(ja, "description"), jaBody) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "two keys missing, in a CRLF Hebrew file",
      files: { "learn.he-il/marketplace/azure-purchasing-invoicing.md": page(without(he, "ms.topic", "ms.date"), heBody, { eol: "\r\n" }) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata keys "ms.date" and "ms.topic" but found none' }],
    },
    {
      name: "empty quoted title",
      files: { [file]: page({ ...ja, title: '""' }, jaBody) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "title" but found none' }],
    },
    {
      name: "a key with no value at all",
      files: { [file]: page({ ...ja, description: "" }, jaBody) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "a blank value",
      files: { "learn.ar-sa/marketplace/azure-purchasing-invoicing.md": page({ title: "'   '", description: "شراء المنتجات وفوترتها في Azure Marketplace.", "ms.topic": "conceptual", "ms.date": "03/19/2021" }, "# الشراء والفوترة\n") },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "title" but found none' }],
    },
    {
      name: "the BOM is not a column",
      files: { [file]: page(without(ja, "ms.topic"), jaBody, { bom: true }) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "ms.topic" but found none' }],
    },
    {
      name: "keys required by the option",
      options: { required: ["title", "ms.service", "ms.subservice", "author"] },
      files: { [file]: page(ja, jaBody) },
      errors: [{ line: 1, column: 1, message: 'Expected metadata keys "ms.service", "ms.subservice" and "author" but found none' }],
    },
    {
      name: "keys the user required, on a page without Learn metadata and nothing to compare with (RTL)",
      options: { required: ["title", "description"] },
      files: { "site.ar/platforms/android.md": page({ title: "أندرويد" }, "قريبًا\n") },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "a key a sibling has and this file lost",
      files: {
        [file]: page(without(ja, "description"), jaBody),
        "learn.he-il/marketplace/azure-purchasing-invoicing.md": page(he, heBody),
      },
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "a key the English source has and this file lost, though no sibling has it",
      files: {
        "learn/marketplace/azure-purchasing-invoicing.md": page({ title: "Azure Marketplace purchasing and invoicing", description: "How to buy and pay." }, "# Purchasing and invoicing\n"),
        [file]: page({ title: ja.title! }, jaBody),
        "learn.he-il/marketplace/azure-purchasing-invoicing.md": page({ title: he.title! }, heBody),
      },
      target: file,
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "a page without Learn metadata: a key most siblings have and this one lacks, with no English page",
      files: {
        "site.ja/platforms/ios.md": page({ title: "iOS" }, "近日公開\n"),
        "site.es/platforms/ios.md": page({ title: "iOS", description: "Instrumentar apps de iOS" }, "Próximamente\n"),
        "site.ar/platforms/ios.md": page({ title: "iOS", description: "قياس تطبيقات iOS" }, "قريبًا\n"),
      },
      target: "site.ja/platforms/ios.md",
      errors: [{ line: 1, column: 1, message: 'Expected metadata key "description" but found none' }],
    },
    {
      name: "YAML landing page: at the metadata: map",
      files: { "learn.ja-jp/marketplace/index.yml": landing(["  ms.topic: landing-page"]) },
      errors: [{ line: 4, column: 3, message: 'Expected metadata key "ms.date" but found none' }],
    },
  ],
});
