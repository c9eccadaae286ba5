// rules/structure-mismatch.ts: headings, list items, tables, alerts and images match the reference's.
import { sourceAlignment } from "../src/align/index.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { Heading } from "../src/parse/model.js";
import { type Agreement, localeList } from "../src/shared/group.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";
import { pushAll } from "../src/shared/arrays.js";

/** What each kind of structure is compared by: one string or number per file, cached per file. */
interface Shape {
  /** Heading levels, one digit each. */
  headings: string;
  lists: number;
  /** `rows x columns` per table. */
  tables: string;
  /** Alert kinds in order. */
  alerts: string;
  images: number;
  /** All of the above in one string. */
  key: string;
}

/** A difference between two sequences, by index: an element missing from `mine`, an extra one, or one that changed. */
type Difference = { kind: "missing"; ref: number; mine: number } | { kind: "extra"; mine: number; ref: number } | { kind: "changed"; index: number };

/** Past this many cells, alignment gives up and compares by index (a mismatch that large is obvious anyway). */
const MAX_ALIGNMENT_CELLS = 4_000_000;

const shapes = new WeakMap<LocalizedFile, Shape>();

export default defineRule({
  id: "structure-mismatch",
  description: "Headings, list items, tables, alerts and images match the English source or the siblings",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    if (file.kind !== "markdown") return [];
    const findings: RuleFinding[] = [];
    // The English source shares headings, lists and tables with every translation; alerts and images are compared among siblings.
    const reference = <T extends string | number>(pick: (s: Shape) => T, fromSource: boolean) =>
      group.agreement(file, (f) => (f.kind === "markdown" && !f.unreadable ? pick(shapeOf(f)) : undefined), { fromSource });
    const mine = shapeOf(file);
    // The common case: every sibling of the same version has this very shape.
    if (!group.sourceMatches(file) && group.sameHashSiblings(file).every((f) => f.kind === "markdown" && shapeOf(f).key === mine.key)) return [];

    // Aligned with the English source, each missing, extra or re-levelled heading, list item and table
    // row is reported where it is by block-missing, block-extra and heading-changed: not counted here too.
    const aligned = sourceAlignment(file, group) !== null;
    const headings = aligned ? null : reference((s) => s.headings, true);
    if (headings && headings.value !== mine.headings) findings.push(headingFinding(file, headings));
    const lists = aligned ? null : reference((s) => s.lists, true);
    const listDifference = lists && lists.value !== mine.lists ? listFinding(file, lists) : null;
    if (listDifference) findings.push(listDifference);
    const tables = reference((s) => s.tables, true);
    if (tables && tables.value !== mine.tables) pushAll(findings, tableFindings(file, tables, aligned));
    const alerts = reference((s) => s.alerts, false);
    if (alerts && alerts.value !== mine.alerts) findings.push(alertFinding(file, alerts));
    const images = reference((s) => s.images, false);
    if (images && images.value !== mine.images) findings.push(imageFinding(file, images));
    return findings;
  },
});

/**
 * The shape of a file, computed once. The computation is a function of its own: called once per file
 * from a path run once per sibling pair, it is not inlined into the hot callers, whose optimized code
 * then no longer deoptimizes each time a file's structure arrays come in another elements kind.
 */
function shapeOf(file: LocalizedFile): Shape {
  let shape = shapes.get(file);
  if (!shape) {
    shape = computeShape(file);
    shapes.set(file, shape);
  }
  return shape;
}

function computeShape(file: LocalizedFile): Shape {
  const s = file.markdown.structure;
  const headings = s.headings.map((h) => h.level).join("");
  const tables = s.tables.map((t) => `${t.rows}x${t.columns}`).join(",");
  const alerts = s.alerts.map((a) => a.kind).join(",");
  const key = `${headings}|${s.listItems}|${tables}|${alerts}|${s.images.length}`;
  return { headings, lists: s.listItems, tables, alerts, images: s.images.length, key };
}

