// rules/handoff-mismatch.ts: one handoff names one commit, and one commit one English version (ms.openlocfilehash).
import type { LocalizedFile } from "../src/parse/file.js";
import { localeList } from "../src/shared/group.js";
import { entry, handoffOf } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "handoff-mismatch",
  description: "Siblings handed off together name the same ms.sourcegitcommit, and siblings naming one commit the same ms.openlocfilehash",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    const { hash, day } = handoffOf(file);
    const commitEntry = entry(file, "ms.sourcegitcommit");
    const commit = commitEntry?.value?.trim().toLowerCase();
    if (!hash || !commit) return [];
    const findings: RuleFinding[] = [];
    const siblings = group.siblingsOf(file);
    const commitOf = (f: LocalizedFile) => handoffOf(f).commit;

    // The same commit handed off the same day is the same English file: its hash is the same too. (With
    // different days, one copy is of an older version: openlocfilehash-mismatch reports that.)
    const dayOf = (f: LocalizedFile) => handoffOf(f).day;
    const sameCommit = siblings.filter((f) => commitOf(f) === commit && f.openlocfilehash && dayOf(f) === day);
    const hashes = tally(sameCommit, (f) => handoffOf(f).hash!);
    const other = majorityAgainst(hashes, hash, sameCommit.length + 1);
    if (other) {
      const e = entry(file, "ms.openlocfilehash")!;
      const witness = other.files[0]!;
      const tie = other.tie ? ": one of them is not the SHA-1 of the English file at that commit" : "";
      findings.push(
        findingAt(
          file,
          e.valueOffset,
          `Expected ms.openlocfilehash ${quote(other.value)} as in ${localeList(other.files)}, which name the same ms.sourcegitcommit ${quote(commitEntry!.value)}, but found ${quote(file.openlocfilehash)}${tie}`,
          { end: e.valueEnd, related: [relatedAt(witness, entry(witness, "ms.openlocfilehash")!.valueOffset, `${witness.locale} has ${quote(other.value)}`)] },
        ),
      );
    }

    // One handoff (same version, same day) names one commit. A later or earlier handoff of the same
    // version may name another commit: that is a re-handoff, not a defect.
    if (day !== null) {
      const sameHandoff = group.sameHashSiblings(file).filter((f) => commitOf(f) !== undefined && dayOf(f) === day);
      const commits = tally(sameHandoff, (f) => commitOf(f)!);
      const otherCommit = majorityAgainst(commits, commit, sameHandoff.length + 1);
      if (otherCommit && !otherCommit.tie) {
        const witness = otherCommit.files[0]!;
        findings.push(
          findingAt(
            file,
            commitEntry!.valueOffset,
            `Expected ms.sourcegitcommit ${quote(witness.meta("ms.sourcegitcommit"))} as in ${localeList(otherCommit.files)}, handed off the same day (${file.meta("ms.lasthandoff")}) from the same ms.openlocfilehash, but found ${quote(commitEntry!.value)}`,
            { end: commitEntry!.valueEnd, related: [relatedAt(witness, entry(witness, "ms.sourcegitcommit")!.valueOffset, `${witness.locale} has ${quote(witness.meta("ms.sourcegitcommit"))}`)] },
          ),
        );
      }
    }
    return findings;
  },
});

function tally(files: LocalizedFile[], key: (f: LocalizedFile) => string): Map<string, LocalizedFile[]> {
  const counts = new Map<string, LocalizedFile[]>();
  for (const f of files) {
    const k = key(f);
    const list = counts.get(k);
    if (list) list.push(f);
    else counts.set(k, [f]);
  }
  return counts;
}

/**
 * The value other than `mine` that a strict majority of `voters` (the file counted) hold; or, when
 * the file stands alone against one other value held by as many as hold its own (a tie of two
 * camps), that value with `tie` set. Null when the file's value is the majority's or no camp leads.
 */
function majorityAgainst(counts: Map<string, LocalizedFile[]>, mine: string, voters: number): { value: string; files: LocalizedFile[]; tie: boolean } | null {
  const own = (counts.get(mine)?.length ?? 0) + 1;
  for (const [value, files] of counts) {
    if (value === mine) continue;
    if (files.length * 2 > voters) return { value, files, tie: false };
    if (counts.size === 2 - (counts.has(mine) ? 0 : 1) && files.length === own && files.length * 2 === voters) return { value, files, tie: true };
  }
  return null;
}
