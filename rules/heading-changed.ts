// rules/heading-changed.ts: each heading keeps the level and the explicit id of the English heading it stands for.
import { evidence } from "../src/align/align.js";
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { type AlignBlock, type Alignment, confidentPairs } from "../src/align/index.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { slugify } from "../src/parse/slug.js";
import { readsTranslated } from "../src/shared/links.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "heading-changed",
  description: "Each heading keeps the level and the id of the English source's heading it stands for",
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
    // A missing or extra heading is block-missing's or block-extra's; a translated id is anchor-translated's.
    const { pairs } = alignment;
    // Headings whose ids contradict are what this rule compares: they are paired by place and tokens as any block.
    const confident = confidentPairs(alignment, { renamedHeadings: true });
    let englishLower: string | undefined;
    for (let k = 0; k < pairs.length; k++) {
      const pair = pairs[k]!;
      if (pair.translation === -1 || pair.reference === -1) continue;
      const mine = alignment.blocks[pair.translation]!;
      const theirs = alignment.referenceBlocks[pair.reference]!;
      if (mine.kind !== "heading" || theirs.kind !== "heading") continue;
      const want = pair.moved || file.openlocfilehash ? null : expectedId(alignment, confident, mine, theirs);
      if (want !== null && mine.id !== null && want !== mine.id && !readsTranslated(mine.id, (englishLower ??= source.text.toLowerCase()))) {
        const at = idOffset(file, mine);
        const as = alignment.since?.changed.has(pair.reference) ? `, changed${sinceLabel(drift)},` : "";
        findings.push(
          findingAt(file, at, `Expected heading id ${quote(want)} as in the English source${as} but found ${quote(mine.id)}`, {
            end: at + mine.id.length,
            related: [relatedAt(source, theirs.start, `The English source has the heading ${quote(want)} here`)],
          }),
        );
        continue;
      }
      if (mine.level === theirs.level) continue;
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
 * The id the translation heading `mine` should have as the English heading `theirs`'s, when the two are
 * known to be one heading: a pair the alignment is sure of (see {@link confidentPairs}), or one that git
 * pairs through the English the translation was made from (the English heading then had the
 * translation's id, and the English renamed it since). The English heading's explicit id, or its slug
 * when git shows the translation had taken that slug as its id; null otherwise (an English heading with
 * no id of its own is linked by a slug another tool may write otherwise).
 */
function expectedId(alignment: Alignment, confident: Map<number, number>, mine: AlignBlock, theirs: AlignBlock): string | null {
  const was = alignment.since?.was.get(theirs.index);
  const through = was !== undefined && was.kind === "heading" && (was.id ?? slugify(was.title)) === mine.id;
  if (!through && confident.get(mine.index) !== theirs.index) return null;
  if (theirs.id !== null) return theirs.id;
  return through ? slugify(theirs.title) || null : null;
}

/** Where a heading's explicit id is written on its line (`{#id}`, `name="id"`), else the heading's start. */
function idOffset(file: LocalizedFile, heading: AlignBlock): number {
  const line = file.text.slice(heading.start, heading.end);
  const id = heading.id!;
  const braces = line.lastIndexOf(`{#${id}`);
  if (braces !== -1) return heading.start + braces + 2;
  for (const q of ['"', "'"]) {
    const at = line.indexOf(`${q}${id}${q}`);
    if (at !== -1) return heading.start + at + 1;
  }
  return heading.start;
}

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
