// A short Markdown summary of a run (totals, findings per rule and per locale, the first findings), for a CI
// job summary such as GitHub's $GITHUB_STEP_SUMMARY. `--summary-file` appends it; it is not a --format.
import type { LintResult } from "../types.js";
import { ruleDocUrl } from "./meta.js";
import { clampPosition, pluralize, severityWord, sortResults, type FormatOptions } from "./shared.js";

/** Table cell text: pipes and line breaks would end the cell or the row; backticks and brackets stay literal. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/([`[\]<>*_])/g, "\\$1");
}

/** The first `listed` findings are listed one by one; the counts cover all of them. */
export function formatSummary(result: LintResult, options: FormatOptions, listed = 20): string {
  const files = sortResults(result.results);
  const findings = files.flatMap((file) => file.findings.map((finding) => ({ file, finding })));
  const errors = findings.filter(({ finding }) => severityWord(finding) === "error").length;
  const lines = ["## loclint", ""];
  if (findings.length === 0) {
    lines.push(`No problems in ${pluralize(result.results.length, "file")}.`, "");
    return `${lines.join("\n")}\n`;
  }
  const withFindings = files.filter((f) => f.findings.length > 0).length;
  lines.push(`**${pluralize(errors, "error")}, ${pluralize(findings.length - errors, "warning")}** in ${pluralize(withFindings, "file")} of ${result.results.length} linted.`, "");

  const byRule = new Map<string, { errors: number; warnings: number }>();
  const byLocale = new Map<string, number>();
  for (const { file, finding } of findings) {
    const row = byRule.get(finding.ruleId) ?? { errors: 0, warnings: 0 };
    if (severityWord(finding) === "error") row.errors++;
    else row.warnings++;
    byRule.set(finding.ruleId, row);
    const locale = file.locale ?? "(no locale)";
    byLocale.set(locale, (byLocale.get(locale) ?? 0) + 1);
  }
  lines.push("| Rule | Errors | Warnings |", "| --- | ---: | ---: |");
  for (const [ruleId, row] of [...byRule].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || (a[0] < b[0] ? -1 : 1))) {
    const url = ruleDocUrl(options.rulesDocsBase, ruleId.split("/")[0]!);
    lines.push(`| ${url ? `[${cell(ruleId)}](${url})` : cell(ruleId)} | ${row.errors} | ${row.warnings} |`);
  }
  lines.push("", "| Locale | Findings |", "| --- | ---: |");
  for (const [locale, count] of [...byLocale].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) lines.push(`| ${cell(locale)} | ${count} |`);
  lines.push("", `<details><summary>${findings.length > listed ? `The first ${listed} findings` : "Findings"}</summary>`, "", "| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |");
  for (const { file, finding } of findings.slice(0, listed)) {
    const { line, column } = clampPosition(finding.line, finding.column);
    lines.push(`| ${cell(file.displayPath)} | ${line}:${column} | ${severityWord(finding)} | ${cell(finding.ruleId)} | ${cell(finding.message)} |`);
  }
  lines.push("", "</details>", "");
  if (findings.length > listed) lines.push(`${pluralize(findings.length - listed, "more finding")}: see the job's log, or run loclint locally.`, "");
  return `${lines.join("\n")}\n`;
}
