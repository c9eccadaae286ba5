// The texts the per-segment rules compare: side-by-side segments, or a plain translation's blocks paired by alignment.
import type { LocalizedFile } from "../parse/file.js";
import { charMask, CheckList, type PairedSegment, segmentsToCheck, SYNTAX_CHARS } from "../parse/inline.js";
import type { RelatedLocation } from "../types.js";
import { quote, relatedAt } from "../engine/rule.js";
import type { SiblingGroup } from "../shared/group.js";
import { isSideBySide } from "../shared/segment-votes.js";
import { type AlignBlock, type Alignment, alignBlocks, confidentPairs, joinsOf, referenceAlignments } from "./index.js";

/** Block kinds whose text is prose with inline Markdown: what the per-segment rules look into. */
const PROSE = new Set(["heading", "paragraph", "list-item", "table-row", "alert", "html", "marker"]);

const cache = new WeakMap<LocalizedFile, CheckList>();

/**
 * The text pairs of `file` that the per-segment rules check, computed once per file. A side-by-side
 * file gives its segments (ids pair them exactly). A plain Markdown translation gives its prose blocks
 * paired by alignment: with the English source when it is the version translated (or versions are not
 * tracked), else with the siblings of the same version, where the sibling block whose invariant tokens
 * (links, code, numbers) a strict majority of the siblings share stands in for the English (`agreed`
 * when two siblings or more back it), the one with the fewest syntax characters out of place chosen.
 * A prose block with syntax characters that nothing aligns with comes `alone` (see {@link PairedSegment}).
 */
export function pairsToCheck(file: LocalizedFile, group: SiblingGroup): CheckList {
  let list = cache.get(file);
  if (list) return list;
  if (file.kind !== "markdown" || file.unreadable || isSideBySide(file)) list = segmentsToCheck(file);
  else list = blockPairs(file, referenceAlignments(file, group));
  cache.set(file, list);
  return list;
}

function blockPairs(file: LocalizedFile, alignments: Alignment[]): CheckList {
  const pairs: PairedSegment[] = [];
  const blocks = alignBlocks(file);
  const confident = alignments.map((a) => confidentPairs(a));
  const masks: number[] = [];
  // With the English source, a paragraph split in several (or several joined) is compared as one unit.
  const joins = alignments.length === 1 && alignments[0]!.role === "source" ? joinsOf(alignments[0]!) : null;
  for (const block of blocks) {
    if (!PROSE.has(block.kind)) continue;
    if (joins?.absorbedT.has(block.index)) continue;
    const [tStart, tEnd] = joins?.translation.get(block.index) ?? [block.start, block.end];
    const counterparts: { alignment: Alignment; block: AlignBlock }[] = [];
    alignments.forEach((a, k) => {
      const r = confident[k]!.get(block.index);
      if (r !== undefined) counterparts.push({ alignment: a, block: a.referenceBlocks[r]! });
    });
    const translation = file.text.slice(tStart, tEnd);
    if (counterparts.length === 0) {
      const t = charMask(translation);
      if ((t & SYNTAX_CHARS) === 0) continue;
      masks.push(t, 0);
      pairs.push({ id: "", start: tStart, translation, translationOffset: tStart, source: "", sourceOffset: tStart, sourceFile: file, origin: "", agreed: false, alone: true });
      continue;
    }
    let chosen = counterparts[0]!;
    let agreed = chosen.alignment.role === "source";
    if (!agreed) {
      const byKey = new Map<string, typeof counterparts>();
      for (const c of counterparts) {
        const list = byKey.get(c.block.key);
        if (list) list.push(c);
        else byKey.set(c.block.key, [c]);
      }
      let majority: typeof counterparts | null = null;
      for (const list of byKey.values()) if (list.length * 2 > counterparts.length) majority = list;
      const candidates = majority ?? counterparts;
      agreed = majority !== null && majority.length >= 2;
      chosen = candidates.reduce((best, c) => (oddity(c) < oddity(best) ? c : best));
    }
    const reference = chosen.alignment.reference;
    const [sStart, sEnd] = (joins && chosen.alignment === alignments[0] ? joins.reference.get(chosen.block.index) : undefined) ?? [chosen.block.start, chosen.block.end];
    const source = reference.text.slice(sStart, sEnd);
    if (source === translation) continue;
    const t = charMask(translation);
    const s = charMask(source);
    if (t === 0 && s === 0) continue;
    masks.push(t, s);
    pairs.push({
      id: "",
      start: tStart,
      translation,
      translationOffset: tStart,
      source,
      sourceOffset: sStart,
      sourceFile: reference,
      origin: chosen.alignment.role === "source" ? "the English source" : reference.locale,
      agreed,
    });
  }
  return new CheckList(pairs, Uint16Array.from(masks));
}

/** How much damage-prone syntax a sibling block shows (`[](`, `] (`, full-width brackets): the least damaged stands in for the English. */
function oddity(c: { alignment: Alignment; block: AlignBlock }): number {
  const text = c.alignment.reference.text.slice(c.block.start, c.block.end);
  let n = 0;
  for (const re of DAMAGE) {
    re.lastIndex = 0;
    while (re.exec(text)) n++;
  }
  return n;
}

const DAMAGE = [/\[\s*\]\(/g, /\][ \t\u00a0\u3000]+\(/g, /[\uff3b\uff3d\uff08\uff09]/g, /\*\*[ \t]+\S[^*\n]*\*\*/g];

/** True when the pair's reference text is another translation's block (no English source to compare with). */
export function fromSibling(pair: PairedSegment): boolean {
  return pair.sourceFile !== undefined && pair.origin !== "the English source";
}

/** Who the pair's reference text speaks for, for messages: "the English text", "the English source", "ja-jp". */
export function originOf(pair: PairedSegment): string {
  return pair.origin ?? "the English text";
}

/** A related location at `offset` within the pair's reference text. */
export function relatedInPair(file: LocalizedFile, pair: PairedSegment, offset: number, message: string): RelatedLocation {
  return relatedAt(pair.sourceFile ?? file, pair.sourceOffset + offset, message);
}

/** The related location naming the pair's reference text as a whole. */
export function relatedPair(file: LocalizedFile, pair: PairedSegment): RelatedLocation {
  if (!pair.sourceFile) return relatedAt(file, pair.sourceOffset, `The English text of segment ${quote(pair.id)}`);
  const who = pair.origin === "the English source" ? "The English source" : pair.sourceFile.locale;
  return relatedAt(pair.sourceFile, pair.sourceOffset, `${who} has this block here`);
}

/** `The English text has`, `The English source has`, `ja-jp has`: the start of a related message about a pair's reference text. */
export function originHas(pair: PairedSegment): string {
  const origin = originOf(pair);
  return `${origin.startsWith("the ") ? `T${origin.slice(1)}` : origin} has`;
}
