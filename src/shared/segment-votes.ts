// Shared by the segment rules: segments by number, code filtering, and what same-version siblings agree on.
import type { LocalizedFile } from "../parse/file.js";
import type { Segment } from "../parse/model.js";
import type { SiblingGroup } from "./group.js";

// ---- One file ---------------------------------------------------------------------------------

const byNumberCache = new WeakMap<LocalizedFile, Map<number, Segment>>();

/** The file's segments by number (the first one of each number; malformed ids left out). Built once per file. */
export function segmentsByNumber(file: LocalizedFile): Map<number, Segment> {
  let map = byNumberCache.get(file);
  if (!map) {
    map = new Map();
    for (const s of file.segments.segments) {
      if (s.number !== null && !map.has(s.number)) map.set(s.number, s);
    }
    byNumberCache.set(file, map);
  }
  return map;
}

/** Whether the file has side-by-side segments at all. */
export function isSideBySide(file: LocalizedFile): boolean {
  return !file.unreadable && file.segments.segments.length > 0;
}

/**
 * A test for "this offset is inside code" (fenced or indented blocks, inline code spans), for items
 * visited in increasing offset order: each call may only move forward. Code is not prose: segment markup
 * shown there is an example.
 */
export function codeTester(file: LocalizedFile): (offset: number) => boolean {
  // A YAML file read as Markdown would take its indented maps for code blocks.
  if (file.kind === "yaml") return () => false;
  const ranges = file.markdown.codeRanges;
  if (ranges.length === 0) return () => false;
  const sorted = isSorted(ranges) ? ranges : [...ranges].sort((a, b) => a[0] - b[0]);
  let r = 0;
  let last = -1;
  return (offset) => {
    if (offset < last) r = 0;
    last = offset;
    while (r < sorted.length && sorted[r]![1] <= offset) r++;
    const range = sorted[r];
    return range !== undefined && range[0] <= offset && offset < range[1];
  };
}

function isSorted(ranges: [number, number][]): boolean {
  for (let i = 1; i < ranges.length; i++) if (ranges[i]![0] < ranges[i - 1]![0]) return false;
  return true;
}

// ---- Same-version siblings ---------------------------------------------------------------------

/** A segment whose English source differs from what most voters having its number share. */
export interface SourceDeviation {
  number: number;
  /** The text a strict majority of the voters having the number share (the checked file included). */
  expected: string;
}

/**
 * What the side-by-side files translated from one English version (same `ms.openlocfilehash`) say about
 * their segments. Every count includes every voter, the checked file too, so a strict majority is the
 * same for each of them.
 */
export class SegmentVotes {
  /** Side-by-side files of the version, in the group's (locale) order. */
  readonly voters: LocalizedFile[];
  /** Segment number → how many voters have it. */
  readonly counts = new Map<number, number>();
  private deviations: Map<LocalizedFile, SourceDeviation[]> | undefined;

  constructor(voters: LocalizedFile[]) {
    this.voters = voters;
    for (const f of voters) {
      for (const n of segmentsByNumber(f).keys()) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
    }
  }

  /** True when a strict majority of the voters have segment `n`. */
  expects(n: number): boolean {
    return (this.counts.get(n) ?? 0) * 2 > this.voters.length;
  }

  /** True when a strict majority of the voters lack segment `n`. */
  rejects(n: number): boolean {
    return (this.voters.length - (this.counts.get(n) ?? 0)) * 2 > this.voters.length;
  }

  /**
   * The segments of `file` whose English source differs from the text a strict majority of the voters
   * having that number share, by number. Worked out for every voter at once, on first use.
   */
  sourceDeviations(file: LocalizedFile): SourceDeviation[] {
    this.deviations ??= this.findDeviations();
    return this.deviations.get(file) ?? [];
  }

  /** The voters other than `file` whose segment `n` has the English source `value`. */
  holding(n: number, value: string, file: LocalizedFile): LocalizedFile[] {
    return this.voters.filter((f) => f !== file && segmentsByNumber(f).get(n)?.source === value);
  }

  private findDeviations(): Map<LocalizedFile, SourceDeviation[]> {
    const deviations = new Map<LocalizedFile, SourceDeviation[]>();
    const maps = this.voters.map(segmentsByNumber);
    for (const n of this.counts.keys()) {
      // Nearly always every copy is the same text: one pass of comparisons, nothing allocated.
      let first: string | null = null;
      let have = 0;
      let same = true;
      for (const map of maps) {
        const source = map.get(n)?.source;
        if (source === undefined || source === null) continue;
        have++;
        if (first === null) first = source;
        else if (same && source !== first) same = false;
      }
      if (same || have < 3) continue;
      const counts = new Map<string, number>();
      for (const map of maps) {
        const source = map.get(n)?.source;
        if (source !== undefined && source !== null) counts.set(source, (counts.get(source) ?? 0) + 1);
      }
      let expected: string | null = null;
      for (const [value, count] of counts) if (count * 2 > have) expected = value;
      if (expected === null) continue;
      maps.forEach((map, i) => {
        const source = map.get(n)?.source;
        if (source === undefined || source === null || source === expected) return;
        const file = this.voters[i]!;
        const list = deviations.get(file);
        if (list) list.push({ number: n, expected: expected! });
        else deviations.set(file, [{ number: n, expected: expected! }]);
      });
    }
    return deviations;
  }
}

const votesCache = new WeakMap<SiblingGroup, Map<string, SegmentVotes>>();

/**
 * The votes of the side-by-side files sharing `file`'s `ms.openlocfilehash`, built once per group and
 * version. Null when the file itself is not side by side, has no hash, or no other file of its version
 * is side by side.
 */
export function segmentVotes(group: SiblingGroup, file: LocalizedFile): SegmentVotes | null {
  const hash = file.openlocfilehash;
  if (!hash || !isSideBySide(file)) return null;
  let byHash = votesCache.get(group);
  if (!byHash) {
    byHash = new Map();
    votesCache.set(group, byHash);
  }
  let votes = byHash.get(hash);
  if (!votes) {
    votes = new SegmentVotes(group.localized.filter((f) => f.openlocfilehash === hash && isSideBySide(f)));
    byHash.set(hash, votes);
  }
  return votes.voters.length > 1 && votes.voters.includes(file) ? votes : null;
}
