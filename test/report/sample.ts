// A small LintResult built by hand for the formatter tests: multi-byte text, a related location, a fix, a clean file.
import path from "node:path";
import type { FileResult, Finding, LintResult } from "../../src/types.js";
import type { FormatOptions } from "../../src/report/index.js";
import { quote, resolveMessage } from "../../src/shared/quote.js";

export const cwd = path.resolve("/srv/docs repo");

export const options: FormatOptions = {
  cwd,
  color: false,
  rulesDocsBase: "https://example.org/loclint/rules/",
  toolVersion: "0.1.0",
  informationUri: "https://example.org/loclint",
};

function fileResult(displayPath: string, locale: string | null, findings: Finding[], output?: string): FileResult {
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warn");
  const result: FileResult = {
    filePath: path.join(cwd, ...displayPath.split("/")),
    displayPath,
    locale,
    findings,
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((f) => f.fix).length,
    fixableWarningCount: warnings.filter((f) => f.fix).length,
  };
  if (output !== undefined) result.output = output;
  return result;
}

export const japanese = fileResult(
  "docs/ja-jp/概要.md",
  "ja-jp",
  [
    // Deliberately out of order: formatters sort by line, then column.
    {
      ruleId: "metadata-mismatch",
      severity: "warn",
      line: 12,
      column: 3,
      message: 'Expected "ms.date" to be "2024-05-01" but found "2024年5月1日"',
    },
    {
      ruleId: "anchor-translated",
      severity: "error",
      line: 7,
      column: 14,
      endLine: 7,
      endColumn: 22,
      message: 'Expected anchor "overview" but found "概要セクション"',
      related: [
        {
          path: path.join(cwd, "docs", "en-us", "overview.md"),
          line: 7,
          column: 9,
          message: 'en-us has "overview"',
        },
      ],
      fix: { range: [120, 127], text: "overview" },
    },
  ],
  "# 概要\n",
);

export const arabic = fileResult("docs/ar-sa/دليل البدء.md", "ar-sa", [
  {
    ruleId: "link-target-mismatch",
    severity: "warn",
    line: 3,
    column: 18,
    // As the engine makes it: the quoted values' ranges recorded beside the text.
    ...resolveMessage(`Expected link target ${quote("../en-us/start.md")} but found ${quote("بدء.md")}`),
  },
]);

export const clean = fileResult("docs/fr-fr/propos.md", "fr-fr", []);

export const sample: LintResult = {
  // Unsorted on purpose.
  results: [japanese, clean, arabic],
  rules: [
    {
      id: "anchor-translated",
      description: "Anchors (<a name>) are never translated",
      defaultSeverity: "error",
      fixable: true,
      scope: "siblings",
      docsPath: "rules/anchor-translated.md",
    },
    {
      id: "link-target-mismatch",
      description: "Links point where the source's links point",
      defaultSeverity: "warn",
      fixable: false,
      scope: "siblings",
      docsPath: "rules/link-target-mismatch.md",
    },
    {
      id: "metadata-mismatch",
      description: "Front matter keys that must not be localized match the source",
      defaultSeverity: "warn",
      fixable: false,
      scope: "siblings",
      docsPath: "rules/metadata-mismatch.md",
    },
  ],
  stats: { files: 3, groups: 2, durationMs: 42 },
};

/** No findings anywhere. */
export const allClean: LintResult = { results: [clean], rules: sample.rules, stats: { files: 1, groups: 1, durationMs: 1 } };

/** A file name and a message built to break out of whatever format carries them. */
export const hostile: LintResult = {
  results: [
    fileResult("docs/100%,a::b\n::error file=x::pwned\r.md", null, [
      {
        ruleId: "metadata-mismatch",
        severity: "error",
        line: 0,
        column: 0,
        message: 'Expected "a,b" but found "100%25 :: x\n::warning::injected\r\n%0A::error::also injected" <&>\u0001\u001b[31m]]>',
        related: [{ path: path.join(cwd, "docs", "x#y?z.md"), line: 2, column: 1, message: "line\nbreak" }],
      },
      {
        ruleId: "unreadable-file",
        severity: "error",
        fatal: true,
        line: 1,
        column: 1,
        message: "Could not parse: unexpected \"\u0000\" and a lone \ud800 surrogate",
      },
    ]),
  ],
  rules: sample.rules,
  stats: { files: 1, groups: 1, durationMs: 3 },
};
