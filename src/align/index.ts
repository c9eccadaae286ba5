// A translation's blocks paired with its reference's: the English source when it is the version translated, else same-version siblings.
import type { LocalizedFile } from "../parse/file.js";
import type { SiblingGroup } from "../shared/group.js";
import { isSideBySide } from "../shared/segment-votes.js";
import { alignBlocks as sequenceAlign, type BlockPair, diceOfIds, evidence, shareRatio, similarity } from "./align.js";
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
  /** For each changed English block that was there at the base (changed, not added): its block at the base. */
  was: Map<number, AlignBlock>;
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
 * same kind, not moved, not headings of contradicting anchors, and either sharing half their invariant tokens or standing between two other
 * matched pairs (a block whose links were all lost still sits in its place), or sharing half their tokens
 * once a link one typo away from the other's counts as shared; blocks the English added or removed since
 * the translation was made (see {@link Alignment.since}) are stepped over. With `renamedHeadings`, headings
 * whose anchors contradict count too, by the same measures: heading-changed compares their ids.
 */
export function confidentPairs(alignment: Alignment, options: { renamedHeadings?: boolean } = {}): Map<number, number> {
  const out = new Map<number, number>();
  const { pairs, blocks, referenceBlocks, since } = alignment;
  // A block the English added or removed since the translation was made is no gap of the translation's:
  // the neighbours are the pairs beyond it (a paragraph inserted after a block leaves that block in its place).
  const sinceGap = (p: BlockPair) => (p.translation === -1 ? since?.changed.has(p.reference) && !since.was.has(p.reference) : p.reference === -1 && since?.removed.has(p.translation)) === true;
  const matched = (k: number, step: 1 | -1) => {
    while (pairs[k] !== undefined && sinceGap(pairs[k]!)) k += step;
    const p = pairs[k];
    // A neighbour paired out of order (moved) does not hold a block in its place.
    return p === undefined || (p.translation !== -1 && p.reference !== -1 && !p.moved);
  };
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k]!;
    if (p.translation === -1 || p.reference === -1 || p.moved) continue;
    const a = blocks[p.translation]!;
    const b = referenceBlocks[p.reference]!;
    if (a.kind !== b.kind) continue;
    // Headings whose anchors contradict (a translation's explicit id that is not the English heading's) are
    // another heading in its place, or a renamed one: heading-changed's, not compared as one text.
    if (a.kind === "heading" && !options.renamedHeadings && evidence(a, b) === "other") continue;
    const shared = a.ids.length === 0 && b.ids.length === 0 ? 1 : diceOfIds(a.ids, b.ids);
    if (shared >= 0.5 || (matched(k - 1, -1) && matched(k + 1, 1)) || typoDice(a.tokens, b.tokens) >= 0.5) out.set(p.translation, p.reference);
  }
  return out;
}

/** Past this many tokens on a side, {@link typoDice} is not worked out (it compares every pair). */
const TYPO_TOKENS = 16;

/**
 * The Dice coefficient of two token lists where a link or URL one typo away from the other side's
 * (`/docs/guid/` for `/docs/guide/`: one character added, dropped or replaced, six characters or more)
 * counts as shared: the same link, damaged. 0 for lists longer than {@link TYPO_TOKENS}.
 */
function typoDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0 || a.length > TYPO_TOKENS || b.length > TYPO_TOKENS) return 0;
  const taken = new Uint8Array(b.length);
  let common = 0;
  for (const x of a) {
    let found = b.findIndex((y, j) => !taken[j] && y === x);
    if (found === -1 && (x.startsWith("l:") || x.startsWith("u:")) && x.length >= 8) found = b.findIndex((y, j) => !taken[j] && y.startsWith(x.slice(0, 2)) && oneEdit(x, y));
    if (found === -1) continue;
    taken[found] = 1;
    common++;
  }
  return (2 * common) / (a.length + b.length);
}

