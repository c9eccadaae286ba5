// rules/span-id-mismatch.ts: a side-by-side file has the same segment numbers as its same-version siblings.
import type { LocalizedFile } from "../src/parse/file.js";
import type { Segment } from "../src/parse/model.js";
import { localeList } from "../src/shared/group.js";
import { segmentsByNumber, segmentVotes, type SegmentVotes } from "../src/shared/segment-votes.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

type Status = "ok" | "missing" | "extra";

export default defineRule({
  id: "span-id-mismatch",
  description: "A side-by-side file has the same segment numbers as the siblings translated from the same English version",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const votes = segmentVotes(group, file);
    if (!votes) return [];
    const mine = segmentsByNumber(file);
    // Fast path: every number the file has is held by all voters, and the file has them all.
    if (mine.size === votes.counts.size) {
      let all = true;
      for (const n of mine.keys()) {
        if (votes.counts.get(n) !== votes.voters.length) {
          all = false;
          break;
        }
      }
      if (all) return [];
    }

    // The numbers that matter, in order: the file's own and those the majority has.
    const numbers: number[] = [];
    for (const n of votes.counts.keys()) if (mine.has(n) || votes.expects(n)) numbers.push(n);
    numbers.sort((a, b) => a - b);
    const status = numbers.map((n): Status => (mine.has(n) ? (votes.rejects(n) ? "extra" : "ok") : "missing"));

    const findings: RuleFinding[] = [];
    for (let i = 0; i < numbers.length; i++) {
      const kind = status[i]!;
      if (kind === "ok") continue;
      let j = i;
      while (j + 1 < numbers.length && status[j + 1] === kind) j++;
      const run = numbers.slice(i, j + 1);
      if (kind === "extra") findings.push(extra(file, votes, mine, run));
      else if (!droppedWithStructure(file, votes, run)) findings.push(missing(file, votes, mine, run, numbers, status, i, j));
      i = j;
    }
    return findings;
  },
});

function extra(file: LocalizedFile, votes: SegmentVotes, mine: Map<number, Segment>, run: number[]): RuleFinding {
  const first = mine.get(run[0]!)!;
  const last = mine.get(run[run.length - 1]!)!;
  const lacking = votes.voters.filter((f) => f !== file && !segmentsByNumber(f).has(run[0]!));
  const found = run.length === 1 ? quote(first.id) : `${run.length} (${quote(first.id)} to ${quote(last.id)})`;
  const message = `Expected no segment${run.length === 1 ? "" : "s"} numbered ${describeNumbers(run)} as in ${localeList(lacking)} but found ${found}`;
  const witness = lacking[0]!;
  const next = nextSegment(segmentsByNumber(witness), run[run.length - 1]!);
  const related = next
    ? [relatedAt(witness, next.start, `${witness.locale} goes on with ${quote(next.id)}`)]
    : [relatedAt(witness, witness.bodyStart, `${witness.locale} has no segment numbered ${run[0]}`)];
  return findingAt(file, first.start, message, { end: first.translationOffset, related });
}

function missing(
  file: LocalizedFile,
  votes: SegmentVotes,
  mine: Map<number, Segment>,
  run: number[],
  numbers: number[],
  status: Status[],
  i: number,
  j: number,
): RuleFinding {
  const having = votes.voters.filter((f) => f !== file && segmentsByNumber(f).has(run[0]!));
  const message = `Expected segment${run.length === 1 ? "" : "s"} numbered ${describeNumbers(run)} as in ${localeList(having)} but found none`;
  // At the file's segment right after the gap; at the one before it when the gap ends the file.
  let at: Segment | undefined;
  for (let k = j + 1; k < numbers.length && !at; k++) if (status[k] !== "missing") at = mine.get(numbers[k]!);
  for (let k = i - 1; k >= 0 && !at; k--) if (status[k] !== "missing") at = mine.get(numbers[k]!);
  at ??= file.segments.segments[0]!;
  const witness = having[0]!;
  const theirs = segmentsByNumber(witness).get(run[0]!)!;
  return findingAt(file, at.start, message, {
    end: at.translationOffset,
    related: [relatedAt(witness, theirs.start, `${witness.locale} has ${quote(theirs.id)}`)],
  });
}

const STRUCTURAL_LINE = /^[ \t>]*(?:\||[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t])/;

/**
 * True when the missing segments went with whole table rows, list items or headings: in a sibling
 * that has them, every line holding one is such a line and has no segment this file kept, and the
 * file's table rows, list items or headings differ in number from that sibling's. The content was
 * dropped, not the segment markup: structure-mismatch reports it, once, where the structure changes.
 */
function droppedWithStructure(file: LocalizedFile, votes: SegmentVotes, run: number[]): boolean {
  const witness = votes.voters.find((f) => f !== file && run.every((n) => segmentsByNumber(f).has(n)));
  if (!witness || witness.kind !== "markdown" || file.kind !== "markdown") return false;
  const theirs = segmentsByNumber(witness);
  const mine = segmentsByNumber(file);
  const lines = new Set(run.map((n) => witness.positionAt(theirs.get(n)!.start).line));
  for (const [n, s] of theirs) {
    if (mine.has(n) && lines.has(witness.positionAt(s.start).line)) return false;
  }
  const starts = witness.lines.starts;
  for (const line of lines) {
    const from = starts[line - 1] ?? 0;
    const to = starts[line] ?? witness.text.length;
    if (!STRUCTURAL_LINE.test(witness.text.slice(from, to))) return false;
  }
  const a = file.markdown.structure;
  const b = witness.markdown.structure;
  const rows = (t: typeof a.tables) => t.reduce((sum, table) => sum + table.rows, 0);
  return rows(a.tables) !== rows(b.tables) || a.listItems !== b.listItems || a.headings.length !== b.headings.length;
}

/** The segment with the smallest number above `n`. */
function nextSegment(segments: Map<number, Segment>, n: number): Segment | undefined {
  let best: Segment | undefined;
  for (const [k, s] of segments) if (k > n && (!best || k < best.number!)) best = s;
  return best;
}

/** `107`, `107 to 109` (consecutive), `107, 109 and 111`, or `107 to 131 (12 numbers)`. */
function describeNumbers(run: number[]): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length === 1) return String(first);
  if (last - first === run.length - 1) return `${first} to ${last}`;
  if (run.length <= 4) return `${run.slice(0, -1).join(", ")} and ${last}`;
  return `${first} to ${last} (${run.length} numbers)`;
}
