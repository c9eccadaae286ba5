// handoff-mismatch: ms.sourcegitcommit and ms.lasthandoff against the siblings translated from the same version.
import rule from "../../rules/handoff-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const path = "partner-center/referrals/register-deals.md";
const hashA = "683f344d3404ab4f7e5baff814ee6ea3dc56bf09";
const hashB = "e6ead9babbbd62793d84b9945ad688bb7fcdad6b";
const commit = "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8";
const otherCommit = "9e7d1b3a5c2f4e6081a3b5c7d9e1f2a4b6c8d0e2";

interface Handoff {
  hash?: string;
  commit?: string;
  handoff?: string;
  locfileid: string;
}

/** Lines: title 2, ms.date 3, ms.openlocfilehash 4, ms.sourcegitcommit 5, ms.translationtype 6, ms.contentlocale 7, ms.lasthandoff 8, ms.locfileid 9. */
function meta(title: string, contentlocale: string, h: Handoff): Record<string, string> {
  const m: Record<string, string> = { title, "ms.date": "06/29/2021" };
  if (h.hash !== undefined) m["ms.openlocfilehash"] = h.hash;
  if (h.commit !== undefined) m["ms.sourcegitcommit"] = h.commit;
  m["ms.translationtype"] = "MT";
  m["ms.contentlocale"] = contentlocale;
  if (h.handoff !== undefined) m["ms.lasthandoff"] = h.handoff;
  m["ms.locfileid"] = h.locfileid;
  return m;
}

const ja = (h: Partial<Handoff> = {}, opts = {}) =>
  page(meta("取引を登録する", "ja-JP", { hash: hashA, commit, handoff: "06/30/2021", locfileid: '"113080667"', ...h }), "# 取引を登録する\n\n**適切なロール**: 紹介管理者\n", opts);
const de = (h: Partial<Handoff> = {}, opts = {}) =>
  page(meta("Registrieren von Abschlüssen", "de-DE", { hash: hashA, commit, handoff: "06/30/2021", locfileid: '"113080661"', ...h }), "# Registrieren von Abschlüssen\n", opts);
const ar = (h: Partial<Handoff> = {}, opts = {}) =>
  page(meta("تسجيل الصفقات", "ar-SA", { hash: hashA, commit, handoff: "06/30/2021", locfileid: '"113080670"', ...h }), "# تسجيل الصفقات\n\n**الأدوار المناسبة**: مسؤول الإحالات\n", opts);
const he = (h: Partial<Handoff> = {}, opts = {}) =>
  page(meta("רישום עסקאות", "he-IL", { hash: hashA, commit, handoff: "06/30/2021", locfileid: '"113080672"', ...h }), "# רישום עסקאות\n", opts);
const zh = (h: Partial<Handoff> = {}, opts = {}) =>
  page(meta("注册交易", "zh-CN", { hash: hashA, commit, handoff: "06/30/2021", locfileid: '"113080675"', ...h }), "# 注册交易\n", opts);

const set = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([locale, text]) => [`pc.${locale}/${path}`, text]));

