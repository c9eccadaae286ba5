// Baselines: record today's findings, then report only new ones, matched by a fingerprint that ignores line numbers.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { asReadError, readRegularFile, readTextFile } from "../fs/index.js";
import { MAX_FILE_BYTES } from "../parse/file.js";
import path from "node:path";
import type { FileResult, Finding } from "../types.js";
import { writeFileAtomic } from "../fs/index.js";

export const BASELINE_VERSION = 1;
/** A baseline of a million findings is about 200 MB; a larger file is refused before it is read. */
const BASELINE_MAX_BYTES = 256 * 1024 * 1024;

/** One recorded finding (or `count` identical ones) of one file. */
export interface BaselineEntry {
  ruleId: string;
  /** Relative to the baseline file's folder, `/` separators. */
  file: string;
  /** See `fingerprintOf`: no line or column in it, so edits elsewhere in the file do not change it. */
  fingerprint: string;
  /** The finding's message when recorded, for people reading the file; matching does not use it. */
  message: string;
  /** How many findings of this file have this rule and fingerprint. */
  count: number;
}

export interface Baseline {
  version: number;
  /** The loclint version that wrote the file. */
  toolVersion: string;
  /** Sorted by file, rule, fingerprint. */
  entries: BaselineEntry[];
}

/** A missing, unreadable or malformed baseline file; the message is one line. */
export class BaselineError extends Error {}

/** The text a result's findings refer to: the fixed text when fixes were applied, else the file's. */
export type TextOf = (result: FileResult) => string | undefined;

/** A file's text as it was linted (the staged content when `readOverride` gives one), or undefined when unreadable. */
export function lintedText(file: string, readOverride?: (absPath: string) => Uint8Array | undefined): string | undefined {
  try {
    return Buffer.from(readOverride?.(file) ?? readRegularFile(file, { maxBytes: MAX_FILE_BYTES }).bytes).toString("utf8");
  } catch {
    return undefined;
  }
}

/** What results' findings refer to: the fixed text, else the text linted. */
export function textOfResults(readOverride?: (absPath: string) => Uint8Array | undefined): TextOf {
  return (r) => r.output ?? lintedText(r.filePath, readOverride);
}

const readFromDisk = textOfResults();

