// Applying fixes to text: non-overlapping ranges in order, as ESLint does; overlapping ones wait for the next pass.
import type { Finding } from "../types.js";

/**
 * True when `fix` would change `text` (BOM removed): a finding is fixable only then. A fix that puts back
 * what is there (an empty range with no text, or the same text) would be reported as fixable and never fix.
 */
export function changesText(text: string, fix: NonNullable<Finding["fix"]>, eol?: "\n" | "\r\n"): boolean {
  const [start, end] = fix.range;
  if (start < 0 || start > end || end > text.length) return false;
  return text.slice(start, end) !== (eol ? fix.text.replace(/\r?\n/g, eol) : fix.text);
}

/**
 * Applies the findings' fixes to `text` (BOM removed). With `eol`, line breaks inside a fix's text are
 * written as the file's (`LocalizedFile.eol`), so a rule that inserts "\n" cannot mix endings into a
 * CRLF file.
 */
export function applyFixes(text: string, findings: readonly Finding[], eol?: "\n" | "\r\n"): { text: string; applied: number } {
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is NonNullable<Finding["fix"]> => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let last = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < last || start > end || end > text.length) continue;
    out += text.slice(last, start) + (eol ? fix.text.replace(/\r?\n/g, eol) : fix.text);
    last = end;
    applied++;
  }
  return { text: out + text.slice(last), applied };
}