testRule(rule, {
  valid: [
    { name: "all siblings agree", files: set({ "ja-jp": ja(), "de-de": de(), "ar-sa": ar() }) },
    { name: "two siblings that disagree: no majority", files: set({ "ja-jp": ja({ handoff: "07/01/2021" }), "de-de": de() }) },
    {
      name: "siblings on another version do not count",
      files: set({ "ja-jp": ja({ hash: hashB, handoff: "07/09/2021", commit: otherCommit }), "de-de": de(), "ar-sa": ar() }),
    },
    { name: "a quoted value equals the plain one", files: set({ "ja-jp": ja({ handoff: '"06/30/2021"' }), "de-de": de(), "ar-sa": ar() }) },
    { name: "no ms.openlocfilehash: nothing to compare with", files: set({ "ja-jp": ja({ hash: undefined, handoff: "07/01/2021" }), "de-de": de(), "ar-sa": ar() }) },
    { name: "the file has no ms.lasthandoff", files: set({ "ja-jp": ja({ handoff: undefined }), "de-de": de(), "ar-sa": ar() }) },
    {
      name: "siblings without the key do not vote",
      files: set({ "ja-jp": ja({ handoff: "07/01/2021" }), "de-de": de({ handoff: undefined }), "ar-sa": ar() }),
    },
    {
      name: "the English source is not a reference for handoff values",
      files: { ...set({ "ja-jp": ja({ handoff: "07/01/2021" }), "de-de": de() }), [`pc/${path}`]: page({ title: "Register deals", "ms.date": "06/29/2021" }, "# Register deals\n") },
    },
  ],
  invalid: [
    {
      name: "a later handoff date than the two siblings with the same hash",
      files: set({ "ja-jp": ja({ handoff: "07/01/2021" }), "de-de": de(), "ar-sa": ar() }),
      errors: [
        {
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 27,
          message: `Expected ms.lasthandoff "06/30/2021" as in ar-sa, de-de, which share ms.openlocfilehash "${hashA}", but found "07/01/2021"`,
          related: [{ path: `pc.ar-sa/${path}`, line: 8, column: 17 }],
        },
      ],
    },
    {
      name: "another source commit in a CRLF Arabic file",
      target: `pc.ar-sa/${path}`,
      files: set({ "ja-jp": ja(), "de-de": de(), "ar-sa": ar({ commit: otherCommit }, { eol: "\r\n" }), "he-il": he() }),
      errors: [
        {
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 61,
          message: `Expected ms.sourcegitcommit "${commit}" as in de-de, he-il, ja-jp, which share ms.openlocfilehash "${hashA}", but found "${otherCommit}"`,
          related: [{ path: `pc.de-de/${path}`, line: 5, column: 21 }],
        },
      ],
    },
    {
      name: "both keys differ, in a BOM file",
      target: `pc.zh-cn/${path}`,
      files: set({ "ja-jp": ja(), "de-de": de(), "zh-cn": zh({ commit: otherCommit, handoff: "05/14/2021" }, { bom: true }) }),
      errors: [
        { line: 5, column: 21, message: `Expected ms.sourcegitcommit "${commit}" as in de-de, ja-jp, which share ms.openlocfilehash "${hashA}", but found "${otherCommit}"` },
        { line: 8, column: 17, message: `Expected ms.lasthandoff "06/30/2021" as in de-de, ja-jp, which share ms.openlocfilehash "${hashA}", but found "05/14/2021"` },
      ],
    },
    {
      name: "a quoted value points at its quote",
      files: set({ "ja-jp": ja({ handoff: '"07/01/2021"' }), "de-de": de(), "ar-sa": ar() }),
      errors: [{ line: 8, column: 17, endLine: 8, endColumn: 29, message: /^Expected ms\.lasthandoff "06\/30\/2021" as in ar-sa, de-de, .* but found "07\/01\/2021"$/ }],
    },
    {
      name: "siblings on another version do not dilute the majority",
      files: set({
        "ja-jp": ja({ handoff: "07/01/2021" }),
        "de-de": de(),
        "ar-sa": ar(),
        "he-il": he({ hash: hashB, handoff: "07/01/2021" }),
        "zh-cn": zh({ hash: hashB, handoff: "07/01/2021" }),
      }),
      errors: [{ line: 8, column: 17, message: `Expected ms.lasthandoff "06/30/2021" as in ar-sa, de-de, which share ms.openlocfilehash "${hashA}", but found "07/01/2021"` }],
    },
    {
      name: "YAML landing pages compare their metadata: map",
      files: {
        "pc.ja-jp/partner-center/index.yml": yamlPage("パートナー センター", "ja-JP", "07/02/2021"),
        "pc.de-de/partner-center/index.yml": yamlPage("Partner Center", "de-DE", "06/30/2021"),
        "pc.he-il/partner-center/index.yml": yamlPage("מרכז השותפים", "he-IL", "06/30/2021"),
      },
      errors: [
        {
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 29,
          message: `Expected ms.lasthandoff "06/30/2021" as in de-de, he-il, which share ms.openlocfilehash "${hashA}", but found "07/02/2021"`,
          related: [{ path: "pc.de-de/partner-center/index.yml", line: 10, column: 19 }],
        },
      ],
    },
  ],
});

function yamlPage(title: string, contentlocale: string, handoff: string): string {
  return [
    "### YamlMime:Landing",
    `title: ${title}`,
    "metadata:",
    `  title: ${title}`,
    "  ms.topic: landing-page",
    `  ms.openlocfilehash: ${hashA}`,
    `  ms.sourcegitcommit: ${commit}`,
    "  ms.translationtype: HT",
    `  ms.contentlocale: ${contentlocale}`,
    `  ms.lasthandoff: ${handoff}`,
    "landingContent:",
    `- title: ${title}`,
    "",
  ].join("\n");
}