/** "the English source" or "de-de, fr-fr and 3 more". */
function who(agreement: Agreement<unknown>): string {
  return agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
}

function nameOf(file: LocalizedFile): string {
  return file.isSource ? "The English source" : file.locale;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// ---- Headings ----------------------------------------------------------------------------

function headingFinding(file: LocalizedFile, agreement: Agreement<string>): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const mine = file.markdown.structure.headings;
  const ref = witness.markdown.structure.headings;
  if (mine.length === ref.length) {
    let first = -1;
    let differing = 0;
    for (let i = 0; i < mine.length; i++) {
      if (mine[i]!.level === ref[i]!.level) continue;
      differing++;
      if (first === -1) first = i;
    }
    const h = mine[first]!;
    const r = ref[first]!;
    const more = differing > 1 ? ` (${differing - 1} more heading${differing === 2 ? "" : "s"} differ)` : "";
    return findingAt(file, h.offset, `Expected a level-${r.level} heading as in ${who(agreement)} but found level ${h.level}${more}`, {
      related: [relatedAt(witness, r.offset, `${nameOf(witness)} has a level-${r.level} heading here`)],
    });
  }
  const useAnchors = hasAnchors(mine) && hasAnchors(ref);
  const key = (h: Heading) => (useAnchors ? `${h.level}:${anchorOf(h)}` : String(h.level));
  const d = firstDifference(mine.map(key), ref.map(key));
  const counts = `Expected ${plural(ref.length, "heading")} as in ${who(agreement)} but found ${mine.length}`;
  return placeDifference(file, witness, d, counts, mine, ref, (h) => `level-${h.level} heading`);
}

function hasAnchors(headings: Heading[]): boolean {
  return headings.some((h) => h.raw.includes("<a "));
}

function anchorOf(h: Heading): string {
  return /<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']*)["']/i.exec(h.raw)?.[1] ?? "";
}

/**
 * A finding for a missing or extra element: at the element of `file` where the difference starts
 * (for a missing one, the element that now stands in its place, or the body's start when none does).
 */
function placeDifference<T extends { offset: number }>(
  file: LocalizedFile,
  witness: LocalizedFile,
  d: Difference | null,
  counts: string,
  mine: T[],
  ref: T[],
  describe: (element: T) => string,
): RuleFinding {
  if (d === null || d.kind === "changed") {
    const index = d?.index ?? 0;
    const at = mine[index]?.offset ?? file.bodyStart;
    const related = ref[index] ? [relatedAt(witness, ref[index].offset, `${nameOf(witness)} has a ${describe(ref[index])} here`)] : undefined;
    return findingAt(file, at, counts, { related });
  }
  if (d.kind === "missing") {
    const missing = ref[d.ref]!;
    const at = mine[d.mine]?.offset ?? file.bodyStart;
    return findingAt(file, at, `${counts}: a ${describe(missing)} is missing ${mine[d.mine] ? "before this one" : "in this file"}`, {
      related: [relatedAt(witness, missing.offset, `${nameOf(witness)} has the ${describe(missing)} here`)],
    });
  }
  const extra = mine[d.mine]!;
  const next = ref[d.ref];
  return findingAt(file, extra.offset, `${counts}: this ${describe(extra)} is not in ${witness.isSource ? "the English source" : witness.locale}`, {
    related: next ? [relatedAt(witness, next.offset, `${nameOf(witness)} goes on with a ${describe(next)} here`)] : undefined,
  });
}

// ---- Lists -------------------------------------------------------------------------------

interface ListItem {
  offset: number;
  /** Indentation and marker (numbers included, as translations keep them): `0-`, `0 1.`, `2*` … */
  key: string;
  /** The marker as written: `-`, `2020.` … */
  marker: string;
  /** A number that is likely text read as a list marker: a year ("2020.") or one right after a marker ("- 1. Februar"). */
  accidental: boolean;
}

