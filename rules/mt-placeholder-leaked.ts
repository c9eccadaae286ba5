// rules/mt-placeholder-leaked.ts: machine-translation placeholders (<c0>, {0}, [1], %s) left in a segment's translation.
import { originOf, pairsToCheck, relatedPair } from "../src/align/pairs.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { HAS_BRACE, HAS_LT, HAS_OPEN_BRACKET, HAS_PERCENT } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

/**
 * Tokens MT and CAT tools put in place of markup: numbered tags (`<c0>`, `</g1>`, `<x2/>`), XLIFF
 * inline elements with an id (`<ph id="1">`), numbered braces (`{0}`, `{{1}}`), numbered brackets
 * (`[0]`, but not the link text of `[2](step-2.md)` nor a reference `[t][1]`) and printf conversions (`%s`, `%1$d`).
 */
const PLACEHOLDER =
  /<\/?[a-z]{1,3}\d{1,3}[\t ]*\/?>|<\/?(?:x|g|ph|bpt|ept|bx|ex|it|mrk)[\t ]+[^<>]*?\bid[\t ]*=[^<>]*>|\{\{?\d{1,3}\}\}?|(?<!\])\[\d{1,3}\](?![([:])|%(?:\d\$)?[sd](?![\p{L}\p{N}])/giu;

/** `<h1>` … `<h6>` are HTML, not placeholders. */
const HEADING_TAG = /^<\/?h[1-6][\t ]*\/?>$/i;

/** A note a numbered marker refers to, at a line start: `\[1\]: …`, `**[1]**: …`, `[1]: …`. */
const NOTE = /^[ \t]*(?:>[ \t]*)*(?:\*\*|__)?\\?\[(\d{1,3})\\?\](?:\*\*|__)?:/gm;

/** The numbers of the notes a file writes out: `[1]` in its text then marks a footnote the author wrote, not a leaked tag. */
function notesOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes("]:") && !text.includes("]**:") && !text.includes("]__:")) return out;
  NOTE.lastIndex = 0;
  for (let m = NOTE.exec(text); m; m = NOTE.exec(text)) out.add(String(Number(m[1])));
  return out;
}

/** Characters without which a text holds no placeholder. */
const PLACEHOLDER_CHARS = HAS_LT | HAS_BRACE | HAS_OPEN_BRACKET | HAS_PERCENT;

export default defineRule({
  id: "mt-placeholder-leaked",
  description: "A segment's translation has no machine-translation placeholders (<c0>, {0}, [1], %s) that its English text lacks",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    let notes: Set<string> | null = null;
    for (let k = 0; k < segments.length; k++) {
      if ((masks[2 * k]! & PLACEHOLDER_CHARS) === 0) continue;
      const segment = segments[k]!;
      if (segment.alone) continue;
      const mine = placeholders(segment.translation);
      if (mine.length === 0) continue;
      // The English text may use the same token on purpose (a format string, an array index): then it is no leak.
      const english = new Map<string, number>();
      for (const p of placeholders(segment.source)) english.set(p.key, (english.get(p.key) ?? 0) + 1);
      let code: { start: number; end: number }[] | null = null;
      for (const p of mine) {
        const left = english.get(p.key) ?? 0;
        if (left > 0) {
          english.set(p.key, left - 1);
          continue;
        }
        if (p.token.charCodeAt(0) === 91) {
          notes ??= notesOf(file.text);
          if (notes.has(String(Number(p.token.slice(1, -1))))) continue;
        }
        code ??= segment.translation.includes("`") ? list.translation(k).code : [];
        if (code.some((c) => c.start <= p.offset && p.offset < c.end)) continue;
        const start = segment.translationOffset + p.offset;
        findings.push(
          findingAt(file, start, `Expected no machine-translation placeholder but found ${quote(p.token)}, which ${originOf(segment)} does not have`, {
            end: start + p.token.length,
            related: [relatedPair(file, segment)],
          }),
        );
      }
    }
    return findings;
  },
});

interface Placeholder {
  token: string;
  /** The token compared with the English text's: lower case, blanks removed. */
  key: string;
  offset: number;
}

function placeholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const token = m[0];
    if (token.charCodeAt(0) === 60 && HEADING_TAG.test(token)) continue;
    found.push({ token, key: token.toLowerCase().replace(/[\t ]+/g, ""), offset: m.index });
  }
  return found;
}
