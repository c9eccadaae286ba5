// rules/block-changed.ts: a translated block keeps the numbers and bare URLs of the English block it stands for.
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { digitValue, readNumber } from "../src/align/blocks.js";
import { confidentPairs, joinsOf } from "../src/align/index.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
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

/** Quoted items joined as a sentence lists them: `"a"`, `"a" and "b"`, `"a", "b" and 2 more`. */
function listed(items: string[], max = 5): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** What the English block says about one of its number values. */
interface NumberSeen {
  /** Occurrences that stand as numbers, not glued into a word by a hyphen. */
  free: number;
  /** The version, name or figure the first free occurrence is part of (`v0.10.0`, `Sonoma 14`, `10,000`). */
  phrase: string | undefined;
}

/** A word glued to a number by a hyphen (`catch-22`, `COVID-19`): an idiom or a name a translation may render in words. */
const GLUED_BEFORE = /[A-Za-z]-$/;
/** The characters of a version or figure around a number: `v0.10.0`, `1.5M`, `10,000`, `x86_64`. */
const PHRASE_CHAR = /[A-Za-z0-9._,+-]/;

/**
 * The number values of an English block's text as the block scanner reads them (see readNumber), each
 * with how many of its occurrences stand free and the phrase around the first one, for quoting.
 */
function numbersIn(text: string): Map<string, NumberSeen> {
  const seen = new Map<string, NumberSeen>();
  let i = 0;
  while (i < text.length) {
    if (digitValue(text.charCodeAt(i)) === -1) {
      i++;
      continue;
    }
    const n = readNumber(text, i, text.length);
    if (n.value !== null) {
      const entry = seen.get(n.value) ?? { free: 0, phrase: undefined };
      seen.set(n.value, entry);
      if (!GLUED_BEFORE.test(text.slice(Math.max(0, i - 2), i))) {
        entry.free++;
        entry.phrase ??= phraseAround(text, i, Math.max(n.next, i + 1));
      }
    }
    i = Math.max(n.next, i + 1);
  }
  return seen;
}

/** The version or name a number at [start, end) is part of: the run of word characters around it, or the capitalized word before a bare number (`Sonoma 14`). */
function phraseAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && PHRASE_CHAR.test(text[a - 1]!)) a--;
  while (b < text.length && PHRASE_CHAR.test(text[b]!)) b++;
  while (b > end && /[.,+-]/.test(text[b - 1]!)) b--;
  while (a < start && /[.,+-]/.test(text[a]!)) a++;
  const word = text.slice(a, b);
  if (word !== text.slice(start, end)) return word.length <= 40 ? word : text.slice(start, end);
  // A bare number after a capitalized name in mid-sentence: `macOS Sonoma 14`, `Windows Server 2022`.
  const before = /(?:^|[^.!?:\n])[ \t]([A-Z][A-Za-z]+)[ \t]$/.exec(text.slice(Math.max(0, start - 40), start));
  return before ? `${before[1]} ${word}` : word;
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
    // A paragraph split in several, or several joined, compares as one unit.
    const joins = joinsOf(alignment);
    for (const [t, r] of confidentPairs(alignment)) {
      const mine = alignment.blocks[t]!;
      const theirs = alignment.referenceBlocks[r]!;
      if (mine.kind === "code" || mine.kind === "definition") continue;
      // Distinct values are compared, not how often each is written: the English may repeat a number
      // ("15x to 30x (15 to 30 times)") that a translation writes once.
      const have = new Set<string>();
      for (const token of joins.translationTokens.get(t) ?? mine.tokens) if (compared(token)) have.add(token);
      let lacking = [...new Set((joins.referenceTokens.get(r) ?? theirs.tokens).filter((token) => compared(token) && !have.has(token)))];
      if (lacking.length === 0) continue;
      const [es, ee] = joins.reference.get(r) ?? [theirs.start, theirs.end];
      const english = source.text.slice(es, ee);
      const seen = numbersIn(english);
      if (lacking.some((t) => t.startsWith("n:"))) {
        const [ts, te] = joins.translation.get(t) ?? [mine.start, mine.end];
        const translation = file.text.slice(ts, te);
        const excused = new Set(rewrittenInMyriads(english, translation).keys());
        // "6 in 10" is 6 割 in Japanese (割: tenths): the 10 is in the unit.
        for (const m of english.matchAll(/\b(\d+)[ \t\n]+(?:in|out[ \t\n]+of)[ \t\n]+10\b/g)) {
          if (new RegExp(`(?<!\\d)${m[1]}[ \\t]*割`).test(translation)) excused.add("n:10");
        }
        lacking = lacking.filter((t) => !excused.has(t) && !(t.startsWith("n:") && seen.get(t.slice(2))?.free === 0));
        if (lacking.length === 0) continue;
      }
      const shown = lacking.map((t) => {
        const value = t.slice(2);
        const phrase = t.startsWith("n:") ? seen.get(value)?.phrase : undefined;
        return phrase && phrase !== value ? `${quote(value)} (in ${quote(phrase)})` : quote(value);
      });
      const what = lacking.length === 1 ? "" : "s";
      findings.push(
        findingAt(file, mine.start, `Expected ${listed(shown)} as in the English source's block${alignment.since?.changed.has(r) ? `, changed${sinceLabel(drift)},` : ""} but found ${lacking.length === 1 ? "none" : "none of them"}`, {
          related: [relatedAt(source, theirs.start, `The English source's block has the value${what} here`)],
        }),
      );
    }
    return findings;
  },
});
