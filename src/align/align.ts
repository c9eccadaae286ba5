// Sequence alignment of two block lists: a banded weighted LCS, with an anchor-based fallback for huge files.
import { slugify } from "../parse/slug.js";
import type { AlignBlock } from "./blocks.js";

/** How alike two blocks are within one alignment: {@link similarity}, or 0 for headings known to be others'. */
type Score = (a: AlignBlock, b: AlignBlock) => number;

/** A translation block and the reference block it stands for; -1 on the side that has none. */
export interface BlockPair {
  /** Index into the translation's blocks, or -1 for a reference block the translation lacks. */
  translation: number;
  /** Index into the reference's blocks, or -1 for a translation block the reference lacks. */
  reference: number;
  /** How alike the two blocks are (0 when one side is missing): kind, level, shared tokens, relative length. */
  score: number;
  /** True when the pair was found out of order (a block moved), after the in-order alignment. */
  moved: boolean;
}

/** How far (natural log) the paired prose's length ratio must be from 1 before the files are aligned again at it (half as long or long again). */
const RESCALE = Math.log(1.5);
/** Paired prose blocks needed before their ratio is trusted. */
const MIN_SCALE_PAIRS = 3;
const PROSE_SCALE_KINDS = new Set(["paragraph", "list-item", "table-row", "alert"]);

/** The ratio of the shares of the prose blocks paired (see {@link shareScale}), or 1 with fewer than {@link MIN_SCALE_PAIRS}. */
function proseScale(t: readonly AlignBlock[], r: readonly AlignBlock[], matched: readonly [number, number, number][]): number {
  const prose = matched.filter(([i, j]) => PROSE_SCALE_KINDS.has(t[i]!.kind) && t[i]!.kind === r[j]!.kind);
  return prose.length >= MIN_SCALE_PAIRS ? shareScale(t, r, prose) : 1;
}

/** Past this many cells of the band, the anchor-based alignment is used instead (memory stays bounded). */
export const MAX_BAND_CELLS = 4_000_000;
/** Half-width of the band around the diagonal, beyond the difference in length. */
const BAND_MARGIN = 24;
/** Gaps up to this many cells get the full programme; larger ones are split at anchors first. */
const SMALL_GAP_CELLS = 400;

/**
 * How alike two blocks are, 0 when they cannot stand for each other (different kinds, a heading of a
 * different id, a code block sharing no line). Blocks of the same kind score at least 1; shared
 * invariant tokens add up to 4 (Dice coefficient), a similar share of the file's text up to 1.
 */
export function similarity(a: AlignBlock, b: AlignBlock, scale = 1): number {
  if (a.kind !== b.kind) return 0;
  let score = 1;
  if (a.kind === "heading") {
    // A renamed id still stands in its place: it pairs, weakly, and heading-changed reports the rename.
    if (a.id !== null && b.id !== null) score += a.id === b.id ? 4 : -0.5;
    if (a.level === b.level) score += 0.5;
    if (a.title !== "" && a.title === b.title) score += 3;
  } else if (a.kind === "list-item" && a.level === b.level) score += 0.25;
  // Table rows: the cells a translation kept as they are (names, languages, symbols) pair a row with its own.
  else if (a.kind === "table-row" && a.cells.length > 0 && b.cells.length > 0) score += 3 * diceOf(a.cells, b.cells);
  const dice = diceOfIds(a.ids, b.ids);
  if (a.kind === "code") {
    if (a.tokens.length > 0 && b.tokens.length > 0 && dice === 0) return a.lang === b.lang ? 0.5 : 0;
    if (a.lang === b.lang) score += 0.5;
  }
  if (a.tokens.length === 0 && b.tokens.length === 0) score += 0.5;
  // Numbers alone prove little against a block without tokens: a translation writes them as words or leaves them out ("JDK 8+" as "Java").
  else if (a.tokens.length === 0 || b.tokens.length === 0) score += numbersOnly(a) && numbersOnly(b) ? 0.5 : -0.5;
  else {
    score += 4 * dice;
    // A block that opens with the same invariant (link, code) is more likely the same than one that only shares a later one.
    if (a.kind !== "code" && a.tokens[0] === b.tokens[0] && !a.tokens[0]!.startsWith("n:")) score += 0.5;
  }
  // Blocks without links or code: the names both keep (Java, Kubernetes) tell them apart.
  if (a.names.length > 0 && b.names.length > 0) score += 2 * diceOf(a.names, b.names);
  const theirs = b.share * scale;
  const big = Math.max(a.share, theirs);
  if (big > 0) score += 1 - Math.abs(a.share - theirs) / big;
  return score;
}

