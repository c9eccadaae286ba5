// rules/block-extra.ts: a block of the translation that the English source no longer has.
import { type BlockRun, describeBlock, driftOf, excerptOf } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "block-extra",
  description: "Every block of the translation is still in the English source (none was removed there and left here)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    const drift = driftOf(file, group);
    if (!drift) return [];
    const source = drift.alignment.reference;
    // A run that opens with an alert or a shortcode is most often a translator's note: legitimate.
    return drift.extra.filter((run) => run.blocks[0]!.kind !== "alert" && run.blocks[0]!.kind !== "marker").map((run) => extraFinding(file, source, run));
  },
});

function extraFinding(file: LocalizedFile, source: LocalizedFile, run: BlockRun): RuleFinding {
  const first = run.blocks[0]!;
  const last = run.blocks[run.blocks.length - 1]!;
  const what = run.section ? "section" : describeBlock(first);
  const more = !run.section && run.blocks.length > 1 ? ` (and ${run.blocks.length - 1} more block${run.blocks.length === 2 ? "" : "s"})` : "";
  const related = run.next
    ? relatedAt(source, run.next.start, "The English source goes on here")
    : run.previous
      ? relatedAt(source, run.previous.start, "The English source's last block before it")
      : relatedAt(source, source.bodyStart, "The English source");
  return findingAt(file, first.start, `Expected no ${what} here as in the English source but found ${quote(excerptOf(file, first))}${more}`, {
    end: run.section ? first.end : last.end,
    related: [related],
  });
}