/**
 * Matches a list item marker at a line start (after `>` quotes): bullets, and ordered markers of up to 9
 * digits; groups: the quotes, the indentation, the marker. The quotes are matched atomically (a
 * lookahead's capture, then a backreference): a space after `>` could otherwise go either to this
 * quote or to the next, and a line of "> " repeated 30 times took minutes to fail.
 */
const LIST_ITEM = /^(?=((?:[ \t]{0,3}>[ \t]?)*))\1([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t]|\r?$)/gm;
/** Another marker right after a marker's spaces (sticky, set lastIndex). */
const NESTED_ITEM = /([ \t]{1,4})([-*+]|\d{1,9}[.)])(?=[ \t]+\S)/y;

function listFinding(file: LocalizedFile, agreement: Agreement<number>): RuleFinding | null {
  const witness = agreement.agreeing[0]!;
  const counts = `Expected ${plural(agreement.value, "list item")} as in ${who(agreement)} but found ${file.markdown.structure.listItems}`;
  const mine = listItemsOf(file);
  const ref = listItemsOf(witness);
  // Where the items are is only known when a line scan agrees with the scanner's count on both sides.
  if (!mine || !ref) return findingAt(file, file.bodyStart, counts, { related: [relatedAt(witness, witness.bodyStart, `${nameOf(witness)} has ${agreement.value}`)] });
  // The reference's own numbered text can make the difference: then this file is the one that is right.
  const accidents = (items: ListItem[]) => items.reduce((n, item) => n + (item.accidental ? 1 : 0), 0);
  if (accidents(mine) === 0 && accidents(ref) > 0 && ref.length - accidents(ref) === mine.length) return null;
  // This file escaped as text (`\* Footnote`, `2020\. június`) what the reference renders as list items:
  // the reference is the broken one there, and the file repaired it.
  if (mine.length < ref.length && escapedMarkers(file) >= ref.length - mine.length) return null;
  const d = firstDifference(
    mine.map((m) => m.key),
    ref.map((r) => r.key),
  );
  if (d?.kind === "extra") {
    // The usual cause: translated text that starts with a number or a star ("2020. június", "* Savings").
    const marker = mine[d.mine]!.marker;
    const escaped = `${marker.slice(0, -1)}\\${marker.slice(-1)}`;
    const kind = /^\d/.test(marker) ? "numbered list item" : "list item";
    return findingAt(file, mine[d.mine]!.offset, `${counts}: ${quote(marker)} here starts a ${kind} (write ${quote(escaped)} to keep it text)`, {
      end: mine[d.mine]!.offset + marker.length,
      related: ref[d.ref] ? [relatedAt(witness, ref[d.ref]!.offset, `${nameOf(witness)} goes on with this list item`)] : undefined,
    });
  }
  return placeDifference(file, witness, d, counts, mine, ref, () => "list item");
}

/** List items found line by line outside code, or null when that count disagrees with the Markdown scan's. */
export function listItemsOf(file: LocalizedFile): ListItem[] | null {
  const { codeRanges, structure } = file.markdown;
  const text = file.text;
  const items: ListItem[] = [];
  let range = 0;
  LIST_ITEM.lastIndex = file.bodyStart;
  for (let m = LIST_ITEM.exec(text); m; m = LIST_ITEM.exec(text)) {
    const at = m.index + m[0].length - m[3]!.length;
    while (range < codeRanges.length && codeRanges[range]![1] <= at) range++;
    if (range < codeRanges.length && codeRanges[range]![0] <= at) continue;
    if (isThematicBreak(text, m.index)) continue;
    // Only "1." may interrupt a paragraph: "2020. június" right under a line of text stays text.
    if (m[2] === "" && m.index === at && /^\d+[.)]$/.test(m[3]!) && !/^1[.)]$/.test(m[3]!) && continuesParagraph(text, m.index)) continue;
    let indent = m[2]!.replace(/\t/g, "    ").length;
    let marker = m[3]!;
    let offset = at;
    let nested = false;
    // A marker right after a marker opens a list inside the item ("- 3. foo"): one item more.
    for (;;) {
      // Numbers of 3+ digits ("2020.") and numbers right after a marker ("- 1. Februar") are text that Markdown reads as a list.
      const numbered = /^\d/.test(marker);
      items.push({ offset, key: `${indent} ${marker}`, marker, accidental: numbered && (nested || marker.length > 3) });
      nested = true;
      NESTED_ITEM.lastIndex = offset + marker.length;
      const inner = NESTED_ITEM.exec(text);
      if (!inner) break;
      indent += marker.length + inner[1]!.length;
      marker = inner[2]!;
      offset = inner.index + inner[1]!.length;
    }
  }
  return items.length === structure.listItems ? items : null;
}

