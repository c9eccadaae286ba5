// GitHub Actions workflow commands (`::error file=...::message`), which become annotations on the pull request,
// capped because GitHub drops all but a few per step.
import type { FileResult, Finding, LintResult } from "../types.js";
import { clampPosition, displayPathOf, escapeControl, noticesOf, pluralize, severityWord, sortResults, validEnd, type FormatOptions } from "./shared.js";

/**
 * Escapes a command's data (the message) as the Actions runner decodes it. Without this a newline
 * in file content quoted by a message would start a new, attacker-chosen workflow command.
 */
export function escapeData(text: string): string {
  const escaped = text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  // Other control characters (ESC, NUL, ...) would reach the log raw: show them as escapes instead.
  return escapeControl(escaped);
}

/**
 * A line printed in a GitHub Actions step that is not one of our own workflow commands (a diff line, a
 * run message, a path): the runner would obey a line that starts with `::` or `##[` (leading blanks
 * ignored), so such a line gets a visible `\` in front; control characters become escapes.
 */
export function neutralizeLine(line: string): string {
  const safe = escapeControl(line);
  return /^\s*(?:::|##\[)/.test(safe) ? `\\${safe}` : safe;
}

/** Text of several lines made safe line by line (see `neutralizeLine`); line breaks are kept. */
export function neutralizeText(text: string): string {
  return text
    .split(/(\r?\n)/)
    .map((part, i) => (i % 2 === 1 ? part : neutralizeLine(part)))
    .join("");
}

/** Escapes a command property value (file, title): as data, plus the `:` and `,` that delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** GitHub shows only a few annotations per step (10 errors and 10 warnings) and 50 per job; the rest are lost. */
export const DEFAULT_ANNOTATION_LIMITS = { perRule: 10, total: 50 } as const;

function annotationOf(file: FileResult, finding: Finding, cwd: string): string {
  const { line, column } = clampPosition(finding.line, finding.column);
  const properties = [`file=${escapeProperty(file.displayPath)}`, `line=${line}`, `col=${column}`];
  const end = validEnd(finding);
  if (end) {
    properties.push(`endLine=${end.endLine}`);
    if (end.endColumn !== undefined) properties.push(`endColumn=${end.endColumn}`);
  }
  properties.push(`title=${escapeProperty(finding.ruleId)}`);
  let message = finding.message;
  for (const related of finding.related ?? []) {
    const at = clampPosition(related.line, related.column);
    message += `\n↳ ${displayPathOf(related.path, cwd)}:${at.line}:${at.column} ${related.message}`;
  }
  return `::${severityWord(finding)} ${properties.join(",")}::${escapeData(message)}`;
}

/** A finding as a plain log line (no workflow command): path:line:col severity rule-id message. */
function plainLineOf(file: FileResult, finding: Finding): string {
  const { line, column } = clampPosition(finding.line, finding.column);
  return neutralizeLine(`${file.displayPath}:${line}:${column} ${severityWord(finding)} ${finding.ruleId} ${finding.message}`);
}

/**
 * One annotation per finding, up to `annotationLimits` (per rule and in all; errors are chosen before
 * warnings). The findings over the limits are printed as plain log lines, and a closing notice says how
 * many there are and where they are.
 */
export function formatGithub(result: LintResult, options: FormatOptions): string {
  const limits = { ...DEFAULT_ANNOTATION_LIMITS, ...options.annotationLimits };
  const all = sortResults(result.results).flatMap((file) => file.findings.map((finding) => ({ file, finding })));
  const annotated = new Set<Finding>();
  const perRule = new Map<string, number>();
  for (const pass of ["error", "warning"] as const) {
    for (const { finding } of all) {
      if (severityWord(finding) !== pass || annotated.size >= limits.total) continue;
      const count = perRule.get(finding.ruleId) ?? 0;
      if (count >= limits.perRule) continue;
      perRule.set(finding.ruleId, count + 1);
      annotated.add(finding);
    }
  }
  const lines = all.filter(({ finding }) => annotated.has(finding)).map(({ file, finding }) => annotationOf(file, finding, options.cwd));
  const rest = all.filter(({ finding }) => !annotated.has(finding));
  if (rest.length > 0) {
    const errors = rest.filter(({ finding }) => severityWord(finding) === "error").length;
    lines.push(`loclint: ${pluralize(rest.length, "more finding")} without an annotation:`);
    for (const { file, finding } of rest) lines.push(plainLineOf(file, finding));
    const counts = `${pluralize(errors, "error")}, ${pluralize(rest.length - errors, "warning")}`;
    lines.push(
      `::notice title=loclint::${escapeData(`${pluralize(rest.length, "more finding")} (${counts}) not annotated: GitHub shows only the first few per step, so annotations stop at ${limits.perRule} per rule and ${limits.total} in all. They are listed in this step's log, above this notice.`)}`,
    );
  }
  // A run-level notice has no file: an annotation on the run itself.
  for (const notice of noticesOf(result)) lines.push(`::warning title=loclint::${escapeData(notice.message)}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