/** True when every token of the block is a number (none at all included). */
function numbersOnly(b: AlignBlock): boolean {
  for (const t of b.tokens) if (!t.startsWith("n:")) return false;
  return true;
}

/** {@link diceOf} over sorted interned token ids: a merge, nothing allocated. */
export function diceOfIds(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** 2·|common| / (|a| + |b|) over two token multisets; 0 when either is empty. */
export function diceOf(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Aligns the translation's blocks with the reference's: the pairing that maximises the summed
 * {@link similarity} with blocks kept in order (a weighted longest common subsequence), then blocks
 * left over on both sides with the same invariant tokens are paired as moved. Every block of either
 * side appears in exactly one pair; pairs are in translation order, reference-only blocks where they fall.
 *
 * Cost: the dynamic programme runs in a band around the diagonal, as wide as the difference in block
 * counts plus a margin, so time and memory are O(n·w) rather than O(n·m). When even the band would pass
 * {@link MAX_BAND_CELLS} cells (a file of tens of thousands of blocks), blocks whose token key is unique
 * on both sides anchor the alignment (their longest increasing run, as in patience diff), and the gaps
 * between anchors are aligned by the banded programme when small enough, else by position.
 */
export function alignBlocks(translation: readonly AlignBlock[], reference: readonly AlignBlock[]): BlockPair[] {
  let sim = scoreFor(translation, reference, 1);
  let matched = dropRewrites(translation, reference, alignRange(translation, reference, 0, translation.length, 0, reference.length, sim));
  // Shares of the file compare at the ratio the paired prose shows: a translation that lacks a whole section
  // gives each of its paragraphs a larger share of its file than the English paragraph has of its own, so
  // that its short "Pros:" would pair with a longer English paragraph rather than its own. Aligned again
  // at that ratio when it is far from 1 (a file that drifted), so most files are aligned once.
  const scale = proseScale(translation, reference, matched);
  if (Math.abs(Math.log(scale)) > RESCALE) {
    sim = scoreFor(translation, reference, scale);
    matched = dropRewrites(translation, reference, alignRange(translation, reference, 0, translation.length, 0, reference.length, sim));
  }
  return assemble(translation, reference, matched, sim);
}

/**
 * What a matched pair's invariants say about it: "same" when they share a token (or a heading anchor),
 * "other" when they contradict it (a translation heading's explicit id that is not the English heading's
 * anchor; blocks whose tokens, links or code among them, have nothing in common, not even a link's last
 * path segment), "blind" when they cannot tell (a side without tokens, numbers only).
 */
export function evidence(a: AlignBlock, b: AlignBlock): "same" | "other" | "blind" {
  if (a.kind === "heading" && b.kind === "heading") {
    const x = anchorOf(a);
    const y = anchorOf(b);
    if (x === y || (a.title !== "" && a.title === b.title)) return "same";
    // A translated title's slug says nothing; only an explicit id the translation kept does.
    return a.id !== null && y !== "" ? "other" : "blind";
  }
  if (a.ids.length === 0 || b.ids.length === 0) return "blind";
  if (diceOfIds(a.ids, b.ids) > 0) return "same";
  // Two code blocks whose lines share most of their words are one block edited (`npx hugo new …` become `npm exec -- hugo new …`).
  if (a.kind === "code" && b.kind === "code" && diceOf(codeWords(a), codeWords(b)) >= SAME_CODE_WORDS) return "same";
  const words = (tokens: readonly string[]) => tokens.filter((t) => !t.startsWith("n:"));
  const mine = words(a.tokens);
  const theirs = words(b.tokens);
  if (mine.length === 0 && theirs.length === 0) return "blind";
  const stems = new Set(theirs.map(stemOf));
  return mine.some((t) => stems.has(stemOf(t))) ? "blind" : "other";
}

/** The share of words (Dice) two code blocks' lines must have in common to be one block edited: half. */
const SAME_CODE_WORDS = 0.5;

/** The blank-separated words of a code block's lines. */
function codeWords(block: AlignBlock): string[] {
  const words: string[] = [];
  for (const t of block.tokens) if (t.startsWith("k:")) for (const w of t.slice(2).split(" ")) if (w !== "") words.push(w);
  return words;
}

/**
 * A token as a retargeted link still shows it: a link's or URL's last path segment without extension;
 * code lower-cased without the punctuation around it (`traces:` in a translation's list is the
 * English `traces`, `run()` is `run`); a code line by its first word.
 */
function stemOf(token: string): string {
  // A code line by its first word: `/fix:dict` and `fix:dict` are one command in another syntax, the same block edited.
  if (token.startsWith("k:")) return `k:${/[\p{L}\p{N}_]+/u.exec(token.slice(2))?.[0]?.toLowerCase() ?? token.slice(2)}`;
  if (token.startsWith("c:")) return `c:${token.slice(2).toLowerCase().replace(/\(\)[:;,.]*$/, "").replace(/^[\s"'(<[{]+|[\s:;,.!?"')>\]}]+$/g, "")}`;
  if (!token.startsWith("l:") && !token.startsWith("u:")) return token.toLowerCase();
  const path = token.slice(2).replace(/[?#].*$/, "").replace(/\/+$/, "");
  // Letters and digits only: punctuation a translation added or dropped in a query (`:"help wanted"`) leaves the link its own.
  return `p:${path.slice(path.lastIndexOf("/") + 1).replace(/\.[a-z0-9]+$/i, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")}`;
}

/**
 * Unpairs what the translation rewrote or replaced: a run of consecutive matched pairs none of which
 * share an invariant (within one section: a heading starts a new run), where at least two contradict
 * each other's (`evidence` "other") and they are at least a third of the run. The programme pairs any two blocks of a kind in a gap, by position; a
 * section the English replaced (or the translation rewrote) is not the same blocks edited, so its blocks
 * are reported missing on one side and extra on the other rather than as changed. One contradicting
 * pair among its neighbours (a block edited in place, a renamed heading) stays paired.
 */
function dropRewrites(t: readonly AlignBlock[], r: readonly AlignBlock[], matched: [number, number, number][]): [number, number, number][] {
  const kinds = matched.map(([i, j]) => evidence(t[i]!, r[j]!));
  if (!kinds.includes("other")) return matched;
  // Code the translation renders its own way throughout the page (`{verbo} {objeto}` for `{verb} {object}`,
  // learnt from pairs that hold one code span each) is no contradiction where it comes again.
  const rendered = renderedCode(t, r, matched);
  if (rendered.size > 0) {
    matched.forEach(([i, j], k) => {
      if (kinds[k] !== "other") return;
      const theirs = new Set(r[j]!.tokens);
      if (t[i]!.tokens.some((token) => rendered.has(token) && theirs.has(rendered.get(token)!))) kinds[k] = "same";
    });
  }
  const out: [number, number, number][] = [];
  let k = 0;
  while (k < matched.length) {
    if (kinds[k] === "same") {
      out.push(matched[k++]!);
      continue;
    }
    // A run ends at the next shared invariant or the next heading: each section is judged on its own.
    let end = k;
    let other = 0;
    while (end < matched.length && kinds[end] !== "same" && (end === k || t[matched[end]![0]]!.kind !== "heading")) if (kinds[end++] === "other") other++;
    if (other < 2 || other * 3 < end - k) for (let x = k; x < end; x++) out.push(matched[x]!);
    k = end;
  }
  return out;
}

/**
 * Inline code a translation writes its own way, translation token → English token: learnt from paired
 * blocks that hold one code span each, kept when the same rendering comes at least twice and never
 * with another English token.
 */
function renderedCode(t: readonly AlignBlock[], r: readonly AlignBlock[], matched: readonly [number, number, number][]): Map<string, string> {
  const seen = new Map<string, { english: string; count: number } | null>();
  for (const [i, j] of matched) {
    const mine = t[i]!.tokens.filter((x) => x.startsWith("c:"));
    const theirs = r[j]!.tokens.filter((x) => x.startsWith("c:"));
    if (mine.length !== 1 || theirs.length !== 1 || mine[0] === theirs[0]) continue;
    const entry = seen.get(mine[0]!);
    if (entry === undefined) seen.set(mine[0]!, { english: theirs[0]!, count: 1 });
    else if (entry !== null) {
      if (entry.english === theirs[0]) entry.count++;
      else seen.set(mine[0]!, null);
    }
  }
  const out = new Map<string, string>();
  for (const [mine, entry] of seen) if (entry !== null && entry.count >= 2) out.set(mine, entry.english);
  return out;
}

/** A heading's anchor: its explicit id, else the slug of its text. */
function anchorOf(b: AlignBlock): string {
  return b.id ?? slugify(b.title);
}

/**
 * {@link similarity}, except that two headings of different anchors do not pair when either anchor is
 * another heading's on the other side (one heading on each side has it): a translation's `{#client-side-app}` is the English "Client-side
 * app" wherever that stands (a glossary sorted in the translation's language), not the English heading
 * in its place. A renamed id, found nowhere on the other side, still pairs weakly.
 */
function scoreFor(translation: readonly AlignBlock[], reference: readonly AlignBlock[], scale: number): Score {
  const anchors = (blocks: readonly AlignBlock[]) => {
    const count = new Map<string, number>();
    for (const b of blocks) if (b.kind === "heading") count.set(anchorOf(b), (count.get(anchorOf(b)) ?? 0) + 1);
    return count;
  };
  let mine: Map<string, number> | null = null;
  let theirs: Map<string, number> | null = null;
  // An anchor one heading has on each side: those two headings are each other's (repeated titles, such as
  // "Usage" under every section, prove nothing).
  const reserved = (anchor: string) => mine!.get(anchor) === 1 && theirs!.get(anchor) === 1;
  return (a, b) => {
    if (a.kind === "heading" && b.kind === "heading") {
      const x = anchorOf(a);
      const y = anchorOf(b);
      if (x !== y && x !== "" && y !== "") {
        theirs ??= anchors(reference);
        mine ??= anchors(translation);
        if (reserved(x) || reserved(y)) return 0;
      }
    }
    return similarity(a, b, scale);
  };
}

/** Matched index pairs [t, r] in increasing order for the ranges given. */
function alignRange(t: readonly AlignBlock[], r: readonly AlignBlock[], t0: number, t1: number, r0: number, r1: number, sim: Score): [number, number, number][] {
  const out: [number, number, number][] = [];
  // Equal ends need no programme: most translations keep most blocks.
  while (t0 < t1 && r0 < r1) {
    const s = sameEnough(t[t0]!, r[r0]!, sim);
    if (s === 0) break;
    out.push([t0++, r0++, s]);
  }
  const tail: [number, number, number][] = [];
  while (t1 > t0 && r1 > r0) {
    const s = sameEnough(t[t1 - 1]!, r[r1 - 1]!, sim);
    if (s === 0) break;
    tail.push([--t1, --r1, s]);
  }
  const n = t1 - t0;
  const m = r1 - r0;
  if (n > 0 && m > 0) {
    if (n * m <= SMALL_GAP_CELLS) for (const p of banded(t, r, t0, t1, r0, r1, Math.max(n, m), sim)) out.push(p);
    else for (const p of anchored(t, r, t0, t1, r0, r1, sim)) out.push(p);
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]!);
  return out;
}

/** The similarity when two blocks are plainly the same block (same kind and token key, tokens present), else 0. */
function sameEnough(a: AlignBlock, b: AlignBlock, sim: Score): number {
  if (a.kind !== b.kind || a.key !== b.key || a.tokens.length === 0) return 0;
  return sim(a, b);
}

/** Work arrays of the programme, grown as needed and reused (every cell it reads is written first). */
let scoreBuffer = new Float32Array(4096);
let moveBuffer = new Uint8Array(4096);

/** The weighted LCS inside a band of half-width `w` around the scaled diagonal. */
function banded(t: readonly AlignBlock[], r: readonly AlignBlock[], t0: number, t1: number, r0: number, r1: number, w: number, sim: Score): [number, number, number][] {
  const n = t1 - t0;
  const m = r1 - r0;
  const width = 2 * w + 1;
  // Row i covers columns lo(i) .. lo(i) + width - 1 (clipped to 0..m).
  const lo = (i: number) => Math.round((i * m) / n) - w;
  const cells = (n + 1) * width;
  if (scoreBuffer.length < cells) {
    scoreBuffer = new Float32Array(Math.max(cells, scoreBuffer.length * 2));
    moveBuffer = new Uint8Array(scoreBuffer.length);
  }
  const score = scoreBuffer;
  const move = moveBuffer;
  const at = (i: number, j: number) => {
    const k = j - lo(i);
    return k >= 0 && k < width ? i * width + k : -1;
  };
  const value = (i: number, j: number) => {
    if (j < 0 || j > m) return -Infinity;
    if (i === 0 || j === 0) return 0;
    const k = at(i, j);
    return k === -1 ? -Infinity : score[k]!;
  };
  for (let i = 1; i <= n; i++) {
    const base = lo(i);
    for (let k = 0; k < width; k++) {
      const j = base + k;
      if (j < 1 || j > m) continue;
      const cell = i * width + k;
      let best = value(i - 1, j);
      let how = 1;
      const left = value(i, j - 1);
      if (left > best) {
        best = left;
        how = 2;
      }
      const s = sim(t[t0 + i - 1]!, r[r0 + j - 1]!);
      if (s > 0) {
        const diag = value(i - 1, j - 1) + s;
        if (diag > best) {
          best = diag;
          how = 3;
        }
      }
      score[cell] = best === -Infinity ? 0 : best;
      move[cell] = how;
    }
  }
  const out: [number, number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const k = at(i, j);
    if (k === -1) {
      // Outside the band: step toward it.
      if (j > lo(i) + width - 1) j--;
      else i--;
      continue;
    }
    const how = move[k]!;
    if (how === 3) {
      out.push([t0 + i - 1, r0 + j - 1, sim(t[t0 + i - 1]!, r[r0 + j - 1]!)]);
      i--;
      j--;
    } else if (how === 2) j--;
    else i--;
  }
  return out.reverse();
}

/** Patience-style anchors (token keys unique on both sides), their longest increasing run, gaps aligned inside. */
function anchored(t: readonly AlignBlock[], r: readonly AlignBlock[], t0: number, t1: number, r0: number, r1: number, sim: Score): [number, number, number][] {
  const countT = new Map<string, number>();
  const countR = new Map<string, number>();
  const posR = new Map<string, number>();
  for (let i = t0; i < t1; i++) if (t[i]!.tokens.length) countT.set(kindKey(t[i]!), (countT.get(kindKey(t[i]!)) ?? 0) + 1);
  for (let j = r0; j < r1; j++) {
    if (!r[j]!.tokens.length) continue;
    const key = kindKey(r[j]!);
    countR.set(key, (countR.get(key) ?? 0) + 1);
    posR.set(key, j);
  }
  const candidates: [number, number][] = [];
  for (let i = t0; i < t1; i++) {
    if (!t[i]!.tokens.length) continue;
    const key = kindKey(t[i]!);
    if (countT.get(key) === 1 && countR.get(key) === 1) candidates.push([i, posR.get(key)!]);
  }
  const anchors = longestIncreasing(candidates);
  const out: [number, number, number][] = [];
  let ti = t0;
  let ri = r0;
  for (const [i, j] of [...anchors, [t1, r1] as [number, number]]) {
    if (i > ti && j > ri) {
      const n = i - ti;
      const m = j - ri;
      const w = n * m <= SMALL_GAP_CELLS ? Math.max(n, m) : Math.abs(n - m) + BAND_MARGIN;
      if ((n + 1) * (2 * w + 1) <= MAX_BAND_CELLS) for (const p of banded(t, r, ti, i, ri, j, w, sim)) out.push(p);
      else {
        // A gap too big even for the band: same-kind blocks by position.
        for (let k = 0; k < Math.min(n, m); k++) {
          const s = sim(t[ti + k]!, r[ri + k]!);
          if (s > 0) out.push([ti + k, ri + k, s]);
        }
      }
    }
    if (i < t1) out.push([i, j, sim(t[i]!, r[j]!)]);
    ti = i + 1;
    ri = j + 1;
  }
  return out;
}

function kindKey(b: AlignBlock): string {
  return b.anchor;
}

/** The longest run of pairs increasing in both indexes (pairs come sorted by the first), in O(k log k). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const v = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k !== -1; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** Prose kinds a moved block may change between (an English list item a translation keeps as a paragraph or an alert). */
const PROSE_KINDS = new Set(["paragraph", "list-item", "alert"]);
/** Links or code two blocks must share, and the share of them (Dice), to pair as one block moved and edited. */
const MOVE_SHARED = 2;
const MOVE_DICE = 0.75;

/**
 * Blocks left over on both sides that are one block moved and edited: the same kind (or both prose), at
 * least {@link MOVE_SHARED} links or code in common and {@link MOVE_DICE} of them (numbers aside, which a
 * translation writes its own way). Each translation block takes the reference block it shares most with.
 * Candidates come from an index of the leftover reference blocks' tokens, so the cost is that of the
 * tokens they share, not the product of the leftovers.
 */
function pairEditedMoves(t: readonly AlignBlock[], r: readonly AlignBlock[], tPartner: Int32Array, rPartner: Int32Array, scores: Float32Array, movedT: Uint8Array, sim: Score): void {
  const words = (b: AlignBlock) => b.tokens.filter((x) => !x.startsWith("n:") && !x.startsWith("a:"));
  const postings = new Map<string, number[]>();
  const loose = new Map<number, string[]>();
  for (let j = 0; j < r.length; j++) {
    if (rPartner[j] !== -1 || r[j]!.kind === "heading") continue;
    const w = words(r[j]!);
    if (w.length < MOVE_SHARED) continue;
    loose.set(j, w);
    for (const x of new Set(w)) {
      const list = postings.get(x);
      if (list) list.push(j);
      else postings.set(x, [j]);
    }
  }
  if (loose.size === 0) return;
  for (let i = 0; i < t.length; i++) {
    if (tPartner[i] !== -1 || t[i]!.kind === "heading") continue;
    const w = words(t[i]!);
    if (w.length < MOVE_SHARED) continue;
    const seen = new Set<number>();
    let best = -1;
    let bestDice = MOVE_DICE;
    for (const x of new Set(w)) {
      for (const j of postings.get(x) ?? []) {
        if (seen.has(j) || rPartner[j] !== -1) continue;
        seen.add(j);
        const a = t[i]!;
        const b = r[j]!;
        if (a.kind !== b.kind && !(PROSE_KINDS.has(a.kind) && PROSE_KINDS.has(b.kind))) continue;
        const theirs = loose.get(j)!;
        const dice = diceOf(w, theirs);
        const shared = Math.round((dice * (w.length + theirs.length)) / 2);
        // The first best wins a tie: the earliest leftover.
        if (shared >= MOVE_SHARED && (dice > bestDice || (best === -1 && dice === bestDice))) {
          best = j;
          bestDice = dice;
        }
      }
    }
    if (best === -1) continue;
    tPartner[i] = best;
    rPartner[best] = i;
    scores[i] = sim(t[i]!, r[best]!);
    movedT[i] = 1;
  }
}

/**
 * Blocks left over between the same two pairs in order, as many on each side, pair in order when each
 * two are of a kind and do not contradict: moves taken out of a gap (a glossary section that took its
 * paragraphs with it) can leave there the blocks the programme would have paired.
 */
function pairLeftInGaps(t: readonly AlignBlock[], r: readonly AlignBlock[], tPartner: Int32Array, rPartner: Int32Array, scores: Float32Array, movedT: Uint8Array, sim: Score): void {
  const movedR = new Uint8Array(r.length);
  for (let i = 0; i < t.length; i++) if (movedT[i] && tPartner[i] !== -1) movedR[tPartner[i]!] = 1;
  let lastT = -1;
  let lastR = -1;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && (tPartner[i] === -1 || movedT[i])) continue;
    const nextR = i < t.length ? tPartner[i]! : r.length;
    if (nextR < lastR) continue;
    const mine: number[] = [];
    const theirs: number[] = [];
    for (let x = lastT + 1; x < i; x++) if (tPartner[x] === -1) mine.push(x);
    for (let y = lastR + 1; y < nextR; y++) if (rPartner[y] === -1 && !movedR[y]) theirs.push(y);
    if (mine.length > 0 && mine.length === theirs.length && mine.every((x, k) => t[x]!.kind === r[theirs[k]!]!.kind && evidence(t[x]!, r[theirs[k]!]!) !== "other")) {
      mine.forEach((x, k) => {
        const y = theirs[k]!;
        tPartner[x] = y;
        rPartner[y] = x;
        scores[x] = sim(t[x]!, r[y]!);
      });
    }
    lastT = i;
    lastR = nextR;
  }
}

/** Every block in one pair: matched ones, then leftovers paired as moved when their token keys agree. */
function assemble(t: readonly AlignBlock[], r: readonly AlignBlock[], matched: [number, number, number][], sim: Score): BlockPair[] {
  const tPartner = new Int32Array(t.length).fill(-1);
  const rPartner = new Int32Array(r.length).fill(-1);
  const scores = new Float32Array(t.length);
  for (const [i, j, s] of matched) {
    tPartner[i] = j;
    rPartner[j] = i;
    scores[i] = s;
  }
  // A section's first block stands for the English section's first block unless its invariants say
  // otherwise (it shares none with the later block the programme chose, and does not contradict the
  // first), or its length does (three times longer or shorter than the first, and three times nearer
  // the later one's, at the ratio of the paired blocks): else the English intro would be "missing"
  // beside its own translation, and a short "Pros:" would stand for a long intro.
  const scale = shareScale(t, r, matched);
  for (let h = 0; h + 1 < t.length; h++) {
    const hr = tPartner[h]!;
    if (t[h]!.kind !== "heading" || hr === -1 || hr + 1 >= r.length) continue;
    const later = tPartner[h + 1]!;
    const a = t[h + 1]!;
    const first = r[hr + 1]!;
    if (later <= hr + 1 || rPartner[hr + 1] !== -1 || a.kind !== first.kind || a.kind === "heading") continue;
    if (evidence(a, r[later]!) === "same" || evidence(a, first) === "other") continue;
    const fromFirst = lengthRatio(a.share, first.share * scale);
    if (fromFirst >= 3 && fromFirst >= 3 * lengthRatio(a.share, r[later]!.share * scale)) continue;
    rPartner[later] = -1;
    tPartner[h + 1] = hr + 1;
    rPartner[hr + 1] = h + 1;
    scores[h + 1] = sim(a, first);
  }
  const movedT = new Uint8Array(t.length);
  // A block moved elsewhere shows as a gap on both sides with the same invariants: pair those.
  const looseR = new Map<string, number[]>();
  for (let j = 0; j < r.length; j++) {
    if (rPartner[j] !== -1 || r[j]!.tokens.length === 0) continue;
    const key = kindKey(r[j]!);
    const list = looseR.get(key);
    if (list) list.push(j);
    else looseR.set(key, [j]);
  }
  if (looseR.size > 0) {
    for (let i = 0; i < t.length; i++) {
      if (tPartner[i] !== -1 || t[i]!.tokens.length === 0) continue;
      const j = looseR.get(kindKey(t[i]!))?.shift();
      if (j === undefined) continue;
      tPartner[i] = j;
      rPartner[j] = i;
      scores[i] = sim(t[i]!, r[j]!);
      movedT[i] = 1;
    }
  }
  pairEditedMoves(t, r, tPartner, rPartner, scores, movedT, sim);
  // A heading paired out of order moved with its section (a glossary sorted in the translation's
  // language): the blocks under it pair with the blocks under its partner, in order, up to the next
  // heading, unless they already pair with others on as many shared invariants.
  for (let h = 0; h < t.length; h++) {
    if (!movedT[h] || t[h]!.kind !== "heading") continue;
    for (let i = h + 1, j = tPartner[h]! + 1; i < t.length && j < r.length; i++, j++) {
      const a = t[i]!;
      const b = r[j]!;
      if (a.kind === "heading" || b.kind === "heading" || a.kind !== b.kind) break;
      // Paired already with its own (a block with invariants moved on its own): the walk goes on under it.
      if (tPartner[i] === j) continue;
      if (evidence(a, b) === "other") break;
      const mine = tPartner[i]!;
      const theirs = rPartner[j]!;
      // A partner that shares invariants is kept, unless this one shares more (the programme paired the
      // block in order with a neighbour of the same links: the English term missing next to it).
      const here = diceOfIds(a.ids, b.ids);
      if (mine !== -1 && evidence(a, r[mine]!) === "same" && here <= diceOfIds(a.ids, r[mine]!.ids)) break;
      if (theirs !== -1 && evidence(t[theirs]!, b) === "same" && here <= diceOfIds(t[theirs]!.ids, b.ids)) break;
      if (mine !== -1) rPartner[mine] = -1;
      if (theirs !== -1) {
        tPartner[theirs] = -1;
        movedT[theirs] = 0;
      }
      tPartner[i] = j;
      rPartner[j] = i;
      scores[i] = sim(a, b);
      movedT[i] = 1;
    }
  }
  pairLeftInGaps(t, r, tPartner, rPartner, scores, movedT, sim);
  const pairs: BlockPair[] = [];
  let j = 0;
  for (let i = 0; i < t.length; i++) {
    const partner = tPartner[i]!;
    if (partner !== -1 && !movedT[i]) {
      // Reference blocks before this partner that nobody took are missing here.
      for (; j < partner; j++) if (rPartner[j] === -1) pairs.push({ translation: -1, reference: j, score: 0, moved: false });
      j = Math.max(j, partner + 1);
    }
    pairs.push({ translation: i, reference: partner, score: partner === -1 ? 0 : scores[i]!, moved: movedT[i] === 1 });
  }
  for (; j < r.length; j++) if (rPartner[j] === -1) pairs.push({ translation: -1, reference: j, score: 0, moved: false });
  return pairs;
}

/**
 * How much longer the translation runs than the reference, from the blocks paired: the ratio of their
 * shares of their files, which compares a translation block's share with a reference block's when the
 * files differ in length (a translation lacking a whole section). 1 when nothing is paired; kept within 1/4..4.
 */
export function shareScale(t: readonly AlignBlock[], r: readonly AlignBlock[], matched: Iterable<readonly [number, number, ...unknown[]]>): number {
  let mine = 0;
  let theirs = 0;
  for (const [i, j] of matched) {
    mine += t[i]!.share;
    theirs += r[j]!.share;
  }
  return shareRatio(mine, theirs);
}

/** `mine / theirs` kept within 1/4..4; 1 when either is not positive. */
export function shareRatio(mine: number, theirs: number): number {
  if (!(mine > 1e-9) || !(theirs > 1e-9)) return 1;
  return Math.min(4, Math.max(0.25, mine / theirs));
}

/** The larger of two lengths over the smaller (Infinity when one is 0). */
function lengthRatio(a: number, b: number): number {
  const lo = Math.min(a, b);
  return lo <= 0 ? Infinity : Math.max(a, b) / lo;
}