const ESCAPED_MARKER = /^[ \t>]*(?:\\[-*+]|\d{1,9}\\[.)])[ \t]/gm;

/** Lines of the body that start with an escaped list marker (`\* `, `\- `, `3\. `): text that would otherwise be a list item. */
function escapedMarkers(file: LocalizedFile): number {
  const body = file.text.slice(file.bodyStart);
  if (!body.includes("\\")) return 0;
  return body.match(ESCAPED_MARKER)?.length ?? 0;
}

/** True when the line before `lineStart` is text at the left margin that is not a list item, quote or heading. */
function continuesParagraph(text: string, lineStart: number): boolean {
  if (lineStart < 2) return false;
  const prevEnd = text.charCodeAt(lineStart - 2) === 13 ? lineStart - 2 : lineStart - 1;
  const prevStart = text.lastIndexOf("\n", prevEnd - 1) + 1;
  const prev = text.slice(prevStart, prevEnd);
  return /^[^\s>#|]/.test(prev) && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(prev);
}

function isThematicBreak(text: string, lineStart: number): boolean {
  const end = text.indexOf("\n", lineStart);
  return /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/.test(text.slice(lineStart, end === -1 ? text.length : end));
}

// ---- Tables ------------------------------------------------------------------------------

function tableFindings(file: LocalizedFile, agreement: Agreement<string>, aligned: boolean): RuleFinding[] {
  const witness = agreement.agreeing[0]!;
  const mine = file.markdown.structure.tables;
  const ref = witness.markdown.structure.tables;
  const source = who(agreement);
  if (mine.length !== ref.length) {
    if (aligned) return [];
    const d = firstDifference(
      mine.map((t) => `${t.rows}x${t.columns}`),
      ref.map((t) => `${t.rows}x${t.columns}`),
    );
    return [placeDifference(file, witness, d, `Expected ${plural(ref.length, "table")} as in ${source} but found ${mine.length}`, mine, ref, () => "table")];
  }
  const findings: RuleFinding[] = [];
  const columns = mine.findIndex((t, i) => t.columns !== ref[i]!.columns);
  if (columns !== -1) {
    // Columns are counted on the delimiter row (`| --- | --- |`), the table's second line.
    const t = mine[columns]!;
    const r = ref[columns]!;
    findings.push(
      findingAt(file, lineOffset(file, t.offset, 1), `Expected ${plural(r.columns, "column")} in this table as in ${source} but found ${t.columns}`, {
        related: [relatedAt(witness, lineOffset(witness, r.offset, 1), `${nameOf(witness)} has ${plural(r.columns, "column")} here`)],
      }),
    );
  }
  const rows = aligned ? -1 : mine.findIndex((t, i) => t.rows !== ref[i]!.rows);
  if (rows !== -1) {
    // Where the tables part: the first extra row, or the line where this table stops early.
    const t = mine[rows]!;
    const r = ref[rows]!;
    const at = Math.min(t.rows, r.rows) + 1;
    findings.push(
      findingAt(file, lineOffset(file, t.offset, at), `Expected ${plural(r.rows, "row")} in this table as in ${source} but found ${t.rows}`, {
        related: [relatedAt(witness, lineOffset(witness, r.offset, at), `${nameOf(witness)} has ${plural(r.rows, "row")} in this table`)],
      }),
    );
  }
  return findings;
}

/** The offset of the line `lines` lines below the one holding `offset` (the text's end when there is none). */
function lineOffset(file: LocalizedFile, offset: number, lines: number): number {
  const start = file.lines.starts[file.lines.lineAt(offset) - 1 + lines];
  return start ?? file.text.length;
}

// ---- Alerts and images -------------------------------------------------------------------

function alertFinding(file: LocalizedFile, agreement: Agreement<string>): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const mine = file.markdown.structure.alerts;
  const ref = witness.markdown.structure.alerts;
  const d = firstDifference(
    mine.map((a) => a.kind),
    ref.map((a) => a.kind),
  );
  if (d?.kind === "changed") {
    const a = mine[d.index]!;
    const r = ref[d.index]!;
    return findingAt(file, a.offset, `Expected alert "[!${r.kind}]" as in ${who(agreement)} but found "[!${a.kind}]"`, {
      end: a.offset + a.kind.length + 3,
      related: [relatedAt(witness, r.offset, `${nameOf(witness)} has "[!${r.kind}]" here`)],
    });
  }
  const counts = `Expected ${plural(ref.length, "alert")} as in ${who(agreement)} but found ${mine.length}`;
  return placeDifference(file, witness, d, counts, mine, ref, (a) => `"[!${a.kind}]" alert`);
}

