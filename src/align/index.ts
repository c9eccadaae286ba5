// A translation's blocks paired with its reference's: the English source when it is the version translated, else same-version siblings.
import type { LocalizedFile } from "../parse/file.js";
import type { SiblingGroup } from "../shared/group.js";
import { isSideBySide } from "../shared/segment-votes.js";
import { alignBlocks as sequenceAlign, type BlockPair, diceOfIds } from "./align.js";
import { type AlignBlock, alignBlocks } from "./blocks.js";

export type { AlignBlock, AlignKind } from "./blocks.js";
export type { BlockPair } from "./align.js";
export { alignBlocks } from "./blocks.js";
export { codeLines, type CodeLine } from "./code.js";

/** One translation aligned with one reference file. */
export interface Alignment {
  file: LocalizedFile;
  reference: LocalizedFile;
  /** "source": the English source (the version translated, or a doc set that tracks no versions); "sibling": another translation. */
  role: "source" | "sibling";
  blocks: AlignBlock[];
  referenceBlocks: AlignBlock[];
  /** Every block of both sides once, in the translation's order (see {@link sequenceAlign}). */
  pairs: BlockPair[];
}

const pairCache = new WeakMap<LocalizedFile, Map<LocalizedFile, Alignment>>();

/** `file` aligned with `reference`, computed once per pair of files. */
export function alignWith(file: LocalizedFile, reference: LocalizedFile, role: "source" | "sibling"): Alignment {
  let byRef = pairCache.get(file);
  if (!byRef) pairCache.set(file, (byRef = new Map()));
  let alignment = byRef.get(reference);
  if (!alignment) {
    const blocks = alignBlocks(file);
    const referenceBlocks = alignBlocks(reference);
    alignment = { file, reference, role, blocks, referenceBlocks, pairs: sequenceAlign(blocks, referenceBlocks) };
    byRef.set(reference, alignment);
  }
  return alignment;
}

/** At most this many siblings stand in for a missing English source (each costs one alignment). */
const MAX_SIBLING_REFERENCES = 4;

/**
 * The English source alignment of a Markdown translation, when the English source is present and is
 * what the translation should match now: the version it was translated from (`ms.openlocfilehash`), or
 * any version for a doc set that tracks none (see {@link SiblingGroup.sourceMatches}). Null otherwise,
 * and for a side-by-side file, whose segments pair it with its English exactly.
 */
export function sourceAlignment(file: LocalizedFile, group: SiblingGroup): Alignment | null {
  const source = group.source;
  if (!source || source === file || file.kind !== "markdown" || file.unreadable || source.unreadable || source.kind !== "markdown") return null;
  // Side-by-side segments pair a translation with its English exactly, segment by segment: no guessing by blocks.
  if (isSideBySide(file)) return null;
  if (!group.sourceMatches(file)) return null;
  return alignWith(file, source, "source");
}

/**
 * What a translation's blocks are compared with: the {@link sourceAlignment} when there is one, else
 * alignments with the siblings translated from the same English version (same `ms.openlocfilehash`;
 * for files without one, every sibling), at most four, in locale order.
 */
export function referenceAlignments(file: LocalizedFile, group: SiblingGroup): Alignment[] {
  if (file.kind !== "markdown" || file.unreadable || file.isSource || isSideBySide(file)) return [];
  const english = sourceAlignment(file, group);
  if (english) return [english];
  const siblings = file.openlocfilehash ? group.sameHashSiblings(file) : group.siblingsOf(file);
  return siblings
    .filter((f) => f.kind === "markdown")
    .slice(0, MAX_SIBLING_REFERENCES)
    .map((f) => alignWith(file, f, "sibling"));
}

/**
 * Translation block index → reference block index, for the pairs sure enough to compare their content:
 * same kind, not moved, and either sharing half their invariant tokens or standing between two other
 * matched pairs (a block whose links were all lost still sits in its place).
 */
export function confidentPairs(alignment: Alignment): Map<number, number> {
  const out = new Map<number, number>();
  const { pairs, blocks, referenceBlocks } = alignment;
  const matched = (k: number) => {
    const p = pairs[k];
    return p === undefined || (p.translation !== -1 && p.reference !== -1);
  };
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k]!;
    if (p.translation === -1 || p.reference === -1 || p.moved) continue;
    const a = blocks[p.translation]!;
    const b = referenceBlocks[p.reference]!;
    if (a.kind !== b.kind) continue;
    const shared = a.ids.length === 0 && b.ids.length === 0 ? 1 : diceOfIds(a.ids, b.ids);
    if (shared >= 0.5 || (matched(k - 1) && matched(k + 1))) out.set(p.translation, p.reference);
  }
  return out;
}
