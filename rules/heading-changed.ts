// rules/heading-changed.ts: each heading keeps the level of the English heading it stands for.
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "heading-changed",
  description: "Each heading keeps the level of the English source's heading it stands for",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const { file } = context;
    const drift = driftOf(context);
    if (!drift) return [];
    const { alignment } = drift;
    const source = alignment.reference;
    const findings: RuleFinding[] = [];
    // Heading ids (`{#id}`, `<a name>`) are anchor-translated's; a missing or extra heading is block-missing's or block-extra's.
    for (const pair of alignment.pairs) {
      if (pair.translation === -1 || pair.reference === -1) continue;
      const mine = alignment.blocks[pair.translation]!;
      const theirs = alignment.referenceBlocks[pair.reference]!;
      if (mine.kind !== "heading" || theirs.kind !== "heading" || mine.level === theirs.level) continue;
      const as = alignment.since?.changed.has(pair.reference) ? `, as the English source has it${sinceLabel(drift)},` : " as in the English source";
      findings.push(
        findingAt(file, mine.start, `Expected a level-${theirs.level} heading${as} but found level ${mine.level}`, {
          related: [relatedAt(source, theirs.start, `The English source has a level-${theirs.level} heading here`)],
        }),
      );
    }
    return findings;
  },
});
