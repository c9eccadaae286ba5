// rules/block-extra.ts: a block of the translation that the English source no longer has.
import { type BlockRun, type Drift, describeBlock, driftOf, excerptOf, moreInRun, sinceLabel } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "block-extra",
  description: "Every block of the translation is still in the English source (none was removed there and left here)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const { file } = context;
    const drift = driftOf(context);
    if (!drift) return [];
    const source = drift.alignment.reference;
    // A run that opens with an alert or a shortcode is most often a translator's note: legitimate.
    return drift.extra
      .filter((run) => run.blocks[0]!.kind !== "alert" && run.blocks[0]!.kind !== "marker" && !splitOff(drift, run))
      .map((run) => extraFinding(file, source, run, sinceLabel(drift)));
  },
});

/**
 * True for a sentence the translation moved into a paragraph of its own: one paragraph without tokens,
 * right after a translated paragraph or list item, where the English has nothing between the blocks
 * around it (`…, e.g.:` ending the English paragraph, `たとえば次のように行います。` on its own line).
 */
function splitOff(drift: Drift, run: BlockRun): boolean {
  const [block] = run.blocks;
  if (run.blocks.length !== 1 || run.since || block!.kind !== "paragraph" || block!.tokens.length > 0) return false;
  const before = drift.alignment.blocks[block!.index - 1];
  if (!before || (before.kind !== "paragraph" && before.kind !== "list-item")) return false;
  return run.previous !== null && run.next !== null && run.next.index === run.previous.index + 1;
}

/** `since`: the English version the translation was made from, for a run the English removed after it. */
function extraFinding(file: LocalizedFile, source: LocalizedFile, run: BlockRun, since: string): RuleFinding {
  const first = run.blocks[0]!;
  const last = run.blocks[run.blocks.length - 1]!;
  const what = run.section ? "section" : describeBlock(first);
  const more = moreInRun(run);
  const related = run.next
    ? relatedAt(source, run.next.start, "The English source goes on here")
    : run.previous
      ? relatedAt(source, run.previous.start, "The English source's last block before it")
      : relatedAt(source, source.bodyStart, "The English source");
  const as = run.since ? `, removed from the English source${since},` : " as in the English source";
  return findingAt(file, first.start, `Expected no ${what} here${as} but found ${quote(excerptOf(file, first))}${more}`, {
    end: run.section ? first.end : last.end,
    related: [related],
  });
}
