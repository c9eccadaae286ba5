// rules/segment-code-mismatch.ts: each segment's translation keeps the inline code spans of its English text, untranslated.
import { fromSibling, originHas, originOf as pairOrigin, pairsToCheck, relatedInPair, relatedPair } from "../src/align/pairs.js";
import { type Drift, driftOf, sinceLabel } from "../src/align/drift.js";
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";
import { HAS_BACKTICK, type InlineCode, type InlineLink, type InlineScan, multisetDiff, type PairedSegment } from "../src/parse/inline.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { confidentPairs, sourceAlignment } from "../src/align/index.js";
import type { SiblingGroup } from "../src/shared/group.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-code-mismatch",
  description: "A segment's translation keeps the inline code spans of its English text, unchanged",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const { file, group } = context;
    const findings: RuleFinding[] = [];
    // Who the reference speaks for, in messages: for a plain translation's block the English changed since
    // the version the translation was made from, said so, as code-block-mismatch and block-changed do.
    let drift: Drift | null | undefined;
    const originOf = (segment: PairedSegment): string => {
      const origin = pairOrigin(segment);
      if (origin !== "the English source") return origin;
      drift ??= driftOf(context);
      const since = drift?.alignment.since;
      if (!drift || !since) return origin;
      const r = drift.alignment.referenceBlocks.findIndex((b) => b.start <= segment.sourceOffset && segment.sourceOffset < b.end);
      return r !== -1 && since.changed.has(r) ? `${origin} (changed${sinceLabel(drift)})` : origin;
    };
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & HAS_BACKTICK) === 0) continue;
      const segment = segments[k]!;
      if (segment.agreed === false) continue;
      const translation = list.translation(k);
      const source = list.source(k);
      // In a plain translation, a name's English plural is grammar, not code (`Tracers` in English,
      // `Tracer` in Japanese, which has no plural, or `` `Tracer`s ``): compared without it.
      const diff = multisetDiff(source.code, translation.code, segment.sourceFile ? (c) => plainKey(c.content) : (c) => c.content);
      // Code that is the whole text of a link is the link's label, which the translation may translate
      // when it keeps the link (the target is the invariant): `` [`Span`](/docs/spans) `` → `[スパン](/docs/spans)`.
      const labels = linkLabels(segment.source, source, diff.missing, translation);
      // In a plain translation, code naming a term that the English page defines under a heading of its
      // own, in plain words (`` `Log record` `` under "### Log record"), is that term: the translation may
      // write it as its own heading of that term does (`ログレコード` under "### ログレコード").
      const terms = segment.sourceFile && !fromSibling(segment) ? translatedTerms(file, group) : null;
      const asTerm = (c: InlineCode) => terms?.get(termKey(c.content))?.some((t) => writesTerm(segment.translation, translation, t)) === true;
      const missing = diff.missing.filter((c) => !labels.codes.has(c) && !asTerm(c));
      // In a plain translation, code formatting added to a term (`Baggage`) loses nothing; English code the translation lacks does.
      const unexpected = segment.sourceFile && missing.length === 0 ? [] : diff.unexpected.filter((c) => !labels.links.some((l) => l.start < c.start && c.end <= l.closer));
      if (missing.length === 0 && unexpected.length === 0) continue;
      const shown = (text: string, spans: InlineCode[]) => quoteList(spans.map((c) => text.slice(c.start, c.end)));
      const firstMissing = missing[0];
      const related = [
        firstMissing
          ? relatedInPair(file, segment, firstMissing.start, `${originHas(segment)} ${shown(segment.source, [firstMissing])}`)
          : relatedPair(file, segment),
      ];
      const first = unexpected[0];
      if (!first) {
        // Code the translation kept as plain text (`` `dotnet run` `` → «dotnet run») lost only its backticks: said so, at the text.
        const plain = missing.map((c) => plainOccurrence(segment.translation, translation, c.content));
        if (plain.every((at) => at !== -1)) {
          const message = `Expected code ${shown(segment.source, missing)} as in ${originOf(segment)} but found ${quoteList(missing.map((c) => c.content))} as plain text`;
          const start = segment.translationOffset + plain[0]!;
          findings.push(findingAt(file, start, message, { end: start + missing[0]!.content.length, related }));
          continue;
        }
        const message = `Expected code ${shown(segment.source, missing)} as in ${originOf(segment)} but found none`;
        findings.push(findingAt(file, segment.translationOffset, message, { related }));
        continue;
      }
      const found = shown(segment.translation, unexpected);
      const message =
        missing.length === 0
          ? `Expected only the code spans of ${originOf(segment)} but found ${found}`
          : `Expected code ${shown(segment.source, missing)} as in ${originOf(segment)} but found ${found}`;
      const start = segment.translationOffset + first.start;
      findings.push(findingAt(file, start, message, { end: segment.translationOffset + first.end, related }));
    }
    return findings;
  },
});

