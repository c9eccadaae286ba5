// openlocfilehash-mismatch: a locale translated from an older English version than its siblings.
import rule from "../../rules/openlocfilehash-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "marketplace/billing-invoicing.md";
const hashA = "683f344d3404ab4f7e5baff814ee6ea3dc56bf09";
const hashB = "e6ead9babbbd62793d84b9945ad688bb7fcdad6b";
const hashC = "ab3323f140b4eafc7ae2c75257b698976101f384";

/** Lines: title 2, ms.date 3, ms.openlocfilehash 4, ms.translationtype 5, ms.contentlocale 6, ms.lasthandoff 7 (when given). */
function doc(title: string, contentlocale: string, hash: string | undefined, handoff?: string, opts: { eol?: "\r\n"; bom?: boolean } = {}): string {
  const m: Record<string, string> = { title, "ms.date": "04/30/2021" };
  if (hash !== undefined) m["ms.openlocfilehash"] = hash;
  m["ms.translationtype"] = "HT";
  m["ms.contentlocale"] = contentlocale;
  if (handoff !== undefined) m["ms.lasthandoff"] = handoff;
  return page(m, `# ${title}\n`, opts);
}

const ja = (hash: string | undefined, handoff?: string, opts = {}) => doc("請求と請求書", "ja-JP", hash, handoff, opts);
const de = (hash: string | undefined, handoff?: string, opts = {}) => doc("Abrechnung und Rechnungsstellung", "de-DE", hash, handoff, opts);
const ar = (hash: string | undefined, handoff?: string, opts = {}) => doc("الفوترة والفواتير", "ar-SA", hash, handoff, opts);
const he = (hash: string | undefined, handoff?: string, opts = {}) => doc("חיוב והפקת חשבוניות", "he-IL", hash, handoff, opts);
const zh = (hash: string | undefined, handoff?: string, opts = {}) => doc("计费和开票", "zh-CN", hash, handoff, opts);

const set = (files: Record<string, string | Uint8Array>) => Object.fromEntries(Object.entries(files).map(([locale, text]) => [`mkt.${locale}/${rel}`, text]));
const at = (locale: string) => `mkt.${locale}/${rel}`;

testRule(rule, {
  valid: [
    { name: "every locale on the same version", files: set({ "ja-jp": ja(hashA, "06/30/2021"), "de-de": de(hashA, "06/30/2021"), "ar-sa": ar(hashA, "07/02/2021") }) },
    { name: "the only file", files: set({ "ja-jp": ja(hashA) }) },
    { name: "two versions, one locale each, no dates: no telling which is newer", files: set({ "ja-jp": ja(hashA), "de-de": de(hashB) }) },
    {
      name: "two versions handed off the same day in as many locales",
      files: set({ "ja-jp": ja(hashA, "06/30/2021"), "he-il": he(hashA, "06/30/2021"), "de-de": de(hashB, "06/30/2021"), "ar-sa": ar(hashB, "06/30/2021") }),
    },
    {
      name: "handed off the same day as the newest version",
      files: set({ "ja-jp": ja(hashA, "06/30/2021"), "de-de": de(hashB, "06/30/2021"), "ar-sa": ar(hashB, "06/30/2021") }),
    },
    {
      name: "the file is on the newest version, even alone",
      files: set({ "ja-jp": ja(hashB, "07/09/2021"), "de-de": de(hashA, "06/30/2021"), "ar-sa": ar(hashA, "06/30/2021") }),
    },
    { name: "no ms.openlocfilehash", files: set({ "ja-jp": ja(undefined), "de-de": de(hashB), "ar-sa": ar(hashB) }) },
    {
      name: "an upper-case copy of the same hash is the same version (openlocfilehash-invalid reports its case)",
      target: at("de-de"),
      files: set({ "ja-jp": ja(hashA), "de-de": de(hashA.toUpperCase()), "ar-sa": ar(hashA) }),
    },
    {
      name: "unreadable siblings do not count",
      files: set({ "ja-jp": ja(hashA), "de-de": de(hashB), "ar-sa": Uint8Array.from([0x00, 0x61, 0x73, 0x6d]) }),
    },
  ],
  invalid: [
    {
      name: "handed off before the version two siblings have",
      files: set({ "ja-jp": ja(hashA, "05/14/2021"), "de-de": de(hashB, "06/30/2021"), "ar-sa": ar(hashB, "06/30/2021") }),
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 61,
          message: `Expected ms.openlocfilehash "${hashB}" as in ar-sa, de-de (handed off 06/30/2021) but found "${hashA}" (handed off 05/14/2021): this translation is of an older English version`,
          related: [{ path: at("ar-sa"), line: 4, column: 21 }],
        },
      ],
    },
    {
      name: "no dates: the version most locales have is the newest",
      files: set({ "ja-jp": ja(hashA), "de-de": de(hashB), "ar-sa": ar(hashB), "he-il": he(hashB) }),
      errors: [
        {
          line: 4,
          column: 21,
          message: `Expected ms.openlocfilehash "${hashB}" as in ar-sa, de-de, he-il but found "${hashA}": this translation is of an older English version`,
          related: [{ path: at("ar-sa"), line: 4, column: 21 }],
        },
      ],
    },
    {
      name: "the later handoff wins over the larger number of locales",
      target: at("de-de"),
      files: set({ "ja-jp": ja(hashB, "07/09/2021"), "de-de": de(hashA, "06/30/2021"), "ar-sa": ar(hashA, "06/30/2021") }),
      errors: [
        {
          line: 4,
          column: 21,
          message: `Expected ms.openlocfilehash "${hashB}" as in ja-jp (handed off 07/09/2021) but found "${hashA}" (handed off 06/30/2021): this translation is of an older English version`,
          related: [{ path: at("ja-jp"), line: 4, column: 21 }],
        },
      ],
    },
    {
      name: "three versions: the other old ones are named",
      files: set({ "ja-jp": ja(hashA, "05/14/2021"), "de-de": de(hashB, "06/30/2021"), "ar-sa": ar(hashB, "06/30/2021"), "zh-cn": zh(hashC, "04/02/2021") }),
      errors: [
        {
          line: 4,
          column: 21,
          message: `Expected ms.openlocfilehash "${hashB}" as in ar-sa, de-de (handed off 06/30/2021) but found "${hashA}" (handed off 05/14/2021): this translation is of an older English version (also zh-cn on "${hashC}")`,
        },
      ],
    },
    {
      name: "CRLF file with a BOM and a quoted hash",
      target: at("he-il"),
      files: set({ "he-il": he(`"${hashA}"`, "05/14/2021", { eol: "\r\n", bom: true }), "ja-jp": ja(hashB, "06/30/2021"), "zh-cn": zh(hashB, "06/30/2021") }),
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 63,
          message: `Expected ms.openlocfilehash "${hashB}" as in ja-jp, zh-cn (handed off 06/30/2021) but found "${hashA}" (handed off 05/14/2021): this translation is of an older English version`,
          related: [{ path: at("ja-jp"), line: 4, column: 21 }],
        },
      ],
    },
  ],
});
