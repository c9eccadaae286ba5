/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { stripVTControlCharacters } from "node:util";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { formatResults, toEslintResults } from "../../src/report/index.js";
import { displayWidth } from "../../src/report/stylish.js";
import type { FileResult, LintResult } from "../../src/types.js";
import { allClean, cwd, hostile, options, sample } from "./sample.js";

describe("stylish", () => {
  it("prints an aligned table per file, related locations and the summary", () => {
    expect(formatResults("stylish", sample, options)).toBe(
      [
        "",
        "docs/ar-sa/دليل البدء.md",
        '  3:18  warning  Expected link target "../en-us/start.md" but found "بدء.md"  link-target-mismatch',
        "",
        "docs/ja-jp/概要.md",
        '   7:14  error    Expected anchor "overview" but found "概要セクション"           anchor-translated',
        '    ↳ docs/en-us/overview.md:7:9 en-us has "overview"',
        '  12:3   warning  Expected "ms.date" to be "2024-05-01" but found "2024年5月1日"  metadata-mismatch',
        "",
        "✖ 3 problems (1 error, 2 warnings)",
        "  1 error and 0 warnings potentially fixable with the --fix option.",
        "",
        "Findings per rule",
        "  1  anchor-translated     https://example.org/loclint/rules/anchor-translated.md",
        "  1  link-target-mismatch  https://example.org/loclint/rules/link-target-mismatch.md",
        "  1  metadata-mismatch     https://example.org/loclint/rules/metadata-mismatch.md",
        "Findings per locale",
        "  ar-sa  1 problem (0 errors, 1 warning)",
        "  ja-jp  2 problems (1 error, 1 warning)",
        "",
      ].join("\n"),
    );
  });

  it("aligns the rule column by terminal cells, so CJK text counts double", () => {
    const lines = formatResults("stylish", sample, options).split("\n");
    const rows = lines.filter((l) => / (anchor-translated|metadata-mismatch)$/.test(l));
    expect(rows).toHaveLength(2);
    const ruleColumns = rows.map((row) => displayWidth(row.slice(0, row.lastIndexOf("  ") + 2)));
    expect(ruleColumns[0]).toBe(ruleColumns[1]);
    expect(displayWidth("概要")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("دليل")).toBe(4);
  });

  it("prints nothing at all when there are no findings", () => {
    expect(formatResults("stylish", allClean, options)).toBe("");
    expect(formatResults("stylish", { ...allClean, results: [] }, options)).toBe("");
  });

  it("colors only when asked", () => {
    const plain = formatResults("stylish", sample, options);
    const colored = formatResults("stylish", sample, { ...options, color: true });
    expect(plain).not.toMatch(/\u001b/);
    expect(colored).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(colored).toMatch(/\u001b\[4mdocs\/ja-jp\/概要\.md\u001b\[24m/);
    expect(stripVTControlCharacters(colored)).toBe(plain);
  });

  it("only warnings make a yellow summary and omit the fixable line when nothing is fixable", () => {
    const warningsOnly: LintResult = { ...sample, results: [sample.results[2]!] };
    const colored = formatResults("stylish", warningsOnly, { ...options, color: true });
    expect(colored).toContain("\u001b[33m\u001b[1m✖ 1 problem (0 errors, 1 warning)");
    expect(colored).not.toContain("fixable");
  });

  it("keeps each finding on one line and neutralizes terminal escapes from file content", () => {
    const out = formatResults("stylish", hostile, options);
    expect(out).not.toMatch(/[\u0000\u0001\u001b\r]/);
    expect(out).toContain("docs/100%,a::b\\n::error file=x::pwned\\r.md\n");
    expect(out).toContain("\\u001b[31m]]>  metadata-mismatch\n");
    expect(out).toContain("    ↳ docs/x#y?z.md:2:1 line\\nbreak\n");
    expect(out).toMatch(/^ {2}1:1 {2}error {4}Could not parse/m);
  });

  it("matches ESLint's own stylish formatter for ASCII text (bar headers and backticks)", async () => {
    const file = (name: string) => path.join(cwd, "docs", "de-de", name);
    const ascii: LintResult = {
      results: [
        {
          filePath: file("b.md"),
          displayPath: "docs/de-de/b.md",
          locale: "de-de",
          findings: [
            { ruleId: "span-id-mismatch", severity: "error", line: 104, column: 7, message: 'Expected span id "7e8b9-103" but found "7e8b9-130"', fix: { range: [1, 2], text: "x" } },
            { ruleId: "metadata-mismatch", severity: "warn", line: 9, column: 12, message: 'Expected "ms.topic" to be "article" but found "Artikel"' },
          ],
          errorCount: 1,
          warningCount: 1,
          fixableErrorCount: 1,
          fixableWarningCount: 0,
        },
        {
          filePath: file("a.md"),
          displayPath: "docs/de-de/a.md",
          locale: "de-de",
          findings: [{ ruleId: "anchor-translated", severity: "warn", line: 1, column: 1, message: 'Expected anchor "setup" but found "einrichtung"' }],
          errorCount: 0,
          warningCount: 1,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
        },
      ],
      rules: [],
      stats: { files: 2, groups: 1, durationMs: 1 },
    };
    const formatter = await new ESLint({ cwd }).loadFormatter("stylish");
    const results: ESLint.LintResult[] = toEslintResults(ascii);
    let theirs = stripVTControlCharacters(await formatter.format(results));
    for (const f of ascii.results) theirs = theirs.replace(f.filePath, f.displayPath);
    theirs = theirs.replace("`--fix`", "--fix");
    // ESLint's table and totals, then where to start (per rule, per locale), which ESLint does not print.
    const ours = formatResults("stylish", ascii, options);
    expect(ours.slice(0, ours.indexOf("\nFindings per rule\n"))).toBe(theirs);
  });

  it("shows one English defect copied into several locales once, with the locales, and the locales behind", () => {
    const at = (locale: string) => path.join(cwd, "..", `docs.${locale}`, "billing", "overview.md");
    const copied = (locale: string, line: number): FileResult => ({
      filePath: at(locale),
      displayPath: `../docs.${locale}/billing/overview.md`,
      locale,
      findings: [
        {
          ruleId: "link-target-case",
          severity: "error",
          line,
          column: 9,
          message: 'Expected link target "invoices.md" as the file is named on disk but found "Invoices.md" (the English source has the same link: fix it there)',
          rootCause: "billing/overview.md\u0000Invoices.md",
        },
        ...(locale === "ar-sa"
          ? [
              {
                ruleId: "openlocfilehash-mismatch",
                severity: "warn" as const,
                line: 3,
                column: 21,
                message: "Expected ms.openlocfilehash \"a\" as in de-de, ja-jp but found \"b\": this translation is of an older English version",
                related: [{ path: at("de-de"), line: 3, column: 21, message: 'de-de has "a"' }],
              },
            ]
          : []),
      ],
      errorCount: 1,
      warningCount: locale === "ar-sa" ? 1 : 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    const result: LintResult = { results: [copied("de-de", 12), copied("ja-jp", 14), copied("ar-sa", 12)], rules: [], stats: { files: 3, groups: 1, durationMs: 1 } };
    expect(formatResults("stylish", result, options)).toBe(
      [
        "",
        "../docs.ar-sa/billing/overview.md",
        '  3:21  warning  Expected ms.openlocfilehash "a" as in de-de, ja-jp but found "b": this translation is of an older English version  openlocfilehash-mismatch',
        '    ↳ ../docs.de-de/billing/overview.md:3:21 de-de has "a"',
        "",
        "Root causes in the English (one defect copied into several locales: fix it once, in the English)",
        '  error    Expected link target "invoices.md" as the file is named on disk but found "Invoices.md" (the English source has the same link: fix it there)  link-target-case',
        "    ↳ 3 locales (ar-sa, de-de, ja-jp): ../docs.ar-sa/billing/overview.md:12:9 and 2 more files",
        "",
        "✖ 4 problems (3 errors, 1 warning)",
        "",
        "Findings per rule",
        "  3  link-target-case          https://example.org/loclint/rules/link-target-case.md",
        "  1  openlocfilehash-mismatch  https://example.org/loclint/rules/openlocfilehash-mismatch.md",
        "Findings per locale",
        "  ar-sa  2 problems (1 error, 1 warning)",
        "  de-de  1 problem (1 error, 0 warnings)",
        "  ja-jp  1 problem (1 error, 0 warnings)",
        "Locales behind the English (files translated from an older English version than their siblings, openlocfilehash-mismatch)",
        "  ar-sa  1 file",
        "1 root cause in the English shown once above, with the locales they affect",
        "",
      ].join("\n"),
    );
  });
});
