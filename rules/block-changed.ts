// rules/block-changed.ts: a translated block keeps the numbers, bare URLs and link targets of the English block it stands for.
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { digitValue, readNumber } from "../src/align/blocks.js";
import { confidentPairs, joinsOf } from "../src/align/index.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { Link } from "../src/parse/model.js";
import { resolveLink } from "../src/shared/links.js";
import { normalizeLocaleTag } from "../src/shared/locale-tag.js";
import type { RuleFinding } from "../src/types.js";

/**
 * Tokens compared: bare URLs, and numbers of two digits or more (link targets are compared link by
 * link, see changedLinks; inline code is segment-code-mismatch's); one-digit numbers are often written
 * as words ("2nd" → "zweite"), and a translation may add numbers (Japanese months, "4月"), so only
 * what the English has and the translation lacks is reported.
 */
function compared(token: string): boolean {
  return token.startsWith("u:") || (token.startsWith("n:") && token.length > 3);
}

/** A large number as Chinese, Japanese and Korean write it, in myriads: 1 万 = 10,000, 4,000 万 = 40 million, 3 億 = 300 million, 15만 = 150,000. */
const MYRIAD = /(\d[\d,]*(?:\.\d+)?)[ \t]*([万萬億亿兆만억조])/gu;
const MYRIAD_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12, 만: 1e4, 억: 1e8, 조: 1e12 };
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
  if (!/\d[ \t]*[万萬億亿兆만억조]/u.test(translation)) return excused;
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
  description: "A translated block keeps the numbers, URLs and link targets of the English source's block it stands for",
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
    // A Microsoft page pinned by its hash has every link target compared by link-target-mismatch.
    const linksCompared = !file.openlocfilehash;
    const leadsNowhere = (link: Link) => {
      const state = resolveLink(file, link, context.project, context.group)?.state;
      return state !== undefined && state !== "found";
    };
    // A paragraph split in several, or several joined, compares as one unit.
    const joins = joinsOf(alignment);
    const confident = confidentPairs(alignment);
    for (const pair of alignment.pairs) {
      const { translation: t, reference: r } = pair;
      if (t === -1 || r === -1 || pair.moved) continue;
      const mine = alignment.blocks[t]!;
      const theirs = alignment.referenceBlocks[r]!;
      if (mine.kind === "code" || mine.kind === "definition" || mine.kind !== theirs.kind) continue;
      // A block the English changed since the translation was made pairs through its version then: the
      // translation kept every invariant of that version, so the pair holds whatever changed since.
      const sure = confident.get(t) === r;
      if (linksCompared && (sure || alignment.since?.was.get(r)?.key === mine.key)) {
        for (const changed of changedLinks(file, source, joins.translation.get(t) ?? [mine.start, mine.end], joins.reference.get(r) ?? [theirs.start, theirs.end])) {
          if (leadsNowhere(changed.have)) continue;
          const at = changed.have.offset;
          findings.push(
            findingAt(file, at, `Expected link target ${quote(changed.want.target)} as in the English source's block${alignment.since?.changed.has(r) ? `, changed${sinceLabel(drift)},` : ""} but found ${quote(changed.have.target)}`, {
              end: at + changed.have.target.length,
              related: [relatedAt(source, changed.want.offset, `The English source's block links to ${quote(changed.want.target)}`)],
            }),
          );
        }
      }
      if (!sure) continue;
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
      const since = alignment.since?.changed.has(r) ? `, changed${sinceLabel(drift)},` : "";
      // One number for another: the translation's is named, and the finding sits on it.
      const english0 = new Set((joins.referenceTokens.get(r) ?? theirs.tokens).filter(compared));
      const surplus = [...have].filter((token) => token.startsWith("n:") && !english0.has(token));
      const [ts, te] = joins.translation.get(t) ?? [mine.start, mine.end];
      const instead = lacking.length === 1 && lacking[0]!.startsWith("n:") && surplus.length === 1 ? numberAt(file.text, ts, te, surplus[0]!.slice(2)) : null;
      findings.push(
        instead
          ? findingAt(file, instead.start, `Expected ${shown[0]!} as in the English source's block${since} but found ${quotedNumber(file.text, instead.start, instead.end)}`, {
              end: instead.end,
              related: [relatedAt(source, theirs.start, "The English source's block has the value here")],
            })
          : findingAt(file, mine.start, `Expected ${listed(shown)} as in the English source's block${since} but found ${lacking.length === 1 ? "none" : "none of them"}`, {
              related: [relatedAt(source, theirs.start, `The English source's block has the value${what} here`)],
            }),
      );
    }
    return findings;
  },
});