/** True when `x` and `y` differ by exactly one character added, dropped or replaced. */
function oneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1 || x === y) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
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
  const wasBlocks = new Map<number, AlignBlock>();
  referenceBlocks.forEach((n, k) => {
    const b = nowFromBase[k]!;
    const was = b === -1 ? undefined : baseBlocks[b]!;
    if (!was || was.kind !== n.kind || was.level !== n.level || was.key !== n.key || was.id !== n.id) {
      changed.add(k);
      if (was) wasBlocks.set(k, was);
    }
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
  return { file, reference, role: "source", blocks, referenceBlocks, pairs, since: { label, changed, removed, was: wasBlocks } };
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

/**
 * Paragraphs split or joined by the translation (1:n and n:1 alignment of adjacent blocks): a run of
 * paragraphs on one side with no partner, standing right before or after a matched pair (nothing on the
 * other side between that pair and the next), whose blocks together with that pair's block match its
 * partner better: their invariant tokens are the ones the pair's other block has in excess (numbers may
 * be written out in words), and, when no link or code of the run proves the join, the joined text's share
of the file is closer to the partner's by half.
 * `translation` maps a translation block index to its unit's [start, end) when the English block it
 * pairs with holds the run too (one English paragraph split in several); `reference` maps a reference
 * block index likewise (English paragraphs the translation joined into one). `absorbed` lists the run
 * blocks, on their side, that are part of such a unit (no block missing or extra).
 */
export interface Joins {
  translation: Map<number, [number, number]>;
  reference: Map<number, [number, number]>;
  absorbedT: Set<number>;
  absorbedR: Set<number>;
  /** The invariant tokens of each extended unit (host block and run), by the host's index on its side. */
  translationTokens: Map<number, string[]>;
  referenceTokens: Map<number, string[]>;
}

const joinCache = new WeakMap<Alignment, Joins>();
const JOINABLE = new Set(["paragraph", "list-item"]);
/** Paired paragraphs or list items needed, besides the pair a run would join, for their ratio to stand for the file's. */
const MIN_PROSE_PAIRS = 2;

export function joinsOf(alignment: Alignment): Joins {
  let joins = joinCache.get(alignment);
  if (joins) return joins;
  joins = { translation: new Map(), reference: new Map(), absorbedT: new Set(), absorbedR: new Set(), translationTokens: new Map(), referenceTokens: new Map() };
  const { pairs, blocks, referenceBlocks } = alignment;
  const full = (k: number) => pairs[k] !== undefined && pairs[k]!.translation !== -1 && pairs[k]!.reference !== -1 && !pairs[k]!.moved;
  // Shares are compared at the ratio of the paired blocks other than the pair the run would join (whose
  // translation holds the run's text): a translation that lacks a whole section gives each of its
  // paragraphs a larger share of its file than the English paragraph has of its own.
  // Prose runs longer or shorter than code and headings in translation (Japanese prose is half as long
  // in characters), so the prose pairs give the ratio when there are enough of them besides the pair.
  const paired = { t: 0, r: 0, proseT: 0, proseR: 0, prose: 0 };
  pairs.forEach((q, x) => {
    if (!full(x)) return;
    const a = blocks[q.translation]!;
    const b = referenceBlocks[q.reference]!;
    paired.t += a.share;
    paired.r += b.share;
    if (JOINABLE.has(a.kind) && a.kind === b.kind) {
      paired.proseT += a.share;
      paired.proseR += b.share;
      paired.prose++;
    }
  });
  const scaleWithout = (q: BlockPair) => {
    const a = blocks[q.translation]!;
    const b = referenceBlocks[q.reference]!;
    const prose = JOINABLE.has(a.kind) && a.kind === b.kind;
    if (paired.prose - (prose ? 1 : 0) >= MIN_PROSE_PAIRS) return shareRatio(paired.proseT - (prose ? a.share : 0), paired.proseR - (prose ? b.share : 0));
    return shareRatio(paired.t - a.share, paired.r - b.share);
  };
  let k = 0;
  while (k < pairs.length) {
    const p = pairs[k]!;
    const missing = p.translation === -1;
    if (!missing && p.reference !== -1) {
      k++;
      continue;
    }
    // A block the English added (or removed) since the translation was made is no part of a paragraph the
    // translation split or joined: it was not there to translate. Such runs are drift, not joins.
    const sinceOf = (q: BlockPair) => (missing ? alignment.since?.changed.has(q.reference) && !alignment.since.was.has(q.reference) : alignment.since?.removed.has(q.translation)) === true;
    const runSince = sinceOf(p);
    let j = k;
    while (j < pairs.length && (missing ? pairs[j]!.translation === -1 : pairs[j]!.reference === -1) && sinceOf(pairs[j]!) === runSince) j++;
    const run = pairs.slice(k, j).map((q) => (missing ? q.reference : q.translation));
    const own = missing ? referenceBlocks : blocks;
    const before = full(k - 1) ? pairs[k - 1]! : null;
    const after = full(j) ? pairs[j]! : null;
    const contiguous = run.every((b, x) => b === run[0]! + x && own[b]!.kind === "paragraph");
    if (contiguous && !runSince && (before || after)) {
      // The other side has nothing between the pairs around the run.
      const otherBefore = before ? (missing ? before.translation : before.reference) : -1;
      const otherAfter = after ? (missing ? after.translation : after.reference) : (missing ? blocks : referenceBlocks).length;
      const ownBefore = before ? (missing ? before.reference : before.translation) : -1;
      const ownAfter = after ? (missing ? after.reference : after.translation) : own.length;
      if (otherAfter === otherBefore + 1 && ownBefore === run[0]! - 1 && ownAfter === run[run.length - 1]! + 1) {
        const runBlocks = run.map((b) => own[b]!);
        const fit = (pair: BlockPair | null) => (pair ? joinFit(runBlocks, missing ? referenceBlocks[pair.reference]! : blocks[pair.translation]!, missing ? blocks[pair.translation]! : referenceBlocks[pair.reference]!, missing ? scaleWithout(pair) : 1 / scaleWithout(pair)) : -1);
        const a = fit(before);
        const b = fit(after);
        const chosen = a >= 0 && (b < 0 || a <= b) ? before : b >= 0 ? after : null;
        if (chosen) {
          const host = missing ? chosen.reference : chosen.translation;
          const spans = missing ? joins.reference : joins.translation;
          const hostBlock = own[host]!;
          const [s, e] = spans.get(host) ?? [hostBlock.start, hostBlock.end];
          spans.set(host, [Math.min(s, runBlocks[0]!.start), Math.max(e, runBlocks[runBlocks.length - 1]!.end)]);
          for (const x of run) (missing ? joins.absorbedR : joins.absorbedT).add(x);
          const tokens = missing ? joins.referenceTokens : joins.translationTokens;
          tokens.set(host, [...(tokens.get(host) ?? hostBlock.tokens), ...runBlocks.flatMap((b) => b.tokens)]);
        }
      }
    }
    k = Math.max(j, k + 1);
  }
  joinCache.set(alignment, joins);
  return joins;
}

/**
 * How well `run` joined to `host` (same side) stands for `partner` (the other side): the remaining
 * difference in share of the file (the host side's shares times `scale`, the ratio of the paired
 * blocks), or -1 when it does not fit (kinds, tokens not in the partner's excess over the host, case
 * aside, or, when no link or code proves the join, the share not closer by half).
 */
function joinFit(run: readonly AlignBlock[], host: AlignBlock, partner: AlignBlock, scale: number): number {
  if (!JOINABLE.has(host.kind) || !JOINABLE.has(partner.kind)) return -1;
  // Tokens compare without case: a translation may write a placeholder its own way (`<hash>` for `<HASH>`).
  const excess = new Map<string, number>();
  for (const t of partner.tokens) excess.set(t.toLowerCase(), (excess.get(t.toLowerCase()) ?? 0) + 1);
  for (const t of host.tokens) {
    const n = excess.get(t.toLowerCase());
    if (n !== undefined) excess.set(t.toLowerCase(), n - 1);
  }
  let share = host.share;
  let proven = false;
  for (const b of run) {
    share += b.share;
    for (const token of b.tokens) {
      const t = token.toLowerCase();
      const n = excess.get(t) ?? 0;
      if (n > 0) {
        excess.set(t, n - 1);
        if (!t.startsWith("n:")) proven = true;
      }
      // A number may be a word on the other side ("fourth", 第4): it neither proves nor refutes the join.
      else if (!t.startsWith("n:")) return -1;
    }
  }
  const alone = Math.abs(host.share * scale - partner.share);
  const joined = Math.abs(share * scale - partner.share);
  // Links or code the partner has in excess prove the join (a translation runs longer or shorter than
  // its English, so the share only has to say so when nothing else does).
  return proven || joined * 2 <= alone ? joined : -1;
}
