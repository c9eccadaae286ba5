// rules/code-block-mismatch.ts: fenced code is never translated: each block equals the reference's, byte for byte.
import type { LocalizedFile } from "../src/parse/file.js";
import { type Agreement, localeList } from "../src/shared/group.js";
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";
import { normalizeInvisible } from "../src/shared/invisible.js";
import type { Fix, RuleFinding } from "../src/types.js";

interface Fence {
  offset: number;
  /** Offset of the content's first character (the line after the opening fence). */
  contentStart: number;
  /** Content as stored. */
  content: string;
  /** Content with CRLF turned into LF and invisible characters normalized (see normalizeInvisible): what is compared. */
  normalized: string;
}

const QUOTE_MAX = 60;

const fenceCache = new WeakMap<LocalizedFile, Fence[]>();

export default defineRule({
  id: "code-block-mismatch",
  description: "Fenced code blocks are identical to the English source's or the siblings' (code is never translated)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group }) {
    if (file.kind !== "markdown") return [];
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
          return fences && fences.length === mine.length ? fences[i]!.normalized : undefined;
        },
        { fromSource: true },
      );
      if (agreement && agreement.value !== mine[i]!.normalized) differing.push({ index: i, agreement });
    }
    // Copying the reference's code is safe when the rest of the file's code agrees with it.
    const fixable = differing.length === 1;
    return differing.map(({ index, agreement }) => blockFinding(file, mine[index]!, index, agreement, fixable));
  },
});

function fencesOf(file: LocalizedFile): Fence[] {
  let fences = fenceCache.get(file);
  if (!fences) {
    const text = file.text;
    fences = file.markdown.structure.codeFences.map((f) => {
      const eol = text.indexOf("\n", f.offset);
      const contentStart = eol === -1 ? text.length : eol + 1;
      // No-break and zero-width characters read the same once the code is pasted: not a translation.
      const normalized = normalizeInvisible(f.content.includes("\r") ? f.content.replace(/\r\n/g, "\n") : f.content);
      return { offset: f.offset, contentStart, content: f.content, normalized };
    });
    fenceCache.set(file, fences);
  }
  return fences;
}

function sameFences(a: Fence[], b: Fence[]): boolean {
  return a.length === b.length && a.every((fence, i) => fence.normalized === b[i]!.normalized);
}

function who(agreement: Agreement<unknown>): string {
  return agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
}

function nameOf(file: LocalizedFile): string {
  return file.isSource ? "The English source" : file.locale;
}

function quote(line: string): string {
  return `"${line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX - 1)}…` : line}"`;
}

function countFinding(file: LocalizedFile, mine: Fence[], agreement: Agreement<number>): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const ref = fencesOf(witness);
  // Point at the first block that is not the reference's block at the same place.
  let i = 0;
  while (i < mine.length && i < ref.length && mine[i]!.normalized === ref[i]!.normalized) i++;
  const plural = agreement.value === 1 ? "" : "s";
  const message = `Expected ${agreement.value} code block${plural} as in ${who(agreement)} but found ${mine.length}`;
  const refFence = ref[i];
  const related = refFence ? [relatedAt(witness, refFence.offset, `${nameOf(witness)} has this code block here`)] : undefined;
  return findingAt(file, mine[i]?.offset ?? file.bodyStart, message, { related });
}

/** A finding at the first line of the block that differs from the reference's block. */
function blockFinding(file: LocalizedFile, fence: Fence, index: number, agreement: Agreement<string>, fixable: boolean): RuleFinding {
  const witness = agreement.agreeing[0]!;
  const refFence = fencesOf(witness)[index]!;
  const mineLines = fence.normalized.split("\n");
  const refLines = agreement.value.split("\n");
  let k = 0;
  while (k < mineLines.length && k < refLines.length && mineLines[k] === refLines[k]) k++;
  // Offsets of line k in the stored text (CRLF included) and in the witness's.
  const lineOffset = (start: number, content: string, line: number) => {
    let at = 0;
    for (let n = 0; n < line; n++) at = content.indexOf("\n", at) + 1;
    return start + at;
  };
  const mineLine = mineLines[k];
  const refLine = refLines[k];
  let column = 0;
  if (mineLine !== undefined && refLine !== undefined) {
    while (column < mineLine.length && column < refLine.length && mineLine[column] === refLine[column]) column++;
  }
  // A last line that is empty is the end of the block: the content ends with a line ending.
  const describe = (line: string | undefined, last: boolean) => (line === undefined || (line === "" && last) ? "the end of the block" : quote(line));
  const expected = describe(refLine, k === refLines.length - 1);
  const found = describe(mineLine, k === mineLines.length - 1);
  const at = Math.min(lineOffset(fence.contentStart, fence.content, Math.min(k, mineLines.length - 1)) + column, fence.contentStart + fence.content.length);
  const message = `Expected code line ${k + 1} ${expected} as in ${who(agreement)} but found ${found}`;
  let fix: Fix | undefined;
  if (fixable && file.text.startsWith(fence.content, fence.contentStart)) {
    // The block keeps its own line endings (the file's when it has none).
    const crlf = fence.content.includes("\n") ? fence.content.includes("\r\n") : file.eol === "\r\n";
    fix = { range: [fence.contentStart, fence.contentStart + fence.content.length], text: crlf ? agreement.value.replace(/\n/g, "\r\n") : agreement.value };
  }
  return findingAt(file, at, message, {
    related: [relatedAt(witness, lineOffset(refFence.contentStart, refFence.content, Math.min(k, refLines.length - 1)), `${nameOf(witness)} has ${expected} here`)],
    fix,
  });
}
