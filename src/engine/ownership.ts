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
  const byChain = new Map<number, Finding[]>();
  for (const f of findings) {
    const r = rank.get(f.ruleId);
    if (!r) continue;
    const list = byChain.get(r[0]) ?? [];
    list.push(f);
    byChain.set(r[0], list);
  }
  for (const list of byChain.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => rank.get(a.ruleId)![1] - rank.get(b.ruleId)![1]);
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      for (let j = 0; j < i; j++) {
        const owner = list[j]!;
        if (owner.ruleId === f.ruleId || dropped.has(owner)) continue;
        if (overlaps(owner, f)) {
          dropped.add(f);
          break;
        }
      }
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

function overlaps(a: Finding, b: Finding): boolean {
  const aStart = a.line * 1e7 + a.column;
  const bStart = b.line * 1e7 + b.column;
  const aEnd = a.endLine !== undefined ? a.endLine * 1e7 + (a.endColumn ?? a.column) : aStart;
  const bEnd = b.endLine !== undefined ? b.endLine * 1e7 + (b.endColumn ?? b.column) : bStart;
  // Ranges are [start, end): a point (no end) overlaps a range that contains it or starts at it.
  if (aStart === bStart) return true;
  return aStart < Math.max(bEnd, bStart + 1) && bStart < Math.max(aEnd, aStart + 1);
}
