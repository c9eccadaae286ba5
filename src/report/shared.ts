// Helpers shared by the formatters: stable ordering, paths as shown, counts, safe one-line text.
import path from "node:path";
import { computeStatus, type DocSetStatus, type FileStatus, type RunStatus } from "../pipeline/status.js";
import type { FileResult, Finding, LintResult, RunNotice } from "../types.js";

/** What every formatter receives besides the result. */
export interface FormatOptions {
  /** Folder that relative paths (SARIF URIs, related locations) are computed from. */
  cwd: string;
  /** Whether the stylish format may emit ANSI colors; the other formats never do. */
  color: boolean;
  /** Where rule docs live, e.g. "https://example.org/loclint/rules/"; SARIF's helpUri is this plus "<rule-id>.md". */
  rulesDocsBase?: string;
  /** loclint's version, for SARIF's tool.driver.version. */
  toolVersion: string;
  /** The tool's home page, for SARIF's tool.driver.informationUri; omitted from the log when not given. */
  informationUri?: string;
  /** `--max-warnings`: when the warnings exceed it the run fails, and JUnit shows that as a failed test case. */
  maxWarnings?: number;
  /**
   * The text a file's findings refer to (the staged or fixed text when that was linted), for SARIF's
   * snippets, fingerprints and fixes; without it those are read from disk, or left out when unreadable.
   */
  textOf?: (result: FileResult) => string | undefined;
  /** The github format's annotation limits (default 10 per rule, 50 in all); findings over them are plain log lines. */
  annotationLimits?: { perRule?: number; total?: number };
  /** Folder holding `<rule-id>.md` rule docs, for SARIF's rule help; without it the help is the description. */
  rulesDocsFolder?: string;
  /**
   * The run's status per locale (`LintOutcome.status`), for the health report formats (html, markdown,
   * status-json). Without it they derive what the findings alone tell (no orphans, no English HEAD).
   */
  status?: RunStatus;
}

/** The warnings over `maxWarnings`, or undefined when there is no maximum or it is kept. */
export function maxWarningsExceeded(result: LintResult, options: FormatOptions): { maxWarnings: number; foundWarnings: number } | undefined {
  if (options.maxWarnings === undefined || options.maxWarnings < 0) return undefined;
  const foundWarnings = result.results.reduce((n, r) => n + r.warningCount, 0);
  return foundWarnings > options.maxWarnings ? { maxWarnings: options.maxWarnings, foundWarnings } : undefined;
}

/** A formatter: returns the whole text to write, ending with "\n" unless it is empty. */
export type Formatter = (result: LintResult, options: FormatOptions) => string;

function compareText(a: string, b: string): number {
  // Code-unit order, not locale order, so the output is identical on every machine.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings by line, then column; ties keep the engine's order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Files by display path, each with its findings sorted; the input is not modified. */
export function sortResults(results: readonly FileResult[]): FileResult[] {
  return [...results]
    .sort((a, b) => compareText(a.displayPath, b.displayPath) || compareText(a.filePath, b.filePath))
    .map((file) => ({ ...file, findings: sortFindings(file.findings) }));
}

/** An absolute path as shown to the user: relative to `cwd` (`../` when outside it) with `/` separators. */
export function displayPathOf(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  // Relative like the files' own paths, `../` included; absolute only across drives (Windows).
  if (relative === "" || path.isAbsolute(relative)) {
    return absolutePath.split(path.sep).join("/");
  }
  return relative.split(path.sep).join("/");
}

/** Line and column clamped to 1, since every consumer rejects or misplaces 0. */
export function clampPosition(line: number, column: number): { line: number; column: number } {
  return { line: Math.max(1, Math.trunc(line) || 1), column: Math.max(1, Math.trunc(column) || 1) };
}

/** The end of a finding when it is known and does not come before its start. */
export function validEnd(finding: Finding): { endLine: number; endColumn?: number } | undefined {
  if (finding.endLine === undefined) return undefined;
  const start = clampPosition(finding.line, finding.column);
  const endLine = Math.trunc(finding.endLine);
  if (!(endLine >= start.line)) return undefined;
  if (finding.endColumn === undefined) return { endLine };
  const endColumn = Math.max(1, Math.trunc(finding.endColumn) || 1);
  if (endLine === start.line && endColumn < start.column) return { endLine };
  return { endLine, endColumn };
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with every lone surrogate (half of a UTF-16 pair, from a file that was not valid UTF-16 text or
 * a message cut between the halves) replaced by U+FFFD, so that it is valid Unicode (`toWellFormed()`).
 */
export function wellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, "\ufffd") : text;
}

/**
 * A `JSON.stringify` replacer that makes every string value well-formed: `JSON.stringify` writes a lone
 * surrogate as the escape `\udfff`, which is valid JSON but not valid Unicode.
 */
export function wellFormedValues(_key: string, value: unknown): unknown {
  return typeof value === "string" ? wellFormed(value) : value;
}

export function pluralize(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text made safe for a single terminal or text-file line: control characters (newlines, ESC, ...)
 * become visible escapes, so file content quoted in a message cannot break lines or drive the terminal.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

export function severityWord(finding: Finding): "error" | "warning" {
  return finding.severity === "error" ? "error" : "warning";
}

/** A run-level notice as one line: `loclint: <path>: <message>` reads oddly, so the message says its path itself. */
export function noticeText(notice: RunNotice): string {
  return escapeControl(notice.message);
}

/** The run's notices (checks git could not run), empty when there is none. */
export function noticesOf(result: LintResult): RunNotice[] {
  return result.notices ?? [];
}

/** The status the formatters render: the run's, or what the findings alone tell when it was not given. */
export function statusOf(result: LintResult, options: FormatOptions): RunStatus {
  return options.status ?? computeStatus({ cwd: options.cwd, toolVersion: options.toolVersion, results: result.results, groups: [], sourceRoots: new Map() });
}

/** Where a rule's doc is published, when `rulesDocsBase` is known (`markdownlint/MD051` → markdownlint's doc). */
export function ruleDocUrl(ruleId: string, options: FormatOptions): string | undefined {
  if (!options.rulesDocsBase) return undefined;
  const base = ruleId.includes("/") ? ruleId.slice(0, ruleId.indexOf("/")) : ruleId;
  return `${options.rulesDocsBase}${base}.md`;
}

/** A word a POSIX shell reads back as it is: plain paths unchanged, anything else in single quotes. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * Where to see the English changes since a translation's commit: a GitHub compare page when the English
 * repository is on github.com, else the `git log` command that lists them; undefined when the commit is not known.
 */
export function englishChanges(file: Pick<FileStatus, "sourceCommit" | "relPath" | "docSet">, docSets: readonly DocSetStatus[]): { url?: string; command: string } | undefined {
  const set = docSets.find((d) => d.name === file.docSet);
  if (!file.sourceCommit || !set?.sourceHead || !set.source) return undefined;
  const command = `git -C ${shellWord(set.source)} log ${file.sourceCommit}..${set.sourceHead.slice(0, 12)} -- ${shellWord(file.relPath)}`;
  const url = set.sourceRepository && /^https:\/\/github\.com\//.test(set.sourceRepository) ? `${set.sourceRepository}/compare/${file.sourceCommit}...${set.sourceHead}` : undefined;
  return url ? { url, command } : { command };
}
