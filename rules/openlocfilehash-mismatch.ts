// rules/openlocfilehash-mismatch.ts: a locale translated from an older English version than its siblings.
import type { LocalizedFile } from "../src/parse/file.js";
import { localeList } from "../src/shared/group.js";
import { entry, handoffOf } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";

interface Version {
  hash: string;
  files: LocalizedFile[];
  /** Latest `ms.lasthandoff` among the files (YYYYMMDD), 0 when unknown. */
  handoff: number;
}

export default defineRule({
  id: "openlocfilehash-mismatch",
  description: "Siblings are translated from the same English version (equal ms.openlocfilehash)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    // Hashes are compared case-insensitively: an upper-case copy is the same version (openlocfilehash-invalid reports it).
    const written = file.openlocfilehash;
    if (!written) return [];
    const hash = written.toLowerCase();
    const versions = new Map<string, Version>();
    for (const f of group.localized) {
      const facts = handoffOf(f);
      const h = facts.hash;
      if (!h || f.unreadable) continue;
      const v = versions.get(h) ?? { hash: h, files: [], handoff: 0 };
      v.files.push(f);
      v.handoff = Math.max(v.handoff, facts.day ?? 0);
      versions.set(h, v);
    }
    if (versions.size < 2) return [];
    // The newest version is the one handed off last; without dates, the one most locales have.
    const ranked = [...versions.values()].sort((a, b) => b.handoff - a.handoff || b.files.length - a.files.length);
    const newest = ranked[0]!;
    const runnerUp = ranked[1]!;
    if (newest.handoff === runnerUp.handoff && newest.files.length === runnerUp.files.length) return [];
    if (newest.hash === hash) return [];
    const mine = versions.get(hash)!;
    if (mine.handoff !== 0 && mine.handoff === newest.handoff) return [];
    const e = entry(file, "ms.openlocfilehash")!;
    const others = ranked
      .filter((v) => v.hash !== hash && v !== newest)
      .map((v) => `, ${localeList(v.files)} on ${quote(v.hash)}`)
      .join("");
    const message =
      `Expected ms.openlocfilehash ${quote(newest.hash)} as in ${localeList(newest.files)}${describeHandoff(newest)} ` +
      `but found ${quote(written)}${describeHandoff(mine)}: this translation is of an older English version${others ? ` (also${others.slice(1)})` : ""}`;
    const witness = newest.files[0]!;
    const witnessEntry = entry(witness, "ms.openlocfilehash")!;
    return [
      findingAt(file, e.valueOffset, message, {
        end: e.valueEnd,
        related: [relatedAt(witness, witnessEntry.valueOffset, `${witness.locale} has ${quote(newest.hash)}`)],
      }),
    ];
  },
});

function describeHandoff(v: Version): string {
  if (!v.handoff) return "";
  const y = Math.floor(v.handoff / 10000);
  const m = Math.floor(v.handoff / 100) % 100;
  const d = v.handoff % 100;
  return ` (handed off ${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y})`;
}
