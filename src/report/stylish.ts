// The human format, after ESLint's stylish: one aligned table per file and a summary. The only chalk import.
import { Chalk } from "chalk";
import type { FileResult, Finding, LintResult } from "../types.js";
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

/** Findings of one rule that copy one defect of the English into several files (same `rootCause`). */
interface RootCause {
  ruleId: string;
  entries: { file: FileResult; finding: Finding }[];
}

/** Root causes found in at least two files; each of their findings is shown once, under its root cause. */
function rootCausesOf(results: readonly FileResult[]): { causes: RootCause[]; grouped: Set<Finding> } {
  const byKey = new Map<string, RootCause>();
  for (const file of results) {
    for (const finding of file.findings) {
      if (!finding.rootCause) continue;
      const key = `${finding.ruleId}\u0000${finding.rootCause}`;
      let cause = byKey.get(key);
      if (!cause) {
        cause = { ruleId: finding.ruleId, entries: [] };
        byKey.set(key, cause);
      }
      cause.entries.push({ file, finding });
    }
  }
  const causes = [...byKey.values()].filter((c) => new Set(c.entries.map((e) => e.file)).size > 1);
  const grouped = new Set(causes.flatMap((c) => c.entries.map((e) => e.finding)));
  return { causes, grouped };
}

export function formatStylish(result: LintResult, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  let output = "\n";
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let summaryColor: "red" | "yellow" = "yellow";
  const sorted = sortResults(result.results);
  const { causes, grouped } = rootCausesOf(sorted);
  const typeOf = (finding: Finding): string => {
    const severity = severityWord(finding);
    if (severity === "error") summaryColor = "red";
    return `${severity === "error" ? chalk.red("error") : chalk.yellow("warning")}${" ".repeat("warning".length - severity.length)}`;
  };
  const relatedLine = (related: NonNullable<Finding["related"]>[number]): string => {
    const at = clampPosition(related.line, related.column);
    const where = `${escapeControl(displayPathOf(related.path, options.cwd))}:${at.line}:${at.column}`;
    return `    ↳ ${chalk.dim(where)} ${escapeControl(related.message)}\n`;
  };

  for (const file of sorted) {
    if (file.findings.length === 0) continue;
    errors += file.errorCount;
    warnings += file.warningCount;
    fixableErrors += file.fixableErrorCount;
    fixableWarnings += file.fixableWarningCount;
    const shown = file.findings.filter((f) => !grouped.has(f));
    if (shown.length === 0) continue;

    const rows = shown.map((finding) => {
      const { line, column } = clampPosition(finding.line, finding.column);
      return { finding, line: String(line), column: String(column), message: escapeControl(finding.message) };
    });
    const lineWidth = maxOf(rows.map((r) => r.line.length));
    const columnWidth = maxOf(rows.map((r) => r.column.length));
    const messageWidth = maxOf(rows.map((r) => displayWidth(r.message)));

    output += `${chalk.underline(escapeControl(file.displayPath))}\n`;
    for (const row of rows) {
      const cells = [
        `  ${" ".repeat(lineWidth - row.line.length)}${chalk.dim(`${row.line}:${row.column}`)}`,
        " ".repeat(columnWidth - row.column.length),
        `  ${typeOf(row.finding)}`,
        `  ${padEnd(row.message, messageWidth)}`,
        `  ${chalk.dim(row.finding.ruleId)}`,
      ];
      output += `${cells.join("").trimEnd()}\n`;
      for (const related of row.finding.related ?? []) output += relatedLine(related);
    }
    output += "\n";
  }

  const notices = noticesOf(result).map((n) => `${chalk.yellow("⚠")} ${noticeText(n)}\n`).join("");
  if (!result.results.some((file) => file.findings.length > 0)) return notices;

  if (causes.length > 0) {
    output += `${chalk.bold("Root causes in the English")} ${chalk.dim("(one defect copied into several locales: fix it once, in the English)")}\n`;
    for (const cause of causes) {
      const first = cause.entries[0]!;
      const locales = [...new Set(cause.entries.map((e) => e.file.locale ?? "?"))].sort();
      const { line, column } = clampPosition(first.finding.line, first.finding.column);
      output += `  ${typeOf(first.finding)}  ${escapeControl(first.finding.message)}  ${chalk.dim(cause.ruleId)}\n`;
      const where = `${escapeControl(first.file.displayPath)}:${line}:${column}`;
      const more = cause.entries.length > 1 ? ` and ${pluralize(cause.entries.length - 1, "more file")}` : "";
      output += `    ↳ ${pluralize(locales.length, "locale")} (${locales.join(", ")}): ${chalk.dim(where)}${more}\n`;
    }
    output += "\n";
  }

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
  output += whereToStart(sorted, causes.length, options, chalk);
  return output + notices;
}

/** After the totals: findings per rule (with the rule's doc), per locale, and the locales behind the English. */
function whereToStart(results: readonly FileResult[], rootCauses: number, options: FormatOptions, chalk: InstanceType<typeof Chalk>): string {
  const perRule = new Map<string, number>();
  const perLocale = new Map<string, { errors: number; warnings: number }>();
  const behind = new Map<string, number>();
  for (const file of results) {
    const locale = file.locale ?? "(no locale)";
    for (const f of file.findings) {
      perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      const counts = perLocale.get(locale) ?? { errors: 0, warnings: 0 };
      if (f.severity === "error") counts.errors++;
      else counts.warnings++;
      perLocale.set(locale, counts);
      if (f.ruleId === BEHIND_RULE) behind.set(locale, (behind.get(locale) ?? 0) + 1);
    }
  }
  let out = "\n";
  const rules = [...perRule].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  const countWidth = maxOf(rules.map(([, n]) => String(n).length));
  const idWidth = maxOf(rules.map(([id]) => id.length));
  out += `${chalk.bold("Findings per rule")}\n`;
  for (const [id, n] of rules) {
    const doc = options.rulesDocsBase && !id.includes("/") ? `  ${chalk.dim(`${options.rulesDocsBase}${id}.md`)}` : "";
    out += `  ${String(n).padStart(countWidth)}  ${id.padEnd(idWidth)}${doc}`.trimEnd() + "\n";
  }
  const locales = [...perLocale].sort((a, b) => compare(a[0], b[0]));
  const localeWidth = maxOf(locales.map(([l]) => l.length));
  out += `${chalk.bold("Findings per locale")}\n`;
  for (const [locale, c] of locales) {
    out += `  ${locale.padEnd(localeWidth)}  ${pluralize(c.errors + c.warnings, "problem")} (${pluralize(c.errors, "error")}, ${pluralize(c.warnings, "warning")})\n`;
  }
  if (behind.size > 0) {
    out += `${chalk.bold("Locales behind the English")} ${chalk.dim(`(files translated from an older English version than their siblings, ${BEHIND_RULE})`)}\n`;
    for (const [locale, n] of [...behind].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))) {
      out += `  ${locale.padEnd(localeWidth)}  ${pluralize(n, "file")}\n`;
    }
  }
  if (rootCauses > 0) out += `${chalk.dim(`${pluralize(rootCauses, "root cause")} in the English shown once above, with the locales they affect`)}\n`;
  return out;
}

const BEHIND_RULE = "openlocfilehash-mismatch";

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