/**
 * Code as a plain translation is compared: without a final full stop, comma, colon or semicolon (the
 * sentence's, which the English put inside the backticks, `` `otel.` ``; a YAML key's, `traces:`), nor a
 * final quote mark that has no partner in the code (`` `parent-span"` ``); a name (letters and digits,
 * four or more) without a final plural `s`; a variable with an English ordinal suffix without it
 * (`` `Nth` ``, `` `2nd` ``: Japanese writes `N` 番目); a placeholder (`<HASH>`) as `<>`.
 */
function plainKey(code: string): string {
  // A placeholder the reader fills in (`<HASH>`, `<hash>`, `<ハッシュ>`) is one, as in code blocks.
  if (PLACEHOLDER.test(code)) return "<>";
  let bare = code.length > 1 && /[.,:;]$/.test(code) ? code.slice(0, -1) : code;
  const last = bare.at(-1);
  if (bare.length > 1 && (last === '"' || last === "'") && bare.indexOf(last) === bare.length - 1) bare = bare.slice(0, -1);
  const ordinal = /^([A-Za-z]|\d+)(?:st|nd|rd|th)$/.exec(bare);
  if (ordinal) return ordinal[1]!;
  return bare.length >= 4 && bare.endsWith("s") && /^[A-Za-z][A-Za-z0-9]+s$/.test(bare) ? bare.slice(0, -1) : bare;
}

/** Code that is only a placeholder in angle brackets: `<HASH>`, `<your-branch>`, `<チャートのパス>`. */
const PLACEHOLDER = /^<[\p{L}\p{N}_][\p{L}\p{N}_ .-]*>$/u;

/**
 * The `missing` code spans that are the whole text of an inline link of the English (`` [`Span`](x) ``)
 * whose target a link of the translation keeps (`codes`), and those links of the translation (`links`),
 * each standing for one English link.
 */
function linkLabels(text: string, source: InlineScan, missing: InlineCode[], translation: InlineScan): { codes: Set<InlineCode>; links: InlineLink[] } {
  const labels = new Set<InlineCode>();
  const used: InlineLink[] = [];
  if (missing.length === 0 || source.links.length === 0 || translation.links.length === 0) return { codes: labels, links: used };
  for (const code of missing) {
    const link = source.links.find((l) => l.kind === "inline" && l.flaws === 0 && l.closer > code.start && l.start < code.start && l.text?.trim() === text.slice(code.start, code.end));
    if (!link) continue;
    const kept = translation.links.find((l) => l.kind === "inline" && !used.includes(l) && l.target === link.target);
    if (!kept) continue;
    used.push(kept);
    labels.add(code);
  }
  return { codes: labels, links: used };
}

/** Offset of `content` in `text` outside its code spans, as a whole word (see {@link wholeWordAt}), or -1. */
function plainOccurrence(text: string, scan: InlineScan, content: string): number {
  if (content === "") return -1;
  for (let at = text.indexOf(content); at !== -1; at = text.indexOf(content, at + 1)) {
    const end = at + content.length;
    if (scan.code.some((c) => c.start < end && at < c.end)) continue;
    if (wholeWordAt(text, at, end)) return at;
  }
  return -1;
}

