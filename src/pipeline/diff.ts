// Unified line diffs (`diff -u` / `git diff` shape) for --fix-dry-run: Myers' shortest edit script.

/** One line of an edit script: kept, removed from the old text, or added from the new one. */
interface Edit {
  op: " " | "-" | "+";
  line: string;
  /** 0-based index in the old text (for " " and "-") or the new one (for "+"). */
  oldIndex: number;
  newIndex: number;
}

/**
 * Splits text into lines without their "\n"; a "\r" before it stays part of the line, so a patch of a
 * CRLF file applies byte for byte. `final` is false when the text does not end with a newline.
 */
function splitLines(text: string): { lines: string[]; final: boolean } {
  if (text === "") return { lines: [], final: true };
  const lines = text.split("\n");
  const final = lines[lines.length - 1] === "";
  if (final) lines.pop();
  return { lines, final };
}

/**
 * The shortest edit script from `a` to `b` (Myers 1986, forward pass with a saved frontier per step).
 * Common leading and trailing lines are stripped first, so a fix's few changed lines cost little.
 */
function editScript(a: string[], b: string[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the saved frontiers back from (n, m) to (0, 0), collecting the middle part's edits in reverse.
  const middle: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : frontier[offset + prevK]!;
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push({ op: " ", line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
    if (d === 0) break;
    if (down) {
      y--;
      middle.push({ op: "+", line: b[start + y]!, oldIndex: start + x, newIndex: start + y });
    } else {
      x--;
      middle.push({ op: "-", line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
  }
  middle.reverse();
  const edits: Edit[] = [];
  for (let i = 0; i < start; i++) edits.push({ op: " ", line: a[i]!, oldIndex: i, newIndex: i });
  for (const edit of middle) edits.push(edit);
  for (let i = 0; i < a.length - endA; i++) edits.push({ op: " ", line: a[endA + i]!, oldIndex: endA + i, newIndex: endB + i });
  return edits;
}

/** `start,count` as diff writes it: ",1" left out, and an empty range starts at the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

/**
 * A unified diff of two texts with `context` lines around each change, headed `--- a/<path>` and
 * `+++ b/<path>` (so `git apply` and `patch -p1` take it from the folder `path` is relative to).
 * Returns "" when the texts are equal. Lines are compared and printed as stored, "\r" included.
 */
export function unifiedDiff(path: string, oldText: string, newText: string, context = 3): string {
  if (oldText === newText) return "";
  const before = splitLines(oldText);
  const after = splitLines(newText);
  const a = before.lines;
  const b = after.lines;
  // A missing final newline is a difference of the last line: compare it with a marker so it shows.
  const NO_EOL = "\u0000no-eol";
  if (!before.final && a.length) a[a.length - 1] += NO_EOL;
  if (!after.final && b.length) b[b.length - 1] += NO_EOL;
  const edits = editScript(a, b);

  const changed = edits.map((e, i) => (e.op === " " ? -1 : i)).filter((i) => i >= 0);
  const hunks: [number, number][] = [];
  for (const i of changed) {
    const from = Math.max(0, i - context);
    const to = Math.min(edits.length, i + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }

  let out = `--- a/${path}\n+++ b/${path}\n`;
  for (const [from, to] of hunks) {
    const slice = edits.slice(from, to);
    const oldCount = slice.filter((e) => e.op !== "+").length;
    const newCount = slice.filter((e) => e.op !== "-").length;
    const first = slice[0]!;
    // An empty side starts at the line before the hunk: the index of its first line, 0-based, is that line's 1-based number.
    const oldStart = oldCount === 0 ? first.oldIndex : (slice.find((e) => e.op !== "+")?.oldIndex ?? first.oldIndex);
    const newStart = newCount === 0 ? first.newIndex : (slice.find((e) => e.op !== "-")?.newIndex ?? first.newIndex);
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`;
    for (const e of slice) {
      if (e.line.endsWith(NO_EOL)) out += `${e.op}${e.line.slice(0, -NO_EOL.length)}\n\\ No newline at end of file\n`;
      else out += `${e.op}${e.line}\n`;
    }
  }
  return out;
}
