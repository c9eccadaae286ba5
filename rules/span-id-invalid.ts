// rules/span-id-invalid.ts: segment ids are well formed, share one prefix, and number the segments uniquely and in order.
import type { LocalizedFile } from "../src/parse/file.js";
import type { Segment } from "../src/parse/model.js";
import { codeTester } from "../src/shared/segment-votes.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";
import { pushAll } from "../src/shared/arrays.js";

/** `<prefix>-<number>`: the prefix letters and digits (sxs tools write 5 hex digits), the number digits. */
const WELL_FORMED = /^[0-9A-Za-z]+-[0-9]+$/;
const WELL_FORMED_PREFIX = /^[0-9A-Za-z]+$/;

export default defineRule({
  id: "span-id-invalid",
  description: "Segment ids are well formed (prefix-number), share one prefix per file, and their numbers are unique and increasing",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    const all = file.segments.segments;
    if (all.length === 0 || wellNumbered(all)) return [];
    const findings: RuleFinding[] = [];
    const inCode = codeTester(file);
    const valid: Segment[] = [];
    /** Malformed segments with the number of the last well-formed one before them (0 when none). */
    const malformed: [Segment, number][] = [];
    const prefixCounts = new Map<string, number>();
    let lastNumber = 0;
    for (const s of all) {
      if (inCode(s.start)) continue;
      if (s.number === null || s.prefix === null || !WELL_FORMED.test(s.id)) {
        malformed.push([s, lastNumber]);
        continue;
      }
      valid.push(s);
      lastNumber = s.number;
      prefixCounts.set(s.prefix, (prefixCounts.get(s.prefix) ?? 0) + 1);
    }
    const main = mainPrefix(prefixCounts);

    for (const [s, before] of malformed) {
      const example = `${main ?? "8c2f1"}-${before ? before + 1 : 101}`;
      const offset = idOffset(file, s);
      findings.push(
        findingAt(file, offset, `Expected a segment id such as ${quote(example)} (a prefix of letters and digits, "-" and a number) but found ${quote(s.id)}`, {
          end: idEnd(file, offset, s.id),
        }),
      );
    }
    if (main === null) return findings;

    // Runs of segments that carry another prefix than the file's (pasted from another file, usually).
    const own: Segment[] = [];
    for (let i = 0; i < valid.length; i++) {
      const s = valid[i]!;
      if (s.prefix === main) {
        own.push(s);
        continue;
      }
      let j = i;
      while (j + 1 < valid.length && valid[j + 1]!.prefix === s.prefix) j++;
      const count = j - i + 1;
      const offset = idOffset(file, s);
      const others = prefixCounts.get(main)!;
      const found = count === 1 ? `${quote(s.prefix)} in ${quote(s.id)}` : `${quote(s.prefix)} in ${count} segments (${quote(s.id)} to ${quote(valid[j]!.id)})`;
      findings.push(
        findingAt(file, offset, `Expected segment id prefix ${quote(main)} as in the file's other ${others} segment${others === 1 ? "" : "s"} but found ${found}`, {
          end: idEnd(file, offset, s.id),
        }),
      );
      i = j;
    }

    // Duplicates: reported at the second (and later) copy.
    const first = new Map<number, Segment>();
    const ordered: Segment[] = [];
    for (const s of own) {
      const earlier = first.get(s.number!);
      if (!earlier) {
        first.set(s.number!, s);
        ordered.push(s);
        continue;
      }
      const offset = idOffset(file, s);
      const { line } = file.positionAt(earlier.start);
      findings.push(
        findingAt(file, offset, `Expected each segment id once but found ${quote(s.id)} again (first on line ${line})`, {
          end: idEnd(file, offset, s.id),
          related: [relatedAt(file, idOffset(file, earlier), `first ${quote(earlier.id)}`)],
        }),
      );
    }

    pushAll(findings, outOfOrder(file, ordered));
    return findings;
  },
});

/** Fast path for the usual file: every id well formed, one prefix, numbers increasing. */
function wellNumbered(segments: Segment[]): boolean {
  const prefix = segments[0]!.prefix;
  // A non-null number means the id is "<prefix>-<digits>": with one prefix, one test of it covers all.
  if (prefix === null || !WELL_FORMED_PREFIX.test(prefix)) return false;
  let last = -1;
  for (const s of segments) {
    if (s.number === null || s.number <= last || s.prefix !== prefix) return false;
    last = s.number;
  }
  return true;
}

/** The most common prefix; on a tie, the one that comes first in the file. Null when there is none. */
function mainPrefix(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount) {
      best = prefix;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Segments out of numeric order, one finding per run: the segments off the longest increasing
 * sequence are the ones that moved, so a single stray number does not make every later one wrong.
 */
function outOfOrder(file: LocalizedFile, segments: Segment[]): RuleFinding[] {
  let sorted = true;
  for (let i = 1; i < segments.length && sorted; i++) sorted = segments[i]!.number! > segments[i - 1]!.number!;
  if (sorted) return [];
  const inSequence = longestIncreasing(segments.map((s) => s.number!));
  const findings: RuleFinding[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (inSequence[i]) continue;
    let j = i;
    while (j + 1 < segments.length && !inSequence[j + 1]) j++;
    const s = segments[i]!;
    // The neighbours on the sequence: the run sits between them, and is below the one or above the other.
    const before = i > 0 ? segments[i - 1] : undefined;
    const after = j + 1 < segments.length ? segments[j + 1] : undefined;
    const found = i === j ? quote(s.id) : `${j - i + 1} segments from ${quote(s.id)} to ${quote(segments[j]!.id)}`;
    const where = before && s.number! < before.number! ? `after ${quote(before.id)}` : after ? `before ${quote(after.id)}` : `after ${quote(before!.id)}`;
    const offset = idOffset(file, s);
    findings.push(findingAt(file, offset, `Expected segment numbers to increase in document order but found ${found} ${where}`, { end: idEnd(file, offset, s.id) }));
    i = j;
  }
  return findings;
}

/** Flags (true = kept) of one longest strictly increasing subsequence, O(n log n). */
function longestIncreasing(values: number[]): boolean[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Array<boolean>(values.length).fill(false);
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = previous[k]!) kept[k] = true;
  return kept;
}

const ID_ATTRIBUTE = /data-ttu-id[\t\n\f\r ]*=[\t\n\f\r ]*\\?["']?/i;

/** Offset of the id's value in the segment's opening tag (the tag itself when the attribute is odd). */
/**
 * The offset after an id as written at `offset`: the parser reads a line break inside an attribute
 * value ("\r\n", "\r") as "\n", so in a CRLF file the id is longer as written than as read.
 */
function idEnd(file: LocalizedFile, offset: number, id: string): number {
  const text = file.text;
  let k = offset;
  for (let i = 0; i < id.length && k < text.length; i++) {
    if (id.charCodeAt(i) === 10 && text.charCodeAt(k) === 13) k += text.charCodeAt(k + 1) === 10 ? 2 : 1;
    else k++;
  }
  return k;
}

function idOffset(file: LocalizedFile, s: Segment): number {
  const match = ID_ATTRIBUTE.exec(file.text.slice(s.start, s.translationOffset));
  return match ? s.start + match.index + match[0].length : s.start;
}