const WORD = /[\p{L}\p{N}_]/u;
/** Scripts written without blanks between words (Chinese, Japanese): a word there may touch another. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * True when `text.slice(at, end)` is no part of a longer word: no letter, digit or `_` joined to it,
 * unless either is written without blanks (Japanese, Chinese); an `_` with no word beyond it is
 * emphasis (`_Exporters_`), not part of a name.
 */
function wholeWordAt(text: string, at: number, end: number): boolean {
  const joined = (inner: string, outer: string | undefined, beyond: string | undefined) =>
    outer !== undefined && WORD.test(inner) && WORD.test(outer) && !UNSPACED.test(inner) && !UNSPACED.test(outer) && (outer !== "_" || (beyond !== undefined && WORD.test(beyond)));
  return !joined(text[at]!, text[at - 1], text[at - 2]) && !joined(text[end - 1]!, text[end], text[end + 1]);
}

const termCache = new WeakMap<LocalizedFile, Map<string, string[]>>();

/**
 * The terms the English source defines under headings of their own, each with how the translation's
 * heading aligned with it writes it (in lower case): "Log record" → ["ログレコード"]. A term is a heading
 * in plain words, the first capitalized, each either in lower case or capitalized (no code, link,
 * markup, digit, acronym or camel-case name), four at most, keyed by {@link termKey}.
 */
function translatedTerms(file: LocalizedFile, group: SiblingGroup): Map<string, string[]> {
  let terms = termCache.get(file);
  if (terms) return terms;
  const found = new Map<string, string[]>();
  terms = found;
  const add = (english: string, translated: string) => {
    if (!/^\p{Lu}\p{Ll}*(?:[ '-]\p{L}\p{Ll}*){0,3}$/u.test(english) || translated === "") return;
    const key = termKey(english);
    const list = found.get(key);
    if (list) list.push(translated.toLowerCase());
    else found.set(key, [translated.toLowerCase()]);
  };
  const alignment = sourceAlignment(file, group);
  if (alignment) {
    // Headings paired by alignment, and those whose explicit id is the English heading's anchor (a glossary sorted anew in the translation's language).
    for (const [t, r] of confidentPairs(alignment)) {
      const mine = alignment.blocks[t]!;
      const theirs = alignment.referenceBlocks[r]!;
      if (mine.kind === "heading" && theirs.kind === "heading") add(headingText(alignment.reference.text.slice(theirs.start, theirs.end)), headingText(file.text.slice(mine.start, mine.end)));
    }
    const english = new Map(alignment.reference.markdown.structure.headings.map((h) => [h.slug, h.raw]));
    for (const heading of file.markdown.structure.headings) {
      const raw = heading.id === undefined ? undefined : english.get(heading.id);
      if (raw !== undefined) add(raw.replace(/\s+#+$/, "").trim(), heading.raw.replace(/\s+#+$/, "").trim());
    }
  }
  termCache.set(file, terms);
  return terms;
}

/** A heading block's text: its first line without the `#` marks, a closing `#` run or an `{#id}` attribute block. */
function headingText(block: string): string {
  const line = block.split("\n", 1)[0]!;
  return line
    .replace(/^\s{0,3}#{1,6}(?=\s|$)/, "")
    .replace(/\s*\{[^}]*\}\s*$/, "")
    .replace(/\s+#+\s*$/, "")
    .trim();
}

/** True when the translation writes `term` (a heading's text, lower case) as code of its own or as a word of its text (a plural `s` aside). */
function writesTerm(text: string, scan: InlineScan, term: string): boolean {
  if (scan.code.some((c) => c.content.toLowerCase() === term)) return true;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
    const end = at + term.length;
    if (wholeWordAt(lower, at, end) || (lower[end] === "s" && wholeWordAt(lower, at, end + 1))) return true;
  }
  return false;
}

/** A term as headings and code are matched: in its case, blanks made one, its last word without a plural `s` (`Log records`). */
function termKey(text: string): string {
  const term = text.trim().replace(/\s+/g, " ").replace(/[.,:;]$/, "");
  return /\p{L}{3}s$/u.test(term) ? term.slice(0, -1) : term;
}
