// metadata-mismatch: metadata copied from the English source equals the source's (same version) or the siblings'.
import { createHash } from "node:crypto";
import rule from "../../rules/metadata-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "partner-center/billing/manage-subscriptions.md";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");

const enMeta: Record<string, string> = {
  title: "Manage subscriptions",
  description: "Learn how to view, change, or cancel your customers' subscriptions in Partner Center.",
  "ms.topic": "how-to",
  "ms.date": "04/12/2021",
  "ms.service": "partner-dashboard",
  "ms.subservice": "partnercenter-billing",
  author: "example-writer",
  "ms.author": "exwriter",
  "ms.localizationpriority": "medium",
};
const enBody = "# Manage subscriptions\n\n**Appropriate roles**: Admin agent\n";
const en = page(enMeta, enBody);
/** The English page as it was when the current translations were made, and its hash. */
const hash = sha1(en);
/** The English page since: a new date, so the translations no longer match it. */
const enNewer = page({ ...enMeta, "ms.date": "07/01/2021" }, enBody);
const enCommunity = page({ ...enMeta, author: '"[The OpenTelemetry Community](https://github.com/open-telemetry)(CNCF)"' }, enBody);
const enGregor = page({ ...enMeta, author: '"[Gregor](https://github.com/gregor)"' }, enBody);
const oldHash = "683f344d3404ab4f7e5baff814ee6ea3dc56bf09";

/**
 * Lines: title 2, description 3, ms.topic 4, ms.date 5, ms.service 6, ms.subservice 7, author 8, ms.author 9,
 * ms.localizationpriority 10, ms.openlocfilehash 11, ms.sourcegitcommit 12, ms.translationtype 13,
 * ms.contentlocale 14, ms.lasthandoff 15, ms.locfileid 16.
 */
function loc(title: string, description: string, contentlocale: string, locfileid: string, copied: Record<string, string | undefined> = {}, h = hash) {
  const m: Record<string, string> = { title, description };
  for (const [key, value] of Object.entries({ ...enMeta, ...copied })) {
    if (key !== "title" && key !== "description" && value !== undefined) m[key] = value;
  }
  return {
    ...m,
    "ms.openlocfilehash": h,
    "ms.sourcegitcommit": "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8",
    "ms.translationtype": "MT",
    "ms.contentlocale": contentlocale,
    "ms.lasthandoff": "04/14/2021",
    "ms.locfileid": locfileid,
  };
}

type Copied = Record<string, string | undefined>;
const jaBody = "# サブスクリプションを管理する\n\n**適切なロール**: 管理エージェント\n";
const ja = (copied: Copied = {}, h = hash) =>
  loc("サブスクリプションを管理する", "パートナー センターで顧客のサブスクリプションを表示、変更、取り消す方法について説明します。", "ja-JP", '"120034512"', copied, h);
const de = (copied: Copied = {}, h = hash) =>
  loc("Verwalten von Abonnements", "Erfahren Sie, wie Sie Abonnements Ihrer Kunden im Partner Center anzeigen, ändern oder kündigen.", "de-DE", '"120034521"', copied, h);
const ar = (copied: Copied = {}, h = hash) =>
  loc("إدارة الاشتراكات", "تعرّف على كيفية عرض اشتراكات عملائك وتغييرها وإلغائها في مركز الشركاء.", "ar-SA", '"120034530"', copied, h);
const deBody = "# Verwalten von Abonnements\n";
const arBody = "# إدارة الاشتراكات\n";

const files = (docs: { ja?: string; de?: string; ar?: string; en?: string }) => {
  const out: Record<string, string> = {};
  if (docs.ja !== undefined) out[`learn.ja-jp/${rel}`] = docs.ja;
  if (docs.de !== undefined) out[`learn.de-de/${rel}`] = docs.de;
  if (docs.ar !== undefined) out[`learn.ar-sa/${rel}`] = docs.ar;
  if (docs.en !== undefined) out[`learn/${rel}`] = docs.en;
  return out;
};

