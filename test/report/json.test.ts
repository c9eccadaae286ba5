import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { formatResults, toEslintResults } from "../../src/report/index.js";
import type { LintResult } from "../../src/types.js";
import { arabic, clean, hostile, japanese, options, sample } from "./sample.js";

const RESULT_KEYS = [
  "filePath", "messages", "suppressedMessages", "errorCount", "fatalErrorCount", "warningCount",
  "fixableErrorCount", "fixableWarningCount", "output", "usedDeprecatedRules",
];
const MESSAGE_KEYS = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fix", "fatal", "relatedLocations"];

describe("json", () => {
  it("is ESLint's result array, clean files included, in display-path order", () => {
    const parsed = JSON.parse(formatResults("json", sample, options)) as ESLint.LintResult[];
    expect(parsed.map((r) => r.filePath)).toEqual([arabic.filePath, clean.filePath, japanese.filePath]);
    expect(parsed[1]).toEqual({
      filePath: clean.filePath,
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
    expect(parsed[2]).toEqual({
      filePath: japanese.filePath,
      messages: [
        {
          ruleId: "anchor-translated",
          severity: 2,
          message: 'Expected anchor "overview" but found "概要セクション"',
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 22,
          fix: { range: [120, 127], text: "overview" },
          relatedLocations: [
            { filePath: japanese.findings[1]!.related![0]!.path, line: 7, column: 9, message: 'en-us has "overview"' },
          ],
        },
        {
          ruleId: "metadata-mismatch",
          severity: 1,
          message: 'Expected "ms.date" to be "2024-05-01" but found "2024年5月1日"',
          line: 12,
          column: 3,
          relatedLocations: [],
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
      output: "# 概要\n",
      usedDeprecatedRules: [],
    });
  });

  it("uses only ESLint's keys, plus relatedLocations", () => {
    for (const result of JSON.parse(formatResults("json", hostile, options)) as Record<string, unknown>[]) {
      expect(RESULT_KEYS).toEqual(expect.arrayContaining(Object.keys(result)));
      for (const message of result.messages as Record<string, unknown>[]) {
        expect(MESSAGE_KEYS).toEqual(expect.arrayContaining(Object.keys(message)));
      }
    }
  });

  it("marks fatal messages and counts them, and clamps position 0 to 1", () => {
    const [result] = toEslintResults(hostile);
    expect(result!.fatalErrorCount).toBe(1);
    expect(result!.messages.map((m) => m.fatal)).toEqual([undefined, true]);
    expect(result!.messages[0]).toMatchObject({ line: 1, column: 1 });
  });

  it("drops an end that comes before the start", () => {
    const backwards: LintResult = {
      ...sample,
      results: [{ ...clean, findings: [{ ruleId: "x", severity: "warn", line: 5, column: 9, endLine: 5, endColumn: 2, message: "m" }] }],
    };
    const message = toEslintResults(backwards)[0]!.messages[0]!;
    expect(message.endLine).toBe(5);
    expect(message).not.toHaveProperty("endColumn");
  });

  it("is read by ESLint's own formatters", async () => {
    const eslint = new ESLint({ cwd: options.cwd });
    const results: ESLint.LintResult[] = JSON.parse(formatResults("json", sample, options));
    const viaEslint = await (await eslint.loadFormatter("json")).format(results);
    expect(JSON.parse(viaEslint)).toEqual(results);
    const stylish = await (await eslint.loadFormatter("stylish")).format(results);
    expect(stylish).toContain("3 problems (1 error, 2 warnings)");
  });

  it("is an empty array when no file was linted", () => {
    expect(formatResults("json", { ...sample, results: [] }, options)).toBe("[]\n");
  });
});
