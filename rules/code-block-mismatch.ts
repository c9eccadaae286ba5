// rules/code-block-mismatch.ts: code is never translated: each block's lines equal the reference's, comments aside.
import { driftOf, sinceLabel } from "../src/align/drift.js";
import { type CodeLine, codeLines } from "../src/align/index.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { alignSequences } from "../src/shared/links.js";
import { type Agreement, localeList } from "../src/shared/group.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

interface Fence {
  offset: number;
  /** Offset of the content's first character (the line after the opening fence). */
  contentStart: number;
  /** Content as stored. */
  content: string;
  /** Content with CRLF turned into LF. */
  normalized: string;
  /** The lines compared: comments stripped per the fence's language, invisible spaces made plain (see codeLines). */
  lines: CodeLine[];
  /** The compared lines joined: what siblings vote on. */
  key: string;
  /** YAML: a plain or quoted scalar may be wrapped over lines (Prettier does), so lines joined with a blank are the same document. */
  reflows: boolean;
  /** The comments of the block, joined: when two blocks' comments agree, copying the reference's code loses no translation. */
  comments: string;
}

/** A block with more changed lines than this, and fewer than half its lines the same, is reported once as a whole. */
const REPLACED_MIN_LINES = 3;

/** Past this many changed lines in one block, the rest is summed up in one finding. */
const MAX_LINE_FINDINGS = 20;

const QUOTE_MAX = 60;

/** Languages in which a line break inside a value folds to a blank: YAML `key:\n  long value` is `key: long value`; in Markdown a line break in a paragraph or link definition is a blank. */
const REFLOWING = new Set(["yaml", "yml", "markdown", "md"]);

const fenceCache = new WeakMap<LocalizedFile, Fence[]>();

export default defineRule({
  id: "code-block-mismatch",
  description: "Fenced code blocks are identical to the English source's or the siblings' (code is never translated)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check(context) {
    const { file, group } = context;
    if (file.kind !== "markdown") return [];
    // With the English source to compare with, blocks pair by alignment: a missing or extra block is block-missing's or block-extra's.
    const drift = driftOf(context);
    const alignment = drift?.alignment;
    if (drift && alignment) {
      const source = alignment.reference;
      const mineByStart = new Map(fencesOf(file).map((f) => [f.offset, f]));
      const theirsByStart = new Map(fencesOf(source).map((f) => [f.offset, f]));
      const differing: [Fence, Fence, boolean][] = [];
      for (const pair of alignment.pairs) {
        if (pair.translation === -1 || pair.reference === -1) continue;
        const mine = mineByStart.get(alignment.blocks[pair.translation]!.start);
        const theirs = theirsByStart.get(alignment.referenceBlocks[pair.reference]!.start);
        if (mine && theirs && mine.key !== theirs.key) differing.push([mine, theirs, alignment.since?.changed.has(pair.reference) === true]);
      }
      const fixable = differing.length === 1;
      const changed = `the English source (changed${sinceLabel(drift)})`;
      return differing.flatMap(([mine, theirs, since]) => lineFindings(file, mine, source, theirs, since ? changed : "the English source", fixable && mine.comments === theirs.comments));
    }
    const markdownFences = (f: LocalizedFile) => (f.kind === "markdown" && !f.unreadable ? fencesOf(f) : undefined);
    const mine = fencesOf(file);
    // The common case: every sibling of the same version has these very blocks.
    if (!group.sourceMatches(file) && group.sameHashSiblings(file).every((f) => f.kind === "markdown" && sameFences(fencesOf(f), mine))) return [];
    const count = group.agreement(file, (f) => markdownFences(f)?.length, { fromSource: true });
    if (!count) return [];
    if (count.value !== mine.length) return [countFinding(file, mine, count)];
    if (mine.length === 0) return [];

    const differing: { index: number; agreement: Agreement<string> }[] = [];
    for (let i = 0; i < mine.length; i++) {
      // Only files with as many blocks vote, so that block i means the same block everywhere.
      const agreement = group.agreement(
        file,
        (f) => {
          const fences = markdownFences(f);
          return fences && fences.length === mine.length ? fences[i]!.key : undefined;
        },
        { fromSource: true },
      );
      if (agreement && agreement.value !== mine[i]!.key) differing.push({ index: i, agreement });
    }
    // Copying the reference's code is safe when the rest of the file's code agrees with it.
    const fixable = differing.length === 1;
    return differing.flatMap(({ index, agreement }) => blockFindings(file, mine[index]!, index, agreement, fixable));
  },
});