/** A number of a translation as messages quote it: `"98"`, with the version or name it is part of, `"98" (in "0.98")`. */
function quotedNumber(text: string, start: number, end: number): string {
  const number = text.slice(start, end);
  const phrase = phraseAround(text, start, end);
  return phrase !== number ? `${quote(number)} (in ${quote(phrase)})` : quote(number);
}

/** Where the number of value `value` first stands in [start, end) of `text`, as the block scanner reads numbers; null when it does not. */
function numberAt(text: string, start: number, end: number, value: string): { start: number; end: number } | null {
  let i = start;
  while (i < end) {
    if (digitValue(text.charCodeAt(i)) === -1) {
      i++;
      continue;
    }
    const n = readNumber(text, i, end);
    // A heading's `{#id}` (`{#recent-highlights-v090}`) is no number the reader sees.
    const open = text.lastIndexOf("{#", i);
    if (n.value === value && !(open >= start && text.indexOf("}", open) >= i)) {
      let e = Math.max(n.next, i + 1);
      while (e > i && digitValue(text.charCodeAt(e - 1)) === -1) e--;
      return { start: i, end: e };
    }
    i = Math.max(n.next, i + 1);
  }
  return null;
}

/** Links whose targets a block pair compares: written in the text (not reference definitions), and not to a place on the page. */
function comparedLinks(file: LocalizedFile, [start, end]: readonly [number, number]): Link[] {
  const out: Link[] = [];
  for (const link of file.markdown.links) {
    if (link.offset < start) continue;
    if (link.offset >= end) break;
    if (link.kind === "reference-def" || link.kind === "yaml") continue;
    const t = link.target.trim();
    if (t === "" || t.startsWith("#") || t.includes("{{")) continue;
    out.push(link);
  }
  return out;
}

/** A link target as two versions of one link share it (see {@link samePage}). */
interface Page {
  /** The host without `www.` or a language subdomain; "" for a path on the site itself. */
  host: string;
  /** Path segments, decoded, lower case, without `.`/`..`, language codes, an index page or an extension on the last. */
  segments: string[];
}

/**
 * A link target in the form two versions of one link share whatever the translation localized or
 * reformatted: no query or fragment (a translated anchor is the anchor rules'), decoded, lower case,
 * language path segments and subdomains left out, and no extension, index page or trailing slash, so
 * that `../collector`, `/docs/collector/` and `https://example.org/fr/docs/collector.md` agree.
 */
