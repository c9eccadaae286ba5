// rules/block-missing.ts: a block the English source has (paragraph, list item, code block, table row, section) is in the translation.
import { type BlockRun, type Drift, describeBlock, driftOf, excerptOf, moreInRun, sinceLabel } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
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
    return drift.missing.filter((run) => !mergedInto(drift, run)).map((run) => missingFinding(file, source, run, sinceLabel(drift)));
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