/** A file's fences, computed once (by a function of their own, which the hot callers do not inline). */
function fencesOf(file: LocalizedFile): Fence[] {
  let fences = fenceCache.get(file);
  if (!fences) {
    fences = computeFences(file);
    fenceCache.set(file, fences);
  }
  return fences;
}

function computeFences(file: LocalizedFile): Fence[] {
  const text = file.text;
  return file.markdown.structure.codeFences.map((f) => {
    const eol = text.indexOf("\n", f.offset);
    const contentStart = eol === -1 ? text.length : eol + 1;
    const lang = f.info.split(/[\s{,]/)[0]!.toLowerCase();
    const lines = codeLines(f.content, lang);
    const reflows = REFLOWING.has(lang);
    const key = lines.map((l) => l.key).join(reflows ? " " : "\n");
    const code = new Map(lines.map((l) => [l.line, l.text]));
    // The lines as written ("output" strips nothing, not even a plain-text note), less the code compared: the comments and notes.
    const comments = codeLines(f.content, "output")
      .map((raw) => raw.text.slice(code.get(raw.line)?.length ?? 0).trim())
      .filter((c) => c !== "")
      .join("\n");
    return { offset: f.offset, contentStart, content: f.content, normalized: f.content.includes("\r") ? f.content.replace(/\r\n/g, "\n") : f.content, lines, key, reflows, comments };
  });
}

function sameFences(a: Fence[], b: Fence[]): boolean {
  return a.length === b.length && a.every((fence, i) => fence.key === b[i]!.key);
}

function who(agreement: Agreement<unknown>): string {
  return agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
}

function nameOf(file: LocalizedFile): string {
  return file.isSource ? "The English source" : file.locale;
}

/**
 * The words that differ between two lines whose first difference is at `column`: from the blank or quote
 * before the difference to the blank or quote after it, on each side (`"./invoice.pdf"` against
 * `"./rechnung.pdf"` gives `./invoice.pdf` and `./rechnung.pdf`). Null when a side has no word there
 * (only blanks differ) or a word would hold a double quote.
 */
function differingWords(ref: string, mine: string, column: number): [string, string] | null {
  let suffix = 0;
  while (suffix < ref.length - column && suffix < mine.length - column && ref[ref.length - 1 - suffix] === mine[mine.length - 1 - suffix]) suffix++;
  const boundary = (c: string | undefined) => c === undefined || c === " " || c === "\t" || c === '"' || c === "'" || c === "`";
  let start = column;
  while (start > 0 && !boundary(ref[start - 1])) start--;
  const word = (line: string, end: number) => {
    let e = end;
    while (e < line.length && !boundary(line[e])) e++;
    return line.slice(start, e);
  };
  const a = word(ref, Math.max(column, ref.length - suffix));
  const b = word(mine, Math.max(column, mine.length - suffix));
  if (a.trim() === "" || b.trim() === "" || a === b) return null;
  return [a, b];
}

/** A long line quoted around `column`, where it differs from the other, rather than cut at its start. */
function quoteAround(line: string, column: number): string {
  const text = line.trimEnd();
  const lead = text.length - text.trimStart().length;
  if (text.length - lead <= QUOTE_MAX) return quoteLine(text.trim());
  const from = Math.max(lead, column - 30);
  const to = Math.min(text.length, from + QUOTE_MAX - 2);
  return quote(`${from > lead ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`);
}

function quoteLine(line: string): string {
  return quote(line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX - 1)}…` : line);
}

function countFinding(file: LocalizedFile, mine: Fence[], agreement: Agreement<number>): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const ref = fencesOf(witness);
  // Point at the first block that is not the reference's block at the same place.
  let i = 0;
  while (i < mine.length && i < ref.length && mine[i]!.key === ref[i]!.key) i++;
  const plural = agreement.value === 1 ? "" : "s";
  const message = `Expected ${agreement.value} code block${plural} as in ${who(agreement)} but found ${mine.length}`;
  const refFence = ref[i];
  const related = refFence ? [relatedAt(witness, refFence.offset, `${nameOf(witness)} has this code block here`)] : undefined;
  return findingAt(file, mine[i]?.offset ?? file.bodyStart, message, { related });
}

/** Findings for a block whose code differs from the reference's block, one per changed line (see {@link lineFindings}). */
function blockFindings(file: LocalizedFile, fence: Fence, index: number, agreement: Agreement<string>, fixable: boolean): RuleFinding[] {
  const witness = agreement.agreeing[0]!;
  const refFence = fencesOf(witness)[index]!;
  const findings = lineFindings(file, fence, witness, refFence, who(agreement), fixable && fence.comments === refFence.comments);
  return findings;
}

/**
 * One finding per line that differs between two blocks' compared lines (comments stripped), after
 * aligning the lines: a changed line, a line the reference has and this block lacks, an extra line.
 * Past {@link MAX_LINE_FINDINGS}, one more finding says how many lines differ besides. A fix (copying
 * the reference's code) rides on the first finding when `fixable`.
 */
function lineFindings(file: LocalizedFile, fence: Fence, witness: LocalizedFile, refFence: Fence, whom: string, fixable: boolean): RuleFinding[] {
  const mineLines = fence.lines;
  const refLines = refFence.lines;
  const pairs = alignSequences(
    refLines.map((l) => l.key),
    mineLines.map((l) => l.key),
  );
  const findings: RuleFinding[] = [];
  const contentEnd = fence.contentStart + fence.content.length;
  const witnessName = nameOf(witness);
  const same = (k: number) => {
    const [e, f] = pairs[k]!;
    return e !== -1 && f !== -1 && refLines[e]!.key === mineLines[f]!.key;
  };
  // In YAML, a run of changed lines that reads the same once joined is a value wrapped differently: no change.
  const rewrapped = new Set<number>();
  /** Runs of changed lines (first pair → pair after the last) that are one value wrapped differently. */
  const wrappedRuns = new Map<number, number>();
  if (fence.reflows && refFence.reflows) {
    for (let k = 0; k < pairs.length; ) {
      if (same(k)) {
        k++;
        continue;
      }
      let end = k;
      while (end < pairs.length && !same(end)) end++;
      const run = pairs.slice(k, end);
      const joined = (side: 0 | 1, lines: CodeLine[]) =>
        run
          .map((p) => p[side])
          .filter((i) => i !== -1)
          .map((i) => lines[i]!.key)
          .join(" ");
      if (joined(0, refLines) === joined(1, mineLines)) for (let i = k; i < end; i++) rewrapped.add(i);
      else {
        // A value on one line on one side and wrapped over several on the other, and changed, is one change, reported once.
        const count = (side: 0 | 1) => run.filter((p) => p[side] !== -1).length;
        if (Math.min(count(0), count(1)) === 1 && Math.max(count(0), count(1)) > 1) wrappedRuns.set(k, end);
      }
      k = end;
    }
  }
  // A block whose lines mostly differ (a sample output replaced wholesale, a rewritten example) is one
  // finding: lined up line by line, its lines would be paired with unrelated ones, one finding each.
  let sameLines = 0;
  for (let k = 0; k < pairs.length; k++) if (same(k) || rewrapped.has(k)) sameLines++;
  const total = Math.max(refLines.length, mineLines.length);
  const changedLines = total - sameLines;
  const replaced = changedLines > REPLACED_MIN_LINES && sameLines * 2 < total;
  let skipped = 0;
  let nextMine = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [e, f] = pairs[k]!;
    if (f !== -1) nextMine = f + 1;
    if (same(k) || rewrapped.has(k)) continue;
    if (findings.length >= MAX_LINE_FINDINGS) {
      skipped++;
      continue;
    }
    const runEnd = wrappedRuns.get(k);
    if (runEnd !== undefined && !replaced) {
      findings.push(wrappedFinding(file, fence, witness, refFence, whom, pairs.slice(k, runEnd)));
      for (let i = k + 1; i < runEnd; i++) if (pairs[i]![1] !== -1) nextMine = pairs[i]![1] + 1;
      k = runEnd - 1;
      continue;
    }
    const ref = e === -1 ? undefined : refLines[e];
    const mine = f === -1 ? undefined : mineLines[f];
    let at: number;
    let message: string;
    if (ref && mine) {
      // Compared without their leading blanks (indentation is no change): the quotes are the code, the
      // column is the first character that differs.
      const refCode = ref.text.trimStart();
      const mineCode = mine.text.trimStart();
      let column = 0;
      while (column < mineCode.length && column < refCode.length && mineCode[column] === refCode[column]) column++;
      at = fence.contentStart + mine.offset + (mine.text.length - mineCode.length) + column;
      const words = differingWords(refCode, mineCode, column);
      message = words
        ? `Expected ${quote(words[0])} in this code line as in ${whom} but found ${quote(words[1])}`
        : `Expected code line ${quoteAround(refCode, column)} as in ${whom} but found ${quoteAround(mineCode, column)}`;
    } else if (ref) {
      // A line this block lacks: placed at the next line it has, or at the end of the block.
      const following = mineLines[nextMine];
      at = following ? fence.contentStart + following.offset : contentEnd;
      message = `Expected code line ${quoteLine(ref.text.trim())} as in ${whom} ${following ? "before this line" : "at the end of the block"} but found none`;
    } else {
      at = fence.contentStart + mine!.offset;
      message = `Expected no code line here as in ${whom} but found ${quoteLine(mine!.text.trim())}`;
    }
    if (replaced) message = `Expected the code of ${whom} but found a block that differs in ${changedLines} of its ${total} lines, from here`;
    const refAt = ref ? refFence.contentStart + ref.offset : refFence.contentStart;
    const finding = findingAt(file, Math.min(at, contentEnd), message, {
      related: [relatedAt(witness, refAt, ref ? `${witnessName} has ${quoteLine(ref.text.trim())} here` : `${witnessName} has this code block here`)],
    });
    findings.push(finding);
    if (replaced) break;
  }
  if (skipped > 0) {
    findings.push(findingAt(file, fence.offset, `Expected the code of ${whom} but found ${skipped} more changed line${skipped === 1 ? "" : "s"} in this block`));
  }
  if (fixable && findings.length > 0 && file.text.startsWith(fence.content, fence.contentStart)) {
    // The block keeps its own line endings (the file's when it has none).
    const crlf = fence.content.includes("\n") ? fence.content.includes("\r\n") : file.eol === "\r\n";
    const value = refFence.normalized;
    findings[0]!.fix = { range: [fence.contentStart, fence.contentStart + fence.content.length], text: crlf ? value.replace(/\n/g, "\r\n") : value };
  }
  return findings;
}

/**
 * One finding for a run of changed lines that hold one value wrapped over another number of lines
 * (YAML, Markdown): the lines of each side joined with a blank, as the value reads, compared at their
 * first difference, reported at that character of this block.
 */
function wrappedFinding(file: LocalizedFile, fence: Fence, witness: LocalizedFile, refFence: Fence, whom: string, run: [number, number][]): RuleFinding {
  const refRun = run.filter((p) => p[0] !== -1).map((p) => refFence.lines[p[0]]!);
  const mineRun = run.filter((p) => p[1] !== -1).map((p) => fence.lines[p[1]]!);
  const refText = refRun.map((l) => l.text.trim()).join(" ");
  const mineText = mineRun.map((l) => l.text.trim()).join(" ");
  let column = 0;
  while (column < mineText.length && column < refText.length && mineText[column] === refText[column]) column++;
  // The line of this block that holds the joined text's `column`.
  let at = fence.contentStart + mineRun[0]!.offset;
  let from = 0;
  for (const line of mineRun) {
    const code = line.text.trim();
    if (column <= from + code.length) {
      at = fence.contentStart + line.offset + (line.text.length - line.text.trimStart().length) + Math.max(0, column - from);
      break;
    }
    from += code.length + 1;
  }
  const words = differingWords(refText, mineText, column);
  const message = words
    ? `Expected ${quote(words[0])} in this code line as in ${whom} but found ${quote(words[1])}`
    : `Expected code line ${quoteAround(refText, column)} as in ${whom} but found ${quoteAround(mineText, column)}`;
  const first = refRun[0]!;
  return findingAt(file, Math.min(at, fence.contentStart + fence.content.length), message, {
    related: [relatedAt(witness, refFence.contentStart + first.offset, `${nameOf(witness)} has ${quoteLine(first.text.trim())} here`)],
  });
}
