// The locale health summary in GitHub-flavoured Markdown, for a pull-request comment or $GITHUB_STEP_SUMMARY, bounded in size.
import type { LintResult } from "../types.js";
import { RULE_FAMILIES, RULE_FAMILY_TITLES, type RunStatus } from "../pipeline/status.js";
import { clampPosition, englishChanges, escapeControl, noticesOf, ruleDocUrl, sortResults, statusOf, type FormatOptions } from "./shared.js";
import { pushAll } from "../shared/arrays.js";

/**
 * Characters the summary stays within: GitHub caps a comment at 65,536, and a step summary at 1 MiB;
 * the margin leaves room for what a workflow adds around it.
 */
export const MARKDOWN_MAX_CHARS = 60_000;
const FURTHEST_BEHIND = 20;

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** "1 warning", "1,200 warnings". */
function count(n: number, word: string): string {
  return `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** Text safe in a table cell or list item: no HTML, no entity (`&nbsp;` shows as written), no pipes, one line. */
function inline(text: string): string {
  return escapeControl(text)
    .replace(/[\\`*_[\]<>|&]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b");
}

/**
 * A code span on one line (a line break or other control character in a file name shows as an escape);
 * `|` is escaped so that it cannot end a table cell (GitHub reads `\|` as `|` there).
 */
function code(text: string): string {
  return `\`${escapeControl(text).replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

function ruleCell(ruleId: string, options: FormatOptions): string {
  const url = ruleDocUrl(ruleId, options);
  return url ? `[${code(ruleId)}](${url})` : code(ruleId);
}

function localeTable(status: RunStatus): string[] {
  const families = RULE_FAMILIES.filter((f) => f !== "other" || status.totals.findings.other > 0);
  const head = ["Locale", "Files", "Current", "Behind", "Orphaned", "Missing", "Untracked", ...families.map((f) => RULE_FAMILY_TITLES[f]), "Errors", "Warnings"];
  const lines = [`| ${head.join(" | ")} |`, `| ${head.map((_, i) => (i === 0 ? ":--" : "--:")).join(" | ")} |`];
  const row = (name: string, l: RunStatus["totals"]) =>
    `| ${name} | ${[l.files, l.current, l.behind, l.orphaned].map(fmt).join(" | ")} | ${l.missing === null ? "—" : fmt(l.missing)} | ${fmt(l.untracked)} | ${families.map((f) => fmt(l.findings[f])).join(" | ")} | ${fmt(l.errors)} | ${fmt(l.warnings)} |`;
  for (const l of status.locales) lines.push(row(code(l.locale), l));
  if (status.locales.length > 1) lines.push(row("**All**", status.totals));
  return lines;
}

/** The summary: locale table, pages furthest behind, findings per rule, then findings until the size limit. */
export function formatMarkdown(result: LintResult, options: FormatOptions, maxChars = MARKDOWN_MAX_CHARS): string {
  const status = statusOf(result, options);
  const results = sortResults(result.results);
  const findingCount = results.reduce((n, r) => n + r.findings.length, 0);
  const out: string[] = [];
  out.push("## Locale health (loclint)", "");
  const sets = status.docSets.map((s) => `${code(s.name)}${s.source ? ` (English ${code(s.source)}${s.sourceHead ? ` at ${code(s.sourceHead.slice(0, 12))}` : ""})` : ""}`);
  out.push(
    `${fmt(status.totals.files)} localized files in ${fmt(status.locales.length)} locales${sets.length ? ` of ${sets.join(", ")}` : ""}: ` +
      `**${fmt(status.totals.behind)} behind**, ${fmt(status.totals.orphaned)} orphaned, ${count(findingCount, "finding")} (${count(status.totals.errors, "error")}, ${count(status.totals.warnings, "warning")}). loclint ${status.toolVersion}.`,
    "",
  );
  // What the run could not check or do (git history missing, a linked page left unfixed): said before the figures it affects.
  const notices = noticesOf(result);
  if (notices.length > 0) {
    for (const n of notices) out.push(`- ⚠ ${inline(n.message)}`);
    out.push("");
  }
  if (status.locales.length > 0) {
    pushAll(out, localeTable(status));
    out.push("");
  }
  if (status.totals.missing === null && status.locales.length > 0) out.push("Missing pages (English pages with no translation) are not known in this run: —.", "");

  const behind = status.locales
    .flatMap((l) => l.fileStatuses.filter((f) => f.status === "behind" || f.status === "orphaned").map((f) => ({ ...f, locale: l.locale })))
    .sort((a, b) => (b.commitsBehind ?? -1) - (a.commitsBehind ?? -1) || (b.daysBehind ?? -1) - (a.daysBehind ?? -1) || (a.path < b.path ? -1 : 1));
  if (behind.length > 0) {
    out.push("### Furthest behind", "", "| Page | Status | English commits since | Days behind | English changes | Found by |", "| :-- | :-- | --: | --: | :-- | :-- |");
    for (const f of behind.slice(0, FURTHEST_BEHIND)) {
      const changes = englishChanges(f, status.docSets);
      const cell = changes ? (changes.url ? `[compare](${changes.url})` : code(changes.command)) : "—";
      out.push(`| ${code(f.path)} | ${f.status} | ${f.commitsBehind ?? "—"} | ${f.daysBehind ?? "—"} | ${cell} | ${f.reasons.map(code).join(", ")} |`);
    }
    if (behind.length > FURTHEST_BEHIND) out.push("", `…and ${fmt(behind.length - FURTHEST_BEHIND)} more pages behind or orphaned.`);
    out.push("");
  }

  const rules = Object.entries(status.rules).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rules.length > 0) {
    const locales = new Map<string, Set<string>>();
    for (const r of results) for (const f of r.findings) (locales.get(f.ruleId) ?? locales.set(f.ruleId, new Set()).get(f.ruleId)!).add(r.locale ?? "?");
    out.push("### Findings per rule", "", "| Rule | Findings | Locales |", "| :-- | --: | :-- |");
    for (const [rule, n] of rules) out.push(`| ${ruleCell(rule, options)} | ${fmt(n)} | ${[...(locales.get(rule) ?? [])].sort().join(", ")} |`);
    out.push("");
  }

  if (findingCount > 0) {
    out.push("### Findings", "");
    const head = `${out.join("\n")}\n`;
    // Errors first, so that a cut list keeps what fails the build.
    const lines: string[] = [];
    for (const severity of ["error", "warn"] as const) {
      for (const r of results) {
        for (const f of r.findings) {
          if (f.severity !== severity) continue;
          const { line, column } = clampPosition(f.line, f.column);
          lines.push(`- ${code(`${r.displayPath}:${line}:${column}`)} ${severity === "error" ? "**error**" : "warning"} ${ruleCell(f.ruleId, options)} ${inline(f.message)}`);
        }
      }
    }
    let text = head;
    let shown = 0;
    const footer = (left: number) => `\n…and ${fmt(left)} more findings not shown here (the summary is limited to ${fmt(maxChars)} characters); see the full report (\`--format html\` or \`--format json\`).\n`;
    const reserve = footer(findingCount).length;
    for (const line of lines) {
      if (text.length + line.length + 1 + reserve > maxChars) break;
      text += `${line}\n`;
      shown++;
    }
    if (shown < lines.length) text += footer(lines.length - shown);
    return text;
  }
  return `${out.join("\n")}\n`;
}