/** Line numbers inside messages ("first on line 12") move with edits above them; they are not part of the fingerprint. */
function normalizeMessage(message: string): string {
  return message
    .replace(/\b(lines?) \d+(?:\s*[-–]\s*\d+)?/gi, "$1 #")
    .replace(/:\d+(?::\d+)?\b/g, ":#")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A finding's fingerprint: the first 16 hex digits of the SHA-1 of its rule id, its message with line
 * numbers and runs of white space normalized, and the text of the line it is on, trimmed. Lines added
 * or removed elsewhere do not change it; editing the finding's own line does (that is a new finding).
 * A line longer than {@link LONG_LINE} characters (a minified or generated page) stands in as its own
 * SHA-1, worked out once for all the findings on it, not hashed again for each.
 */
export function fingerprintOf(finding: Pick<Finding, "ruleId" | "message">, lineText: string): string {
  const line = lineText.length > LONG_LINE ? longLineDigest(lineText) : lineText.trim();
  return createHash("sha1").update(`${finding.ruleId}\0${normalizeMessage(finding.message)}\0${line}`).digest("hex").slice(0, 16);
}

const LONG_LINE = 10_000;
/** The last long line digested: findings come line by line, so those of one line reuse it. */
let lastLong: { text: string; digest: string } | null = null;
function longLineDigest(text: string): string {
  if (lastLong?.text !== text) lastLong = { text, digest: `sha1:${createHash("sha1").update(text.trim()).digest("hex")}` };
  return lastLong.digest;
}

/** The file's lines as findings count them (BOM removed; "\r\n", "\n" and a lone "\r" end a line). */
function linesOf(text: string | undefined): string[] {
  if (text === undefined) return [];
  return (text.startsWith("\ufeff") ? text.slice(1) : text).split(/\r\n|\n|\r/);
}

function relativeTo(baselineFile: string, filePath: string): string {
  return path.relative(path.dirname(path.resolve(baselineFile)), filePath).split(path.sep).join("/");
}

function keyOf(ruleId: string, file: string, fingerprint: string): string {
  return `${ruleId}\0${file}\0${fingerprint}`;
}

/** Every finding of the results with its baseline key, in report order. */
function keyedFindings(results: readonly FileResult[], baselineFile: string, textOf: TextOf) {
  const out: { result: FileResult; finding: Finding; file: string; fingerprint: string }[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    const lines = linesOf(textOf(result));
    const file = relativeTo(baselineFile, result.filePath);
    for (const finding of result.findings) {
      out.push({ result, finding, file, fingerprint: fingerprintOf(finding, lines[finding.line - 1] ?? "") });
    }
  }
  return out;
}

/**
 * A baseline of the results' findings. With `previous`, its entries for files that were not linted
 * this time and still exist are kept, so a run over part of the tree (paths, --shard) updates only
 * that part; entries of deleted files are dropped.
 */
export function createBaseline(
  results: readonly FileResult[],
  baselineFile: string,
  toolVersion: string,
  options: { previous?: Baseline; textOf?: TextOf } = {},
): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const { finding, file, fingerprint } of keyedFindings(results, baselineFile, options.textOf ?? readFromDisk)) {
    const key = keyOf(finding.ruleId, file, fingerprint);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { ruleId: finding.ruleId, file, fingerprint, message: finding.message, count: 1 });
  }
  if (options.previous) {
    const linted = new Set(results.map((r) => relativeTo(baselineFile, r.filePath)));
    const folder = path.dirname(path.resolve(baselineFile));
    for (const e of options.previous.entries) {
      if (linted.has(e.file) || !existsSync(path.join(folder, e.file))) continue;
      entries.set(keyOf(e.ruleId, e.file, e.fingerprint), { ...e });
    }
  }
  const sorted = [...entries.values()].sort(
    (a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, toolVersion, entries: sorted };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads and checks a baseline file. Throws BaselineError with a one-line reason naming the file as `shownAs`. */
export function readBaseline(file: string, shownAs = file): Baseline {
  let text: string;
  try {
    text = readTextFile(file, { maxBytes: BASELINE_MAX_BYTES });
  } catch (error) {
    const e = asReadError(error);
    throw new BaselineError(e.code === "ENOENT" ? `baseline file ${shownAs} not found` : `cannot read baseline file ${shownAs}: ${e.message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline file ${shownAs} is not valid JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const problem = baselineProblem(data);
  if (problem) throw new BaselineError(`baseline file ${shownAs} is invalid: ${problem}`);
  return data as Baseline;
}

function baselineProblem(data: unknown): string | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "expected an object";
  const b = data as Record<string, unknown>;
  if (b.version !== BASELINE_VERSION) return `expected "version": ${BASELINE_VERSION} but found ${JSON.stringify(b.version)}`;
  if (!Array.isArray(b.entries)) return `expected "entries" to be an array`;
  for (const [i, e] of (b.entries as unknown[]).entries()) {
    const entry = e as Record<string, unknown> | null;
    const ok =
      typeof entry === "object" &&
      entry !== null &&
      typeof entry.ruleId === "string" &&
      typeof entry.file === "string" &&
      typeof entry.fingerprint === "string" &&
      Number.isInteger(entry.count) &&
      (entry.count as number) > 0;
    if (!ok) return `entry ${i + 1} needs "ruleId", "file", "fingerprint" and a positive whole "count"`;
  }
  return null;
}

/**
 * Writes a baseline as indented JSON (stable order, so it diffs well in review), atomically, creating
 * its folder. A symbolic link at `file` is refused (WriteRefused), never written through.
 */
export function writeBaseline(file: string, baseline: Baseline): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

export interface BaselineOutcome<R extends FileResult> {
  /** The results without the findings the baseline holds (counts recomputed). */
  results: R[];
  /** Findings dropped because the baseline holds them. */
  suppressed: number;
  /**
   * Baseline findings that matched nothing: of files linted this run, or of files that no longer exist
   * (an entry with count 3 and one match left counts 2).
   */
  stale: number;
}

/**
 * Drops the findings the baseline holds. A finding matches an entry with the same rule, file and
 * fingerprint; an entry with count n absorbs at most n findings, so a third copy of a twice-recorded
 * problem is reported.
 */
export function applyBaseline<R extends FileResult>(
  results: readonly R[],
  baseline: Baseline,
  baselineFile: string,
  options: { textOf?: TextOf } = {},
): BaselineOutcome<R> {
  const remaining = new Map<string, number>();
  for (const e of baseline.entries) {
    const key = keyOf(e.ruleId, e.file, e.fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + e.count);
  }
  const dropped = new Set<Finding>();
  for (const { finding, file, fingerprint } of keyedFindings(results, baselineFile, options.textOf ?? readFromDisk)) {
    const key = keyOf(finding.ruleId, file, fingerprint);
    const left = remaining.get(key) ?? 0;
    if (left === 0) continue;
    remaining.set(key, left - 1);
    dropped.add(finding);
  }
  const linted = new Set(results.map((r) => relativeTo(baselineFile, r.filePath)));
  const folder = path.dirname(path.resolve(baselineFile));
  let stale = 0;
  const gone = new Map<string, boolean>();
  for (const e of baseline.entries) {
    const left = remaining.get(keyOf(e.ruleId, e.file, e.fingerprint)) ?? 0;
    if (left === 0) continue;
    let missing = gone.get(e.file);
    if (missing === undefined) gone.set(e.file, (missing = !linted.has(e.file) && !existsSync(path.join(folder, e.file))));
    if (linted.has(e.file) || missing) {
      // Each key's leftover is counted once, however many entries share it.
      stale += left;
      remaining.set(keyOf(e.ruleId, e.file, e.fingerprint), 0);
    }
  }
  const filtered = results.map((r) => (r.findings.some((f) => dropped.has(f)) ? withFindings(r, r.findings.filter((f) => !dropped.has(f))) : r));
  return { results: filtered, suppressed: dropped.size, stale };
}

function withFindings<R extends FileResult>(result: R, findings: Finding[]): R {
  const count = (severity: string, fixable: boolean) => findings.filter((f) => f.severity === severity && (!fixable || f.fix)).length;
  return {
    ...result,
    findings,
    errorCount: count("error", false),
    warningCount: count("warn", false),
    fixableErrorCount: count("error", true),
    fixableWarningCount: count("warn", true),
  };
}
