// Drift: what the English source has now that its aligned translation does not, block by block.
import type { RuleContext } from "../engine/rule.js";
import { LocalizedFile } from "../parse/file.js";
import { englishBaseOf, pinOf } from "../shared/provenance.js";
import { quote } from "../shared/quote.js";
import type { AlignBlock, AlignKind, Alignment } from "./index.js";
import { alignThroughBase, joinsOf, sourceAlignment } from "./index.js";

/** A run of consecutive blocks on one side with no partner on the other. */
export interface BlockRun {
  /** The blocks of the run, on the side that has them. */
  blocks: AlignBlock[];
  /** For a missing run: the translation block that follows the gap (null at the end); for an extra run: the English block that follows. */
  next: AlignBlock | null;
  /** For a missing run: the translation block before the gap (null at the start); for an extra run: the English block before. */
  previous: AlignBlock | null;
  /** True when the run starts with a heading and holds its whole section (every block up to the next heading of the same or a higher level). */
  section: boolean;
  /**
   * True when the English made this difference after the version the translation was made from: blocks
   * it added (a missing run) or removed (an extra run) since (see {@link Alignment.since}).
   */
  since: boolean;
}

export interface Drift {
  alignment: Alignment;
  /** English blocks the translation lacks. */
  missing: BlockRun[];
  /** Translation blocks the English no longer has. */
  extra: BlockRun[];
}

/** Kinds that drift reports: link definitions belong to the link rules, and every block is prose or code otherwise. */
const REPORTED = new Set<AlignKind>(["heading", "paragraph", "list-item", "table-row", "code", "alert", "html", "marker"]);

const cache = new WeakMap<LocalizedFile, Drift | null>();

/**
 * The translation's drift from the English source, when the English source is what it should match now
 * (see {@link sourceAlignment}); null otherwise. Computed once per file.
 *
 * When git knows the English the translation was made from (at its pin, or at its last commit when it
 * has no pin) and that English differs from today's, the translation is aligned through it (see
 * {@link alignThroughBase}): differences the translation already had against it are its own defects,
 * and the English changes since are drift, marked `since` so that messages say which is which.
 */
export function driftOf(context: Pick<RuleContext<object>, "file" | "group" | "project" | "options">): Drift | null {
  const { file, group } = context;
  if (cache.has(file)) return cache.get(file)!;
  const plain = sourceAlignment(file, group);
  const drift = plain ? compute(throughBase(context, plain) ?? plain) : null;
  cache.set(file, drift);
  return drift;
}

/** The alignment through the English the translation was made from, or null when git cannot say or it is today's English. */
function throughBase(context: Pick<RuleContext<object>, "file" | "group" | "project" | "options">, plain: Alignment): Alignment | null {
  const base = englishBaseOf(context as RuleContext<object>);
  if (!base) return null;
  const source = plain.reference;
  const then = new LocalizedFile({ path: source.path, displayPath: source.displayPath, locale: source.locale, relPath: source.relPath, root: source.root, isSource: true }, base.blob.bytes);
  if (then.unreadable || then.text.replace(/\r\n/g, "\n") === source.text.replace(/\r\n/g, "\n")) return null;
  const commit = quote(base.commit.slice(0, 12));
  const label = base.via === "pin" ? `${pinOf(context.file, context.project.provenance)?.key ?? "its pin"} ${commit}` : `this translation's last commit ${commit}`;
  return alignThroughBase(plain, then, label);
}

/** ` since default_lang_commit "1a2b3c4d5e6f"`: the English version a `since` difference is counted from, for messages. */
export function sinceLabel(drift: Drift): string {
  return drift.alignment.since ? ` since ${drift.alignment.since.label}` : "";
}

