// rules/block-missing.ts: a block the English source has (paragraph, list item, code block, table row, section) is in the translation.
import { type BlockRun, describeBlock, driftOf, excerptOf } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "block-missing",
  description: "Every block of the English source (paragraph, list item, code block, table row, section) is in the translation",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const drift = driftOf(file, group);
    if (!drift) return [];
    const source = drift.alignment.reference;
    return drift.missing.map((run) => missingFinding(file, source, run));
  },
});

function missingFinding(file: LocalizedFile, source: LocalizedFile, run: BlockRun): RuleFinding {
  const first = run.blocks[0]!;
  const what = run.section ? `the section ${quote(excerptOf(source, first))}` : `a ${describeBlock(first)} ${quote(excerptOf(source, first))}`;
  const more = !run.section && run.blocks.length > 1 ? ` (and ${run.blocks.length - 1} more block${run.blocks.length === 2 ? "" : "s"})` : "";
  // The gap sits before the translation block that follows it, or after the last one.
  const at = run.next ? run.next.start : run.previous ? run.previous.end : file.bodyStart;
  const where = run.next ? "before this block" : "at the end of the file";
  return findingAt(file, at, `Expected ${what}${more} as in the English source ${where} but found none`, {
    related: [relatedAt(source, first.start, `The English source has the ${run.section ? "section" : describeBlock(first)} here`)],
  });
}
