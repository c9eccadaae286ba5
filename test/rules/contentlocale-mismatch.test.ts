// contentlocale-mismatch: ms.contentlocale against the locale of the file's folder.
import rule from "../../rules/contentlocale-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const hash = "a212d7dbaca77f5a0160592372a45fa8b4f01197";

/** Lines: title 2, description 3, ms.topic 4, ms.date 5, ms.openlocfilehash 6, ms.translationtype 7, ms.contentlocale 8, ms.lasthandoff 9, ms.locfileid 10. */
function meta(title: string, description: string, contentlocale: string, locfileid: string): Record<string, string> {
  return {
    title,
    description,
    "ms.topic": "how-to",
    "ms.date": "04/12/2021",
    "ms.openlocfilehash": hash,
    "ms.translationtype": "MT",
    "ms.contentlocale": contentlocale,
    "ms.lasthandoff": "04/14/2021",
    "ms.locfileid": locfileid,
  };
}

const jaTitle = "サブスクリプションを管理する";
const jaDescription = "パートナー センターで顧客のサブスクリプションを表示、変更、または取り消す方法について説明します。";
const jaBody = "# サブスクリプションを管理する\n\n**適切なロール**: 管理エージェント\n";
const arTitle = "إدارة الاشتراكات";
const arDescription = "تعرّف على كيفية عرض اشتراكات عملائك وتغييرها وإلغائها في مركز الشركاء.";
const arBody = "# إدارة الاشتراكات\n\n**الأدوار المناسبة**: وكيل المسؤول\n";
const deTitle = "Verwalten von Abonnements";
const deDescription = "Erfahren Sie, wie Sie die Abonnements Ihrer Kunden im Partner Center anzeigen, ändern oder kündigen.";
const deBody = "# Verwalten von Abonnements\n\n**Geeignete Rollen**: Administrator-Agent\n";
const heTitle = "ניהול מינויים";
const heDescription = "למד כיצד להציג, לשנות או לבטל את המינויים של הלקוחות שלך במרכז השותפים.";

function landing(contentlocale: string): string {
  return [
    "### YamlMime:Landing",
    `title: ${heTitle}`,
    `summary: ${heDescription}`,
    "metadata:",
    `  title: ${heTitle}`,
    `  description: ${heDescription}`,
    "  ms.topic: landing-page",
    "  ms.date: 04/12/2021",
    `  ms.openlocfilehash: ${hash}`,
    "  ms.translationtype: HT",
    `  ms.contentlocale: ${contentlocale}`,
    "  ms.lasthandoff: 04/14/2021",
    '  ms.locfileid: "120034599"',
    "landingContent:",
    "- title: מרכז השותפים",
    "  linkLists:",
    "  - linkListType: overview",
    "    links:",
    "    - text: ניהול מינויים",
    "      url: manage-subscriptions.md",
    "",
  ].join("\n");
}

