// rules/span-source-mismatch.ts: each segment's English lookup text equals the same-version siblings' for that number.
import { localeList } from "../src/shared/group.js";
import { segmentsByNumber, segmentVotes } from "../src/shared/segment-votes.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

interface Options {
  /** Report English texts that differ only in whitespace. */
  whitespace: boolean;
  /** Report English texts with the same words and different markup (emphasis, where a segment was cut around a link). */
  markup: boolean;
}

export default defineRule<Options>({
  id: "span-source-mismatch",
  description: "Each segment's English source text equals the one the siblings of the same English version have for that number",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { whitespace: false, markup: false },
  validateOptions(options) {
    for (const key of ["whitespace", "markup"]) {
      if (options[key] !== undefined && typeof options[key] !== "boolean") return `"${key}" must be true or false`;
    }
    return null;
  },
  check({ file, group, options }) {
    const votes = segmentVotes(group, file);
    if (!votes) return [];
    const findings: RuleFinding[] = [];
    const mine = segmentsByNumber(file);
    for (const { number, expected } of votes.sourceDeviations(file)) {
      const s = mine.get(number)!;
      if (s.source === null || s.sourceOffset === null) continue;
      const others = votes.holding(number, expected, file);
      const witness = others[0]!;
      const theirs = segmentsByNumber(witness).get(number)!;
      const d = describeDifference(s.source, expected);
      // Nothing a reader or translator would do differently: reported only when asked for.
      if ((d.kind === "whitespace only" && !options.whitespace) || (d.kind === "same words, different markup" && !options.markup)) continue;
      findings.push(
        findingAt(file, s.sourceOffset, `Expected English source ${d.expected} in segment ${quote(s.id)} as in ${localeList(others)} but found ${d.found} (${d.kind})`, {
          end: s.sourceOffset + s.source.length,
          related: [relatedAt(witness, theirs.sourceOffset ?? theirs.start, `${witness.locale} has ${d.expected}`)],
        }),
      );
    }
    return findings;
  },
});

export interface Difference {
  kind: "whitespace only" | "same words, different markup" | "different words";
  /** Quoted excerpts around the first difference. */
  expected: string;
  found: string;
}

/** How `found` differs from `expected`, with short quoted excerpts of the differing part. */
export function describeDifference(found: string, expected: string): Difference {
  let kind: Difference["kind"] = "different words";
  if (squeeze(found) === squeeze(expected)) kind = "whitespace only";
  else if (squeeze(words(found)) === squeeze(words(expected))) kind = "same words, different markup";
  const [a, b] = excerpts(found, expected);
  return { kind, found: a, expected: b };
}

const WHITESPACE = /\s+/g;
const squeeze = (text: string) => text.replace(WHITESPACE, "");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'", "#160": " " };

/** The words a reader sees: without HTML tags, link destinations, emphasis, code ticks, escapes and entities. */
function words(text: string): string {
  return text
    .replace(/<[^<>]*>/g, " ")
    .replace(/\]\([^()\s]*(?:\s+"[^"]*")?\)/g, " ")
    .replace(/\]\[[^\]]*\]/g, " ")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#160);/g, (_m, name: string) => ENTITIES[name] ?? " ")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[*_`[\]~]/g, " ");
}

const CONTEXT = 16;
const MAX_PART = 60;

/** Quoted excerpts of `a` and `b` around their first difference, widened to whole words, cut ends marked "…". */
function excerpts(a: string, b: string): [string, string] {
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  // Both texts are equal before `start`: one `from` serves both.
  let from = Math.max(0, start - CONTEXT);
  if (from > 0) {
    const space = a.lastIndexOf(" ", from);
    if (space !== -1 && space >= from - CONTEXT) from = space + 1;
  }
  return [cut(a, from, endA), cut(b, from, endB)];
}

function cut(text: string, from: number, end: number): string {
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length) {
    const space = text.indexOf(" ", to);
    if (space !== -1 && space <= to + CONTEXT) to = space;
  }
  let part = text.slice(from, to);
  let tail = to < text.length;
  if (part.length > MAX_PART) {
    const space = part.lastIndexOf(" ", MAX_PART);
    part = part.slice(0, space > MAX_PART / 2 ? space : MAX_PART);
    tail = true;
  }
  return JSON.stringify(`${from > 0 ? "…" : ""}${part}${tail ? "…" : ""}`);
}
