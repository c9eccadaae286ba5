// rules/block-missing.ts: a block the English source has (paragraph, list item, code block, table row, section) is in the translation.
import { type BlockRun, type Drift, describeBlock, driftOf, excerptOf, moreInRun, sinceLabel } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { AlignBlock } from "../src/align/index.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "block-missing",
  description: "Every block of the English source (paragraph, list item, code block, table row, section) is in the translation",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const { file } = context;
    const drift = driftOf(context);
    if (!drift) return [];
    const source = drift.alignment.reference;
    return drift.missing.filter((run) => !mergedInto(drift, run)).map((run) => blindFinding(file, drift, run) ?? missingFinding(file, source, run, sinceLabel(drift)));
  },
});

/**
 * True for an English paragraph the translation joined to the paragraph before it: one paragraph with
 * invariant tokens, right after the English block the translation block before the gap stands for, and
 * every token of both English blocks is in that translation block (two sentences made one paragraph).
 */
function mergedInto(drift: Drift, run: BlockRun): boolean {
  const [block] = run.blocks;
  if (run.blocks.length !== 1 || run.since || block!.kind !== "paragraph" || block!.tokens.length === 0 || !run.previous) return false;
  const { pairs, referenceBlocks } = drift.alignment;
  const pair = pairs.find((p) => p.translation === run.previous!.index);
  if (!pair || pair.reference !== block!.index - 1) return false;
  const have = new Map<string, number>();
  for (const t of run.previous.tokens) have.set(t, (have.get(t) ?? 0) + 1);
  for (const t of [...referenceBlocks[pair.reference]!.tokens, ...block!.tokens]) {
    const n = have.get(t) ?? 0;
    if (n === 0) return false;
    have.set(t, n - 1);
  }
  return true;
}

/** Two blocks whose lengths are within this ratio cannot be told apart by length. */
const SAME_LENGTH = 1.5;

/** Prose kinds whose blocks without links, code or numbers are told apart by their length alone. */
const PROSE = new Set(["paragraph", "list-item"]);

/**
 * A paragraph missing beside a paragraph paired by length alone: neither has a link, code or number,
 * so which of the two English paragraphs the translation lacks cannot be told (the one it kept may be
 * either). Said as it is, two English paragraphs where the translation has one, at the translation's,
 * rather than naming one that may be there. Null when the alignment can tell.
 */
function blindFinding(file: LocalizedFile, drift: Drift, run: BlockRun): RuleFinding | null {
  const [missing] = run.blocks;
  if (run.blocks.length !== 1 || run.section || run.since || !PROSE.has(missing!.kind) || !wordsOnly(missing!)) return null;
  const { pairs, referenceBlocks } = drift.alignment;
  const source = drift.alignment.reference;
  for (const mine of [run.next, run.previous]) {
    if (!mine || mine.kind !== missing!.kind || !wordsOnly(mine)) continue;
    const pair = pairs.find((p) => p.translation === mine.index);
    const theirs = pair && pair.reference !== -1 && !pair.moved ? referenceBlocks[pair.reference]! : null;
    if (!theirs || Math.abs(theirs.index - missing!.index) !== 1 || theirs.kind !== missing!.kind || !wordsOnly(theirs)) continue;
    // Names the translation keeps (Java, Kubernetes) or lengths far apart tell the two apart: the alignment's choice stands.
    if (sharedNames(mine.names, theirs.names) !== sharedNames(mine.names, missing!.names)) continue;
    if (Math.max(theirs.share, missing!.share) > SAME_LENGTH * Math.min(theirs.share, missing!.share)) continue;
    const [a, b] = theirs.index < missing!.index ? [theirs, missing!] : [missing!, theirs];
    const kind = describeBlock(missing!);
    return findingAt(file, mine.start, `Expected 2 ${kind}s as in the English source (${quote(excerptOf(source, a))} and ${quote(excerptOf(source, b))}) but found 1 here`, {
      related: [relatedAt(source, a.start, `The English source has the 2 ${kind}s here; one of them is missing`)],
    });
  }
  return null;
}

/** True for a block of words only: no link, code, anchor or number of two digits or more (a one-digit number a translation may write as a word). */
function wordsOnly(block: AlignBlock): boolean {
  return block.tokens.every((t) => t.startsWith("n:") && t.length <= 3);
}

/** How many of `a`'s names `b` has. */
function sharedNames(a: readonly string[], b: readonly string[]): number {
  const theirs = new Set(b);
  return a.filter((name) => theirs.has(name)).length;
}

/** `since`: the English version the translation was made from, for a run the English added after it. */
function missingFinding(file: LocalizedFile, source: LocalizedFile, run: BlockRun, since: string): RuleFinding {
  const first = run.blocks[0]!;
  const what = run.section ? `the section ${quote(excerptOf(source, first))}` : `${/^[aeiou]/.test(describeBlock(first)) ? "an" : "a"} ${describeBlock(first)} ${quote(excerptOf(source, first))}`;
  const more = moreInRun(run);
  // The gap sits before the translation block that follows it, or after the last one.
  const at = run.next ? run.next.start : run.previous ? run.previous.end : file.bodyStart;
  const where = run.next ? "before this block" : "at the end of the file";
  const as = run.since ? `, added to the English source${since},` : " as in the English source";
  return findingAt(file, at, `Expected ${what}${more}${as} ${where} but found none`, {
    related: [relatedAt(source, first.start, `The English source has the ${run.section ? "section" : describeBlock(first)} here`)],
  });
}