testRule(rule, {
  valid: [
    {
      name: "ja-JP in the ja-jp folder, with its English source and an ar-sa sibling",
      files: {
        "partner-center.ja-jp/billing/manage-subscriptions.md": page(meta(jaTitle, jaDescription, "ja-JP", '"120034512"'), jaBody),
        "partner-center.ar-sa/billing/manage-subscriptions.md": page(meta(arTitle, arDescription, "ar-SA", '"120034530"'), arBody),
        "partner-center/billing/manage-subscriptions.md": page({ title: "Manage subscriptions", "ms.topic": "how-to" }, "# Manage subscriptions\n"),
      },
    },
    {
      name: "the letter case of the tag does not matter",
      files: { "partner-center.ar-sa/billing/manage-subscriptions.md": page(meta(arTitle, arDescription, '"ar-sa"', '"120034530"'), arBody) },
    },
    {
      name: "no ms.contentlocale at all",
      files: { "partner-center.de-de/billing/manage-subscriptions.md": page({ title: deTitle, description: deDescription }, deBody) },
    },
    {
      name: "an empty ms.contentlocale is left to other checks",
      files: { "partner-center.de-de/billing/manage-subscriptions.md": page(meta(deTitle, deDescription, "", '"120034521"'), deBody) },
    },
    {
      name: "CRLF file with the right locale",
      files: { "partner-center.de-de/billing/manage-subscriptions.md": page(meta(deTitle, deDescription, "de-DE", '"120034521"'), deBody, { eol: "\r\n" }) },
    },
    {
      name: "YAML landing page with metadata: map",
      files: { "partner-center.he-il/index.yml": landing("he-IL") },
    },
  ],
  invalid: [
    {
      name: "ja-jp file that says zh-CN",
      files: {
        "partner-center.ja-jp/billing/manage-subscriptions.md": page(meta(jaTitle, jaDescription, "zh-CN", '"120034512"'), jaBody),
        "partner-center.de-de/billing/manage-subscriptions.md": page(meta(deTitle, deDescription, "de-DE", '"120034521"'), deBody),
      },
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 24, message: 'Expected ms.contentlocale "ja-JP" for a file in the ja-jp folder but found "zh-CN"' }],
      output: page(meta(jaTitle, jaDescription, "ja-JP", '"120034512"'), jaBody),
    },
    {
      name: "quoted value keeps its quotes when fixed",
      files: { "partner-center.ar-sa/billing/manage-subscriptions.md": page(meta(arTitle, arDescription, '"he-IL"', '"120034530"'), arBody) },
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 26, message: 'Expected ms.contentlocale "ar-SA" for a file in the ar-sa folder but found "he-IL"' }],
      output: page(meta(arTitle, arDescription, '"ar-SA"', '"120034530"'), arBody),
    },
    {
      name: "a right-to-left mark before the tag (one UTF-16 unit) is part of the value",
      files: { "partner-center.he-il/billing/manage-subscriptions.md": page(meta(heTitle, heDescription, "\u200fhe-IL", '"120034540"'), "# ניהול מינויים\n") },
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 25, message: 'Expected ms.contentlocale "he-IL" for a file in the he-il folder but found "\\u200Fhe-IL"' }],
      output: page(meta(heTitle, heDescription, "he-IL", '"120034540"'), "# ניהול מינויים\n"),
    },
    {
      name: "CRLF line endings are kept by the fix",
      files: { "partner-center.de-de/billing/manage-subscriptions.md": page(meta(deTitle, deDescription, "fr-FR", '"120034521"'), deBody, { eol: "\r\n" }) },
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 24, message: 'Expected ms.contentlocale "de-DE" for a file in the de-de folder but found "fr-FR"' }],
      output: page(meta(deTitle, deDescription, "de-DE", '"120034521"'), deBody, { eol: "\r\n" }),
    },
    {
      name: "columns count after the BOM, and the fix keeps it",
      files: { "partner-center.ja-jp/billing/manage-subscriptions.md": page(meta(jaTitle, jaDescription, "en-US", '"120034512"'), jaBody, { bom: true }) },
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 24, message: 'Expected ms.contentlocale "ja-JP" for a file in the ja-jp folder but found "en-US"' }],
      output: page(meta(jaTitle, jaDescription, "ja-JP", '"120034512"'), jaBody, { bom: true }),
    },
    {
      name: "flow-style front matter: the value follows Arabic text on the same line",
      files: { "partner-center.ar-sa/billing/manage-subscriptions.md": `---\n{title: "${arTitle}", ms.contentlocale: de-DE}\n---\n${arBody}` },
      errors: [{ line: 2, column: 47, endLine: 2, endColumn: 52, message: 'Expected ms.contentlocale "ar-SA" for a file in the ar-sa folder but found "de-DE"' }],
      output: `---\n{title: "${arTitle}", ms.contentlocale: ar-SA}\n---\n${arBody}`,
    },
    {
      name: "script subtags are written in title case",
      files: { "partner-center.zh-hans-cn/billing/manage-subscriptions.md": page(meta("管理订阅", "了解如何在合作伙伴中心查看、更改或取消客户的订阅。", "zh-CN", '"120034550"'), "# 管理订阅\n") },
      errors: [{ line: 8, column: 19, message: 'Expected ms.contentlocale "zh-Hans-CN" for a file in the zh-hans-cn folder but found "zh-CN"' }],
      output: page(meta("管理订阅", "了解如何在合作伙伴中心查看、更改或取消客户的订阅。", "zh-Hans-CN", '"120034550"'), "# 管理订阅\n"),
    },
    {
      name: "YAML landing page: indented metadata: map",
      files: { "partner-center.he-il/index.yml": landing("en-US") },
      errors: [{ line: 11, column: 21, endLine: 11, endColumn: 26, message: 'Expected ms.contentlocale "he-IL" for a file in the he-il folder but found "en-US"' }],
      output: landing("he-IL"),
    },
  ],
});
