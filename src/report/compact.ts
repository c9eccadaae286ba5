// One line per finding, `path:line:col: severity rule-id message`: for grep, editors' problem matchers and fixtures.
import type { LintResult } from "../types.js";
import { clampPosition, escapeControl, noticesOf, noticeText, severityWord, sortResults, type FormatOptions } from "./shared.js";

export function formatCompact(result: LintResult, _options: FormatOptions): string {
  const lines: string[] = [];
  for (const file of sortResults(result.results)) {
    for (const finding of file.findings) {
      const { line, column } = clampPosition(finding.line, finding.column);
      lines.push(
        `${escapeControl(file.displayPath)}:${line}:${column}: ${severityWord(finding)} ${finding.ruleId} ${escapeControl(finding.message)}`,
      );
    }
  }
  // A notice names its repository or folder itself: no path prefix to repeat it.
  for (const notice of noticesOf(result)) lines.push(`loclint: warning ${noticeText(notice)}`);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
