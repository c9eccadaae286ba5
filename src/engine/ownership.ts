// One defect, one finding: where several rules see the same defect at the same place, the rule that owns it reports it.
import type { Finding } from "../types.js";

/**
 * Chains of rules that can report one defect at overlapping places, most specific first. A finding is
 * dropped when a rule earlier in its chain reported a finding whose range overlaps it in the same file:
 * a link written with `\` is link-backslash's, not also a mismatch with the English link; an invalid
 * date is metadata-date-invalid's, not also a metadata difference. A rule that is off owns nothing,
 * so the next one in the chain reports the defect.
 */
export const OWNERSHIP: readonly (readonly string[])[] = [
  [
    // How a link is written (fixable, exact), then what it should be (the segment's English link), then
    // what is broken about it, then the whole file's link list compared with the reference.
    "link-backslash",
    "link-target-case",
    "link-extension-mismatch",
    "segment-link-mismatch",
    "link-target-missing",
    "link-fragment-unresolved",
    "link-target-mismatch",
  ],
  ["docs-marker-damaged", "structure-mismatch"],
  // Siblings naming one commit with two hashes: a corrupt hash, not an older version.
  ["handoff-mismatch", "openlocfilehash-mismatch"],
  ["metadata-date-invalid", "contentlocale-mismatch", "metadata-mismatch"],
  ["span-pairing", "span-id-invalid", "span-id-mismatch", "span-source-mismatch"],
];

const rank = new Map<string, [chain: number, position: number]>();
OWNERSHIP.forEach((chain, c) => chain.forEach((id, p) => rank.set(id, [c, p])));

/** `findings` of one file without those a rule earlier in the same ownership chain reported at an overlapping range. */
export function dropOwnedFindings(findings: Finding[]): Finding[] {
  let chained = 0;
  for (const f of findings) if (rank.has(f.ruleId)) chained++;
  if (chained < 2) return findings;
  const dropped = new Set<Finding>();
  // Chain → position in the chain → that rule's findings.
  const byChain = new Map<number, Map<number, Finding[]>>();
  for (const f of findings) {
    const r = rank.get(f.ruleId);
    if (!r) continue;
    let rules = byChain.get(r[0]);
    if (!rules) byChain.set(r[0], (rules = new Map()));
    const list = rules.get(r[1]);
    if (list) list.push(f);
    else rules.set(r[1], [f]);
  }
  for (const rules of byChain.values()) {
    if (rules.size < 2) continue;
    // Rule by rule down the chain, each finding is checked against the kept findings of the rules before it,
    // sorted by start with the furthest end so far: a binary search per finding, never a pair of findings
    // each (a page of 10,000 unresolved links took 7 s in this step alone).
    const owners: Span[] = [];
    for (const position of [...rules.keys()].sort((a, b) => a - b)) {
      const list = rules.get(position)!;
      if (owners.length > 0) {
        const reach = furthestEnds(owners);
        for (const f of list) if (ownedBy(owners, reach, span(f))) dropped.add(f);
      }
      for (const f of list) if (!dropped.has(f)) owners.push(span(f));
      owners.sort((a, b) => a.start - b.start);
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

/**
 * A finding's range as numbers, `[start, end)`. A point (no end) covers its one position, so it overlaps a
 * range that contains it or starts at it, and another point at the same place.
 */
interface Span {
  start: number;
  end: number;
}

function span(f: Finding): Span {
  const start = f.line * 1e7 + f.column;
  const end = f.endLine !== undefined ? f.endLine * 1e7 + (f.endColumn ?? f.column) : start;
  return { start, end: Math.max(end, start + 1) };
}

/** For each owner (sorted by start), the furthest end among it and those before it. */
function furthestEnds(owners: Span[]): number[] {
  const reach: number[] = new Array<number>(owners.length);
  let max = -Infinity;
  for (let k = 0; k < owners.length; k++) reach[k] = max = Math.max(max, owners[k]!.end);
  return reach;
}

/** True when an owner overlaps `s`: one starting before `s` ends whose range reaches past `s`'s start. */
function ownedBy(owners: Span[], reach: number[], s: Span): boolean {
  // The last owner starting before s.end.
  let lo = 0;
  let hi = owners.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (owners[mid]!.start < s.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1]! > s.start;
}
