// A translation's blocks paired with its reference's: the English source when it is the version translated, else same-version siblings.
import type { LocalizedFile } from "../parse/file.js";
import type { SiblingGroup } from "../shared/group.js";
import { isSideBySide } from "../shared/segment-votes.js";
import { alignBlocks as sequenceAlign, type BlockPair, diceOfIds, similarity } from "./align.js";
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
  /**
   * Set when the translation was aligned through the English it was made from (its pin, or its last
   * commit), which differs from the English now: what the English changed since then. Absent otherwise.
   */
  since?: EnglishChanges;
}

/** What the English changed between the version a translation was made from and now. */
export interface EnglishChanges {
  /** How the base is named in messages: `default_lang_commit "1a2b3c4d5e6f"`, `this translation's last commit "…"`. */
  label: string;
  /** Indexes of the English blocks (now) added since the base, or whose kind, level or invariants changed since. */
  changed: Set<number>;
  /** Indexes of the translation blocks whose English block (at the base) the English removed since. */
  removed: Set<number>;
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

/**
 * The translation aligned with the English now *through* the English it was made from (`base`, read
 * from git at its pin or last commit): the translation with the base, the base with the English now,
 * composed. Its pairs are the English-now pairs rules compare, and {@link Alignment.since} tells a
 * difference that is the translation's own (already there against the base) from one the English made
 * since (added, removed or changed blocks). The plain {@link sourceAlignment} when the base is the
 * English now, or when there is none.
 */
export function alignThroughBase(plain: Alignment, base: LocalizedFile, label: string): Alignment {
  const { file, reference, blocks, referenceBlocks } = plain;
  const baseBlocks = alignBlocks(base);
  const toBase = partners(sequenceAlign(blocks, baseBlocks), blocks.length);
  const baseToNow = partners(sequenceAlign(baseBlocks, referenceBlocks), baseBlocks.length);
  const nowFromBase = new Int32Array(referenceBlocks.length).fill(-1);
  baseToNow.partner.forEach((n, b) => {
    if (n !== -1) nowFromBase[n] = b;
  });
  const changed = new Set<number>();
  referenceBlocks.forEach((n, k) => {
    const b = nowFromBase[k]!;
    const was = b === -1 ? undefined : baseBlocks[b]!;
    if (!was || was.kind !== n.kind || was.level !== n.level || was.key !== n.key || was.id !== n.id) changed.add(k);
  });
  const removed = new Set<number>();
  const partner = new Int32Array(blocks.length).fill(-1);
  const moved = new Uint8Array(blocks.length);
  let last = -1;
  for (let t = 0; t < blocks.length; t++) {
    const b = toBase.partner[t]!;
    if (b === -1) continue;
    const n = baseToNow.partner[b]!;
    if (n === -1) {
      removed.add(t);
      continue;
    }
    partner[t] = n;
    // Out of order once composed, or moved on either leg: a move.
    if (n < last || toBase.moved[t] || baseToNow.moved[b]) moved[t] = 1;
    else last = n;
  }
  const taken = new Uint8Array(referenceBlocks.length);
  for (const n of partner) if (n !== -1) taken[n] = 1;
  const pairs: BlockPair[] = [];
  let j = 0;
  for (let t = 0; t < blocks.length; t++) {
    const n = partner[t]!;
    if (n !== -1 && !moved[t]) {
      for (; j < n; j++) if (!taken[j]) pairs.push({ translation: -1, reference: j, score: 0, moved: false });
      j = Math.max(j, n + 1);
    }
    pairs.push({ translation: t, reference: n, score: n === -1 ? 0 : similarity(blocks[t]!, referenceBlocks[n]!), moved: moved[t] === 1 });
  }
  for (; j < referenceBlocks.length; j++) if (!taken[j]) pairs.push({ translation: -1, reference: j, score: 0, moved: false });
  return { file, reference, role: "source", blocks, referenceBlocks, pairs, since: { label, changed, removed } };
}

/** Each block's partner on the other side (-1 for none) and whether it was paired as moved, from one side's pairs. */
function partners(pairs: BlockPair[], count: number): { partner: Int32Array; moved: Uint8Array } {
  const partner = new Int32Array(count).fill(-1);
  const moved = new Uint8Array(count);
  for (const p of pairs) {
    if (p.translation === -1) continue;
    partner[p.translation] = p.reference;
    if (p.moved) moved[p.translation] = 1;
  }
  return { partner, moved };
}
