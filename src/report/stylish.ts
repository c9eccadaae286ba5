// The human format, after ESLint's stylish: one aligned table per file and a summary. The only chalk import.
import { Chalk } from "chalk";
import type { LintResult } from "../types.js";
import {
  clampPosition,
  displayPathOf,
  escapeControl,
  noticesOf,
  noticeText,
  pluralize,
  severityWord,
  sortResults,
  type FormatOptions,
} from "./shared.js";
import { maxOf } from "../shared/arrays.js";

// East Asian wide and fullwidth blocks, which terminals draw two cells wide.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]$/u;

/** Terminal cells a (control-free) string takes: CJK counts 2, combining marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (ZERO_WIDTH.test(char)) continue;
    width += WIDE.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
  }
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function formatStylish(result: LintResult, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let output = "\n";
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let summaryColor: "red" | "yellow" = "yellow";

  for (const file of sortResults(result.results)) {
    if (file.findings.length === 0) continue;
    errors += file.errorCount;
    warnings += file.warningCount;
    fixableErrors += file.fixableErrorCount;
    fixableWarnings += file.fixableWarningCount;

    const rows = file.findings.map((finding) => {
      const { line, column } = clampPosition(finding.line, finding.column);
      return { finding, line: String(line), column: String(column), message: escapeControl(finding.message) };
    });
    const lineWidth = maxOf(rows.map((r) => r.line.length));
    const columnWidth = maxOf(rows.map((r) => r.column.length));
    const messageWidth = maxOf(rows.map((r) => displayWidth(r.message)));

    output += `${chalk.underline(escapeControl(file.displayPath))}\n`;
    for (const row of rows) {
      const severity = severityWord(row.finding);
      if (severity === "error") summaryColor = "red";
      const type = severity === "error" ? chalk.red("error") : chalk.yellow("warning");
      const cells = [
        `  ${" ".repeat(lineWidth - row.line.length)}${chalk.dim(`${row.line}:${row.column}`)}`,
        " ".repeat(columnWidth - row.column.length),
        `  ${type}${" ".repeat("warning".length - severity.length)}`,
        `  ${padEnd(row.message, messageWidth)}`,
        `  ${chalk.dim(row.finding.ruleId)}`,
      ];
      output += `${cells.join("").trimEnd()}\n`;
      for (const related of row.finding.related ?? []) {
        const at = clampPosition(related.line, related.column);
        const where = `${escapeControl(displayPathOf(related.path, options.cwd))}:${at.line}:${at.column}`;
        output += `    ↳ ${chalk.dim(where)} ${escapeControl(related.message)}\n`;
      }
    }
    output += "\n";
  }

  const notices = noticesOf(result).map((n) => `${chalk.yellow("⚠")} ${noticeText(n)}\n`).join("");
  if (!result.results.some((file) => file.findings.length > 0)) return notices;
  const total = errors + warnings;
  const summary = chalk[summaryColor].bold;
  output += summary(`✖ ${pluralize(total, "problem")} (${pluralize(errors, "error")}, ${pluralize(warnings, "warning")})`);
  output += "\n";
  if (fixableErrors > 0 || fixableWarnings > 0) {
    output += summary(
      `  ${pluralize(fixableErrors, "error")} and ${pluralize(fixableWarnings, "warning")} potentially fixable with the --fix option.`,
    );
    output += "\n";
  }
  return output + notices;
}
