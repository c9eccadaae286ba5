// Unified line diffs (`diff -u` / `git diff` shape) for --fix-dry-run, computed by the `diff` package (jsdiff).
import { structuredPatch } from "diff";

/** `start,count` as `diff -u` writes a hunk range: `start` alone for one line; an empty side is numbered from the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * A unified diff of two texts with `context` lines around each change, headed `--- a/<path>` and
 * `+++ b/<path>` (so `git apply` and `patch -p1` take it from the folder `path` is relative to).
 * Returns "" when the texts are equal. Lines are compared and printed as stored, "\r" included; a
 * missing final newline is marked `\ No newline at end of file`.
 */
export function unifiedDiff(path: string, oldText: string, newText: string, context = 3): string {
  if (oldText === newText) return "";
  const patch = structuredPatch(`a/${path}`, `b/${path}`, oldText, newText, undefined, undefined, { context });
  const out: string[] = [`--- a/${path}\n+++ b/${path}\n`];
  for (const hunk of patch.hunks) {
    // jsdiff's formatPatch writes the same starts, but always with a count ("-1,1"); diff -u omits a count of 1.
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`);
    for (const line of hunk.lines) out.push(`${line}\n`);
  }
  return out.join("");
}
