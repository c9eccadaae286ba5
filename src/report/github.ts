// GitHub Actions workflow commands (`::error file=...::message`), which become annotations on the pull request.
import type { LintResult } from "../types.js";
import { clampPosition, displayPathOf, escapeControl, severityWord, sortResults, validEnd, type FormatOptions } from "./shared.js";

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

export function formatGithub(result: LintResult, options: FormatOptions): string {
  const lines: string[] = [];
  for (const file of sortResults(result.results)) {
    for (const finding of file.findings) {
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
        message += `\n↳ ${displayPathOf(related.path, options.cwd)}:${at.line}:${at.column} ${related.message}`;
      }
      lines.push(`::${severityWord(finding)} ${properties.join(",")}::${escapeData(message)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