testRule(rule, {
  valid: [
    {
      name: "an author's link text translated, and a blank added before a parenthesis (the link targets are the same)",
      files: files({
        ja: page(ja({ author: '"[OpenTelemetry コミュニティ](https://github.com/open-telemetry) (CNCF)"' }, sha1(enCommunity)), jaBody),
        en: enCommunity,
      }),
    },
    {
      name: "every copied key equals the English source's",
      files: files({ ja: page(ja(), jaBody), de: page(de(), deBody), en }),
    },
    {
      name: "the English source has moved on: the siblings of the same version agree with the file",
      files: files({ ja: page(ja(), jaBody), de: page(de(), deBody), ar: page(ar(), arBody), en: enNewer }),
    },
    {
      name: "two siblings that disagree, no source: no majority",
      files: files({ ja: page(ja({ "ms.date": "04/21/2021" }), jaBody), de: page(de(), deBody) }),
    },
    {
      name: "siblings translated from another version do not count",
      files: files({ ja: page(ja({ "ms.topic": "conceptual" }), jaBody), de: page(de({}, oldHash), deBody), ar: page(ar({}, oldHash), arBody) }),
    },
    {
      name: "a page without front matter is front-matter-missing's business",
      files: files({ ja: jaBody, de: page(de(), deBody), ar: page(ar(), arBody), en }),
    },
    {
      name: "a list value is not compared",
      files: files({ ja: page(ja({ "ms.custom": "[seodec18, contperf-fy21q4]" }), jaBody), de: page(de({ "ms.custom": "seodec18" }), deBody), ar: page(ar({ "ms.custom": "seodec18" }), arBody) }),
    },
    {
      name: "a key that neither the file nor the reference has",
      files: files({
        ja: page(ja({ "ms.subservice": undefined }), jaBody),
        de: page(de({ "ms.subservice": undefined }), deBody),
        ar: page(ar({ "ms.subservice": undefined }), arBody),
      }),
    },
    {
      name: "keys outside the option are not compared",
      options: { keys: ["ms.topic"] },
      files: files({ ja: page(ja({ "ms.date": "04/21/2021", author: "someone-else" }), jaBody), en }),
    },
  ],
  invalid: [
    {
      name: "an author's link to another person is a change",
      files: files({
        ja: page(ja({ author: '"[山田](https://github.com/yamada)"' }, sha1(enGregor)), jaBody),
        en: enGregor,
      }),
      errors: [{ line: 8, column: 9, message: 'Expected author "[Gregor](https://github.com/gregor)" as in the English source but found "[山田](https://github.com/yamada)"' }],
      output: page(ja({ author: '"[Gregor](https://github.com/gregor)"' }, sha1(enGregor)), jaBody),
    },
    {
      name: "the English source of the same version decides, even against every sibling",
      files: files({ ja: page(ja({ "ms.topic": "conceptual" }), jaBody), de: page(de({ "ms.topic": "conceptual" }), deBody), ar: page(ar({ "ms.topic": "conceptual" }), arBody), en }),
      errors: [
        {
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 21,
          message: 'Expected ms.topic "how-to" as in the English source but found "conceptual"',
          related: [{ path: `learn/${rel}`, line: 4, column: 11 }],
        },
      ],
      output: page(ja({ "ms.topic": "how-to" }), jaBody),
    },
    {
      name: "the English source with CRLF line endings matches the hash of its LF text",
      files: files({ ja: page(ja({ "ms.date": "04/21/2021" }), jaBody), en: en.replace(/\n/g, "\r\n") }),
      errors: [{ line: 5, column: 10, endColumn: 20, message: 'Expected ms.date "04/12/2021" as in the English source but found "04/21/2021"', related: [{ path: `learn/${rel}`, line: 5, column: 10 }] }],
      output: page(ja(), jaBody),
    },
    {
      name: "the English source has moved on: the majority of the same version decides",
      files: files({ ja: page(ja({ "ms.date": "04/21/2021" }), jaBody), de: page(de(), deBody), ar: page(ar(), arBody), en: enNewer }),
      errors: [
        {
          line: 5,
          column: 10,
          endColumn: 20,
          message: 'Expected ms.date "04/12/2021" as in ar-sa, de-de but found "04/21/2021"',
          related: [{ path: `learn.ar-sa/${rel}`, line: 5, column: 10 }],
        },
      ],
      output: page(ja(), jaBody),
    },
    {
      name: "machine-translated value: columns and the fix count UTF-16 units",
      files: files({ ja: page(ja({ "ms.topic": "ハウツー" }), jaBody), en }),
      errors: [{ line: 4, column: 11, endLine: 4, endColumn: 15, message: 'Expected ms.topic "how-to" as in the English source but found "ハウツー"' }],
      output: page(ja(), jaBody),
    },
    {
      name: "translated Arabic value in a CRLF file with a BOM",
      target: `learn.ar-sa/${rel}`,
      files: files({ ar: page(ar({ "ms.localizationpriority": "متوسط" }), arBody, { eol: "\r\n", bom: true }), ja: page(ja(), jaBody), de: page(de(), deBody) }),
      errors: [
        {
          line: 10,
          column: 26,
          endLine: 10,
          endColumn: 31,
          message: 'Expected ms.localizationpriority "medium" as in de-de, ja-jp but found "متوسط"',
          related: [{ path: `learn.de-de/${rel}`, line: 10, column: 26 }],
        },
      ],
      output: page(ar(), arBody, { eol: "\r\n", bom: true }),
    },
    {
      name: "the fix keeps the quotes of the value",
      files: files({ ja: page(ja({ "ms.date": '"04/21/2021"' }), jaBody), en }),
      errors: [{ line: 5, column: 10, endColumn: 22, message: 'Expected ms.date "04/12/2021" as in the English source but found "04/21/2021"' }],
      output: page(ja({ "ms.date": '"04/12/2021"' }), jaBody),
    },
    {
      name: "a key the English source has is missing",
      files: files({ ja: page(ja({ "ms.author": undefined }), jaBody), en }),
      errors: [{ line: 1, column: 1, message: 'Expected ms.author "exwriter" as in the English source but found none', related: [{ path: `learn/${rel}`, line: 9, column: 12 }] }],
    },
    {
      name: "a key the English source does not have",
      files: files({ ja: page({ ...ja(), "ms.reviewer": "someone" }, jaBody), en }),
      errors: [
        {
          line: 17,
          column: 1,
          endLine: 17,
          endColumn: 21,
          message: 'Expected no ms.reviewer as in the English source but found "someone"',
          related: [{ path: `learn/${rel}`, line: 1, column: 1 }],
        },
      ],
    },
    {
      name: "several keys differ",
      files: files({ ja: page(ja({ author: "yamada-taro", "ms.author": "ytaro" }), jaBody), en }),
      errors: [
        { line: 8, column: 9, endColumn: 20, message: 'Expected author "example-writer" as in the English source but found "yamada-taro"' },
        { line: 9, column: 12, endColumn: 17, message: 'Expected ms.author "exwriter" as in the English source but found "ytaro"' },
      ],
      output: page(ja(), jaBody),
    },
    {
      name: "a key added by the option",
      options: { keys: ["ms.custom"] },
      files: files({ ja: page(ja({ "ms.custom": "seo-ja" }), jaBody), de: page(de({ "ms.custom": "seodec18" }), deBody), ar: page(ar({ "ms.custom": "seodec18" }), arBody) }),
      errors: [{ line: 11, column: 12, message: 'Expected ms.custom "seodec18" as in ar-sa, de-de but found "seo-ja"' }],
      output: page(ja({ "ms.custom": "seodec18" }), jaBody),
    },
  ],
});
