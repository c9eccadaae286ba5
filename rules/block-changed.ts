// rules/block-changed.ts: a translated block keeps the numbers and bare URLs of the English block it stands for.
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { digitValue, readNumber } from "../src/align/blocks.js";
import { confidentPairs } from "../src/align/index.js";
import { defineRule, findingAt, quoteList, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

/**
 * Tokens compared: bare URLs, and numbers of two digits or more. Link targets and inline code are the
 * segment rules' (segment-link-mismatch, segment-code-mismatch); one-digit numbers are often written
 * as words ("2nd" → "zweite"), and a translation may add numbers (Japanese months, "4月"), so only
 * what the English has and the translation lacks is reported.
 */
function compared(token: string): boolean {
  return token.startsWith("u:") || (token.startsWith("n:") && token.length > 3);
}

/** A large number as Chinese and Japanese write it, in myriads: 1 万 = 10,000, 4,000 万 = 40 million, 3 億 = 300 million. */
const MYRIAD = /(\d[\d,]*(?:\.\d+)?)[ \t]*([万萬億亿兆])/gu;
const MYRIAD_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
/** An English number, a range, and a scale word: "10,000", "500-600 thousand", "40 million". */
const SCALED = /(\d[\d,]*(?:\.\d+)?)(?:[ \t]*(?:-|–|to)[ \t]*(\d[\d,]*(?:\.\d+)?))?(?:[ \t\n]+([Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion)\b|([KkMB])(?![A-Za-z0-9]))?/gu;
const SUFFIX_SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const valueOf = (digits: string) => Number(digits.replace(/,/g, ""));

/**
 * The number tokens of the English block that a translation wrote again in myriads ("10,000 pods" →
 * "1 万の Pod", "40 million" → "4,000 万"): the same value in other digits, no change. Empty unless the
 * translation has a myriad number.
 */
function rewrittenInMyriads(english: string, translation: string): Map<string, number> {
  const excused = new Map<string, number>();
  if (!/\d[ \t]*[万萬億亿兆]/u.test(translation)) return excused;
  const values = new Set<number>();
  MYRIAD.lastIndex = 0;
  for (let m = MYRIAD.exec(translation); m; m = MYRIAD.exec(translation)) values.add(Math.round(valueOf(m[1]!) * MYRIAD_UNIT[m[2]!]!));
  SCALED.lastIndex = 0;
  for (let m = SCALED.exec(english); m; m = SCALED.exec(english)) {
    const scale = m[3] ? SCALE[m[3].toLowerCase()]! : m[4] ? SUFFIX_SCALE[m[4].toUpperCase()]! : 1;
    for (const digits of [m[1], m[2]]) {
      if (digits === undefined || !values.has(Math.round(valueOf(digits) * scale))) continue;
      // `1.5M` gave one token, its value written out.
      if (m[4] && digits === m[1]) {
        const token = `n:${Math.round(valueOf(digits) * scale)}`;
        excused.set(token, (excused.get(token) ?? 0) + 1);
        continue;
      }
      // The tokens this number gave (`10,000` gives 10000, `1.5` gives 1 and 5): see the block scanner.
      for (let i = 0; i < digits.length; ) {
        const n = readNumber(digits, i, digits.length);
        if (n.value !== null) excused.set(`n:${n.value}`, (excused.get(`n:${n.value}`) ?? 0) + 1);
        i = Math.max(n.next, i + 1);
        while (i < digits.length && digitValue(digits.charCodeAt(i)) === -1) i++;
      }
    }
  }
  return excused;
}

export default defineRule({
  id: "block-changed",
  description: "A translated block keeps the numbers and URLs of the English source's block it stands for",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const { file } = context;
    const drift = driftOf(context);
    if (!drift) return [];
    const { alignment } = drift;
    const source = alignment.reference;
    const findings: RuleFinding[] = [];
    for (const [t, r] of confidentPairs(alignment)) {
      const mine = alignment.blocks[t]!;
      const theirs = alignment.referenceBlocks[r]!;
      if (mine.kind === "code" || mine.kind === "definition") continue;
      const have = new Map<string, number>();
      for (const token of mine.tokens) if (compared(token)) have.set(token, (have.get(token) ?? 0) + 1);
      let lacking: string[] = [];
      for (const token of theirs.tokens) {
        if (!compared(token)) continue;
        const n = have.get(token) ?? 0;
        if (n > 0) have.set(token, n - 1);
        else lacking.push(token);
      }
      if (lacking.length > 0 && lacking.some((t) => t.startsWith("n:"))) {
        const english = source.text.slice(theirs.start, theirs.end);
        const translation = file.text.slice(mine.start, mine.end);
        const excused = rewrittenInMyriads(english, translation);
        // "6 in 10" is 6 割 in Japanese (割: tenths): the 10 is in the unit.
        for (const m of english.matchAll(/\b(\d+)[ \t\n]+(?:in|out[ \t\n]+of)[ \t\n]+10\b/g)) {
          if (new RegExp(`(?<!\\d)${m[1]}[ \\t]*割`).test(translation)) excused.set("n:10", (excused.get("n:10") ?? 0) + 1);
        }
        lacking = lacking.filter((t) => {
          const n = excused.get(t) ?? 0;
          if (n > 0) excused.set(t, n - 1);
          return n === 0;
        });
      }
      lacking = lacking.map((t) => t.slice(2));
      if (lacking.length === 0) continue;
      const what = lacking.length === 1 ? "" : "s";
      findings.push(
        findingAt(file, mine.start, `Expected ${quoteList(lacking)} as in the English source's block${alignment.since?.changed.has(r) ? `, changed${sinceLabel(drift)},` : ""} but found ${lacking.length === 1 ? "none" : "none of them"}`, {
          related: [relatedAt(source, theirs.start, `The English source's block has the value${what} here`)],
        }),
      );
    }
    return findings;
  },
});