export function pageOf(target: string): Page {
  let t = target.trim().replace(/&amp;/g, "&").replace(/[?#].*$/s, "");
  try {
    t = decodeURIComponent(t);
  } catch {
    // Kept as written.
  }
  t = t.toLowerCase().replace(/\\/g, "/");
  let host = "";
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/.exec(t);
  if (scheme) {
    host = scheme[1]!.replace(/^www\./, "");
    const sub = /^([a-z]{2,3}(?:-[a-z]{2,4})?)\.(?=[^.]+\.[^.]+$)/.exec(host);
    if (sub && isLanguage(sub[1]!)) host = host.slice(sub[0].length);
    t = t.slice(scheme[0].length);
  }
  const segments = t.split("/").filter((s) => s !== "" && s !== "." && s !== ".." && !isLanguage(s));
  const last = segments.length - 1;
  if (last >= 0 && /^_?index(?:\.[a-z]+)?$/.test(segments[last]!)) segments.pop();
  else if (last >= 0) segments[last] = segments[last]!.replace(/\.(?:md|mdx|html?|aspx|php|ya?ml)$/, "");
  return { host, segments };
}

/**
 * True when two targets name the same page: the same host (or a path on the site itself on either
 * side), and one's path segments end the other's (`../sdk/` is `/docs/languages/java/sdk/` from its page).
 */
function samePage(a: Page, b: Page): boolean {
  if (a.host !== "" && b.host !== "" && a.host !== b.host) return false;
  const [short, long] = a.segments.length <= b.segments.length ? [a.segments, b.segments] : [b.segments, a.segments];
  if (short.length === 0) return long.length === 0 || a.host === "" || b.host === "";
  const offset = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[offset + i]) return false;
  return true;
}

/** True for a path segment or subdomain that is a language or locale code (`ja`, `fr`, `en-us`, `zh-hans`, `pt_br`), not a word (`go`, `js`). */
function isLanguage(segment: string): boolean {
  return normalizeLocaleTag(segment) !== null;
}

/** A character outside ASCII: a slug written in a translation's own script. */
const NON_ASCII = /[^ -~\t\n\r]/u;

/** The language subdomain of a URL (`ja` of `ja.wikipedia.org`); null when none. */
function languageHost(target: string): string | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([a-z]{2,3}(?:-[a-z]{2,4})?)\.[^/.]+\.[^/]+/i.exec(target.trim());
  return host && isLanguage(host[1]!) ? host[1]!.toLowerCase() : null;
}

/**
 * True when the translation links to its readers' version of the English link's resource: another
 * language's site (`en.wikipedia.org/wiki/Span` → `ja.wikipedia.org/wiki/スパン`), or a page whose path
 * the translation wrote in its own script (a translated slug). A path that differs in Latin letters
 * (`/fr/docs/Web/API/Location` for `/en-US/docs/Web/API/Document`) names another page.
 */
function localized(want: Link, have: Link): boolean {
  const a = languageHost(want.target);
  const b = languageHost(have.target);
  if (a !== null && b !== null && a !== b) return true;
  let path = have.target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/s, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // Kept as written.
  }
  return NON_ASCII.test(path) && !NON_ASCII.test(want.target);
}

/**
 * The links of a translated block whose target names another page than the English block's link it
 * stands for: both blocks have as many links, and the links of each without the same page in the other
 * pair up in order (a link moved within the block is not a change; a link added or dropped is not a
 * changed target).
 */
function changedLinks(file: LocalizedFile, source: LocalizedFile, mine: readonly [number, number], theirs: readonly [number, number]): { want: Link; have: Link }[] {
  const english = comparedLinks(source, theirs);
  if (english.length === 0) return [];
  const translated = comparedLinks(file, mine);
  if (translated.length !== english.length) return [];
  const e = english.map((l) => pageOf(l.target));
  const t = translated.map((l) => pageOf(l.target));
  // Each English link matched with one translated link to the same page: in the same place first, then anywhere.
  const taken = new Uint8Array(t.length);
  const matched = new Uint8Array(e.length);
  for (let i = 0; i < e.length; i++) {
    if (!samePage(e[i]!, t[i]!)) continue;
    matched[i] = 1;
    taken[i] = 1;
  }
  for (let i = 0; i < e.length; i++) {
    if (matched[i]) continue;
    const j = t.findIndex((p, k) => !taken[k] && samePage(e[i]!, p));
    if (j === -1) continue;
    matched[i] = 1;
    taken[j] = 1;
  }
  const lost = english.filter((_, i) => !matched[i]);
  const added = translated.filter((_, j) => !taken[j]);
  if (lost.length === 0 || lost.length !== added.length) return [];
  const out: { want: Link; have: Link }[] = [];
  lost.forEach((want, k) => {
    const have = added[k]!;
    if (!localized(want, have)) out.push({ want, have });
  });
  return out;
}
