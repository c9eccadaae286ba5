// rules/heading-changed.ts: each heading keeps the level of the English heading it stands for.
import { evidence } from "../src/align/align.js";
import { driftOf, sinceLabel } from "../src/align/drift.js";
import type { Alignment } from "../src/align/index.js";
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
    const { pairs } = alignment;
    for (let k = 0; k < pairs.length; k++) {
      const pair = pairs[k]!;
      if (pair.translation === -1 || pair.reference === -1) continue;
      const mine = alignment.blocks[pair.translation]!;
      const theirs = alignment.referenceBlocks[pair.reference]!;
      if (mine.kind !== "heading" || theirs.kind !== "heading" || mine.level === theirs.level) continue;
      if (!sameHeading(alignment, k)) continue;
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

/**
 * True unless the two headings of pair `k` are known to be others': a translation heading whose explicit
 * id is not the English heading's anchor, or, for headings that cannot tell (a translated title, no id),
 * sections whose blocks contradict each other (other code, other links) and share nothing. A level
 * reported on headings paired by position alone would name the wrong heading.
 */
function sameHeading(alignment: Alignment, k: number): boolean {
  const { pairs, blocks, referenceBlocks } = alignment;
  const first = evidence(blocks[pairs[k]!.translation]!, referenceBlocks[pairs[k]!.reference]!);
  if (first !== "blind") return first === "same";
  let other = false;
  for (let j = k + 1; j < pairs.length; j++) {
    const p = pairs[j]!;
    if (p.translation !== -1 && blocks[p.translation]!.kind === "heading") break;
    if (p.translation === -1 || p.reference === -1) continue;
    const e = evidence(blocks[p.translation]!, referenceBlocks[p.reference]!);
    if (e === "same") return true;
    if (e === "other") other = true;
  }
  return !other;
}
