// rules/segment-code-mismatch.ts: each segment's translation keeps the inline code spans of its English text, untranslated.
import { fromSibling, originHas, originOf, pairsToCheck, relatedInPair, relatedPair } from "../src/align/pairs.js";
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";
import { HAS_BACKTICK, type InlineCode, type InlineLink, type InlineScan, multisetDiff } from "../src/parse/inline.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-code-mismatch",
  description: "A segment's translation keeps the inline code spans of its English text, unchanged",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
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
      // own, in plain words (`` `Log record` `` under "### Log record") is that term, which the page translates.
      const terms = segment.sourceFile && !fromSibling(segment) ? headingTerms(segment.sourceFile) : null;
      const missing = diff.missing.filter((c) => !labels.codes.has(c) && !terms?.has(termKey(c.content)));
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
 * (`` `Nth` ``, `` `2nd` ``: Japanese writes `N` 番目).
 */
function plainKey(code: string): string {
  let bare = code.length > 1 && /[.,:;]$/.test(code) ? code.slice(0, -1) : code;
  const last = bare.at(-1);
  if (bare.length > 1 && (last === '"' || last === "'") && bare.indexOf(last) === bare.length - 1) bare = bare.slice(0, -1);
  const ordinal = /^([A-Za-z]|\d+)(?:st|nd|rd|th)$/.exec(bare);
  if (ordinal) return ordinal[1]!;
  return bare.length >= 4 && bare.endsWith("s") && /^[A-Za-z][A-Za-z0-9]+s$/.test(bare) ? bare.slice(0, -1) : bare;
}

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

/** Offset of `content` in `text` outside its code spans, as a whole word (no letter, digit or `_` joined to it), or -1. */
function plainOccurrence(text: string, scan: InlineScan, content: string): number {
  if (content === "") return -1;
  const word = /[\p{L}\p{N}_]/u;
  for (let at = text.indexOf(content); at !== -1; at = text.indexOf(content, at + 1)) {
    const end = at + content.length;
    if (scan.code.some((c) => c.start < end && at < c.end)) continue;
    if (word.test(content[0]!) && at > 0 && word.test(text[at - 1]!)) continue;
    if (word.test(content.at(-1)!) && end < text.length && word.test(text[end]!)) continue;
    return at;
  }
  return -1;
}

const termCache = new WeakMap<LocalizedFile, Set<string>>();

/**
 * The terms an English page defines under headings of their own: headings in plain words (letters,
 * blanks, hyphens, apostrophes; no code, link, markup, digit or camel-case name), keyed by {@link termKey}.
 */
function headingTerms(file: LocalizedFile): Set<string> {
  let terms = termCache.get(file);
  if (!terms) {
    terms = new Set();
    for (const heading of file.markdown.structure.headings) {
      const text = heading.raw.replace(/\s+#+$/, "").trim();
      if (/^\p{L}[\p{L} '-]*$/u.test(text) && !/\p{Ll}\p{Lu}/u.test(text) && text.split(" ").length <= 4) terms.add(termKey(text));
    }
    termCache.set(file, terms);
  }
  return terms;
}

/** A term as headings and code are matched: in lower case, blanks made one, its last word without a plural `s` (`Log records`). */
function termKey(text: string): string {
  const term = text.trim().replace(/\s+/g, " ").replace(/[.,:;]$/, "").toLowerCase();
  return /\p{L}{3}s$/u.test(term) ? term.slice(0, -1) : term;
}
