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
    {
      name: "a newer handoff of the same version (same hash, later commit and date) is no defect",
      files: set({ "ja-jp": ja({ commit: otherCommit, handoff: "09/29/2021" }), "de-de": de(), "ar-sa": ar(), "he-il": he() }),
    },
    {
      name: "an older handoff of the same version, and one date alone differing, are no defect either",
      files: set({ "zh-cn": zh({ commit: otherCommit, handoff: "05/14/2021" }), "ja-jp": ja({ handoff: "07/01/2021" }), "de-de": de(), "ar-sa": ar() }),
    },
    { name: "two siblings handed off the same day that disagree: no majority", files: set({ "ja-jp": ja({ commit: otherCommit }), "de-de": de() }) },
    {
      name: "siblings on another version do not count",
      files: set({ "ja-jp": ja({ hash: hashB, handoff: "07/09/2021", commit: otherCommit }), "de-de": de(), "ar-sa": ar() }),
    },
    { name: "a quoted value equals the plain one", files: set({ "ja-jp": ja({ commit: `"${commit}"` }), "de-de": de(), "ar-sa": ar() }) },
    { name: "no ms.openlocfilehash: nothing to compare with", files: set({ "ja-jp": ja({ hash: undefined, commit: otherCommit }), "de-de": de(), "ar-sa": ar() }) },
    {
      name: "the English source is not a reference for handoff values",
      files: { ...set({ "ja-jp": ja({ commit: otherCommit }), "de-de": de() }), [`pc/${path}`]: page({ title: "Register deals", "ms.date": "06/29/2021" }, "# Register deals\n") },
    },
  ],
  invalid: [
    {
      name: "another source commit handed off the same day, in a CRLF Arabic file: one finding, at the commit",
      target: `pc.ar-sa/${path}`,
      files: set({ "ja-jp": ja(), "de-de": de(), "ar-sa": ar({ commit: otherCommit }, { eol: "\r\n" }), "he-il": he() }),
      errors: [
        {
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 61,
          message: `Expected ms.sourcegitcommit "${commit}" as in de-de, he-il, ja-jp, handed off the same day (06/30/2021) from the same ms.openlocfilehash, but found "${otherCommit}"`,
          related: [{ path: `pc.de-de/${path}`, line: 5, column: 21 }],
        },
      ],
    },
    {
      name: "the same commit with another hash, handed off the same day: the hash must follow the commit (CJK)",
      target: `pc.ja-jp/${path}`,
      files: set({ "ja-jp": ja({ hash: hashB }), "de-de": de(), "ar-sa": ar() }),
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 61,
          message: `Expected ms.openlocfilehash "${hashA}" as in ar-sa, de-de, which name the same ms.sourcegitcommit "${commit}", but found "${hashB}"`,
          related: [{ path: `pc.ar-sa/${path}`, line: 4, column: 21 }],
        },
      ],
    },
    {
      name: "the same commit with another hash in a pair of siblings: both are told, in a BOM file",
      target: `pc.zh-cn/${path}`,
      files: set({ "ja-jp": ja(), "zh-cn": zh({ hash: hashB }, { bom: true }) }),
      errors: [
        {
          line: 4,
          column: 21,
          message: `Expected ms.openlocfilehash "${hashA}" as in ja-jp, which name the same ms.sourcegitcommit "${commit}", but found "${hashB}": one of them is not the SHA-1 of the English file at that commit`,
        },
      ],
    },
    {
      name: "YAML landing pages compare their metadata: map",
      files: {
        "pc.ja-jp/partner-center/index.yml": yamlPage("パートナー センター", "ja-JP", "06/30/2021", otherCommit),
        "pc.de-de/partner-center/index.yml": yamlPage("Partner Center", "de-DE", "06/30/2021"),
        "pc.he-il/partner-center/index.yml": yamlPage("מרכז השותפים", "he-IL", "06/30/2021"),
      },
      errors: [
        {
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 63,
          message: `Expected ms.sourcegitcommit "${commit}" as in de-de, he-il, handed off the same day (06/30/2021) from the same ms.openlocfilehash, but found "${otherCommit}"`,
          related: [{ path: "pc.de-de/partner-center/index.yml", line: 7, column: 23 }],
        },
      ],
    },
  ],
});

function yamlPage(title: string, contentlocale: string, handoff: string, sourceCommit = commit): string {
  return [
    "### YamlMime:Landing",
    `title: ${title}`,
    "metadata:",
    `  title: ${title}`,
    "  ms.topic: landing-page",
    `  ms.openlocfilehash: ${hashA}`,
    `  ms.sourcegitcommit: ${sourceCommit}`,
    "  ms.translationtype: HT",
    `  ms.contentlocale: ${contentlocale}`,
    `  ms.lasthandoff: ${handoff}`,
    "landingContent:",
    `- title: ${title}`,
    "",
  ].join("\n");
}