function imageFinding(file: LocalizedFile, agreement: Agreement<number>): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const mine = file.markdown.structure.images;
  const ref = witness.markdown.structure.images;
  // Localized screenshots may live in other folders: images are matched by file name.
  const name = (target: string) => target.replace(/[?#].*$/, "").replace(/^.*[/\\]/, "").toLowerCase();
  const d = firstDifference(
    mine.map((i) => name(i.target)),
    ref.map((i) => name(i.target)),
  );
  const counts = `Expected ${plural(ref.length, "image")} as in ${who(agreement)} but found ${mine.length}`;
  return placeDifference(file, witness, d, counts, mine, ref, (i) => `image ${quote(i.target)}`);
}

// ---- Alignment ---------------------------------------------------------------------------

/**
 * The first place where two sequences differ. Of equal length, the first index whose keys differ
 * ("changed"); otherwise a longest-common-subsequence alignment tells which element is missing from
 * `mine` or extra in it. Null when the sequences are equal.
 */
export function firstDifference(mine: string[], ref: string[]): Difference | null {
  if (mine.length === ref.length) {
    const index = mine.findIndex((k, i) => k !== ref[i]);
    return index === -1 ? null : { kind: "changed", index };
  }
  const n = mine.length;
  const m = ref.length;
  if ((n + 1) * (m + 1) > MAX_ALIGNMENT_CELLS) {
    let i = 0;
    while (i < n && i < m && mine[i] === ref[i]) i++;
    return n < m ? { kind: "missing", ref: i, mine: i } : { kind: "extra", mine: i, ref: i };
  }
  // lcs[i][j]: longest common subsequence of mine[i..] and ref[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = mine[i] === ref[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (mine[i] === ref[j] && lcs[i * width + j] === lcs[(i + 1) * width + j + 1]! + 1) {
      i++;
      j++;
    } else {
      // Skip whichever side keeps the best alignment; on a tie, the longer sequence holds the odd one.
      const skipMine = lcs[(i + 1) * width + j]!;
      const skipRef = lcs[i * width + j + 1]!;
      return skipMine > skipRef || (skipMine === skipRef && n > m) ? { kind: "extra", mine: i, ref: j } : { kind: "missing", ref: j, mine: i };
    }
  }
  return i < n ? { kind: "extra", mine: i, ref: j } : { kind: "missing", ref: j, mine: i };
}