function compute(alignment: Alignment): Drift {
  const { pairs, blocks, referenceBlocks, since } = alignment;
  // Paragraphs the translation split or joined are part of their neighbour's unit: neither missing nor extra.
  const joins = joinsOf(alignment);
  const missing: BlockRun[] = [];
  const extra: BlockRun[] = [];
  let k = 0;
  while (k < pairs.length) {
    const p = pairs[k]!;
    if (p.translation !== -1 && p.reference !== -1) {
      k++;
      continue;
    }
    const side = p.translation === -1 ? "missing" : "extra";
    const sinceOf = (q: Alignment["pairs"][number]) => (side === "missing" ? since?.changed.has(q.reference) : since?.removed.has(q.translation)) === true;
    const runSince = sinceOf(p);
    const run: AlignBlock[] = [];
    let j = k;
    for (; j < pairs.length; j++) {
      const q = pairs[j]!;
      if (side === "missing" ? q.translation !== -1 || q.reference === -1 : q.reference !== -1 || q.translation === -1) break;
      // What the English changed since the translation was made and what the translation lacked already are told apart.
      if (sinceOf(q) !== runSince) break;
      const block = side === "missing" ? referenceBlocks[q.reference]! : blocks[q.translation]!;
      if (REPORTED.has(block.kind) && !(side === "missing" ? joins.absorbedR : joins.absorbedT).has(block.index)) run.push(block);
    }
    if (run.length > 0) {
      const mine = side === "missing" ? blocks : referenceBlocks;
      const before = findPartner(pairs, k, -1, side);
      const after = findPartner(pairs, j, 1, side);
      const own = side === "missing" ? referenceBlocks : blocks;
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const nextOther = own[last.index + 1];
      const section = first.kind === "heading" && (nextOther === undefined || (nextOther.kind === "heading" && nextOther.level <= first.level));
      (side === "missing" ? missing : extra).push({
        blocks: run,
        next: after === -1 ? null : mine[after]!,
        previous: before === -1 ? null : mine[before]!,
        section,
        since: runSince,
      });
    }
    k = Math.max(j, k + 1);
  }
  return { alignment, missing, extra };
}

/** The nearest block index on the side opposite to the run, stepping from pair `k` in `direction`. */
function findPartner(pairs: Alignment["pairs"], k: number, direction: 1 | -1, side: "missing" | "extra"): number {
  for (let j = direction === 1 ? k : k - 1; j >= 0 && j < pairs.length; j += direction) {
    const index = side === "missing" ? pairs[j]!.translation : pairs[j]!.reference;
    if (index !== -1) return index;
  }
  return -1;
}

/**
 * What a run holds beyond its first block, for messages: ` (and 2 more blocks)`, or for a run of
 * whole sections, the sections after the first at its level or higher: ` (and 3 more sections)`.
 */
export function moreInRun(run: BlockRun): string {
  const first = run.blocks[0]!;
  if (run.section) {
    let sections = 0;
    for (const b of run.blocks) if (b !== first && b.kind === "heading" && b.level <= first.level) sections++;
    return sections > 0 ? ` (and ${sections} more section${sections === 1 ? "" : "s"})` : "";
  }
  const n = run.blocks.length - 1;
  return n > 0 ? ` (and ${n} more block${n === 1 ? "" : "s"})` : "";
}

/** What a block is, for messages: "paragraph", "list item", "code block", "table row", "level-2 heading" … */
export function describeBlock(block: AlignBlock): string {
  switch (block.kind) {
    case "heading":
      return `level-${block.level} heading`;
    case "list-item":
      return "list item";
    case "table-row":
      return "table row";
    case "code":
      return "code block";
    case "html":
      return "HTML block";
    case "marker":
      return "include or shortcode";
    case "definition":
      return "link definition";
    default:
      return block.kind;
  }
}

/** The first words of a block (markup markers trimmed), for messages: at most `max` characters. */
export function excerptOf(file: LocalizedFile, block: AlignBlock, max = 40): string {
  let text = file.text.slice(block.start, Math.min(block.end, block.start + 400));
  const nl = text.indexOf("\n");
  if (nl !== -1) text = text.slice(0, nl);
  text = text.replace(/^(?:[>\s]*)(?:#{1,6}\s+|[-*+]\s+|\d{1,9}[.)]\s+|\|\s*)?/, "").replace(/\s+/g, " ").trim();
  if (block.kind === "heading") text = text.replace(/\s*\{#[^}]*\}$/, "");
  if (block.kind === "code") text = text.replace(/^[`~]{3,}/, "").trim() || "code";
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
