import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatResults, toSarif, type SarifLog } from "../../src/report/index.js";
import { artifactLocationOf, encodeSegment, escapeMessageText, srcrootUriOf } from "../../src/report/sarif.js";
import type { LintResult } from "../../src/types.js";
import { clean, hostile, japanese, options, sample } from "./sample.js";

const require = createRequire(import.meta.url);

/** A file outside the working folder, whose related location is outside too: it gets an absolute file URI. */
const outside: LintResult = {
  ...sample,
  results: [
    {
      ...clean,
      filePath: path.resolve("/elsewhere/ko-kr/개요 #1.md"),
      displayPath: "../../elsewhere/ko-kr/개요 #1.md",
      findings: [
        {
          ruleId: "anchor-translated",
          severity: "error",
          line: 3,
          column: 1,
          endLine: 2,
          message: 'Expected anchor "overview" but found "개요"',
          related: [{ path: path.resolve("/elsewhere/en-us/overview.md"), line: 0, column: 0, message: 'en-us has "overview"' }],
        },
      ],
      errorCount: 1,
    },
  ],
};

const logs: Record<string, LintResult> = { sample, hostile, outside };

// The SARIF 2.1.0 schema ships inside the multitool's platform package (the same file for every platform).
function schemaPath(): string | undefined {
  for (const platform of [process.platform, "linux", "darwin", "win32"]) {
    try {
      const dir = path.dirname(require.resolve(`@microsoft/sarif-multitool-${platform}/package.json`));
      const file = path.join(dir, "sarif-2.1.0.json");
      if (existsSync(file)) return file;
    } catch {
      // not installed for that platform
    }
  }
  return undefined;
}

/** The multitool binary when it runs here, else why not. */
function findMultitool(): { binary: string } | { reason: string } {
  let binary: string;
  try {
    binary = require("@microsoft/sarif-multitool") as string;
  } catch (error) {
    return { reason: `@microsoft/sarif-multitool has no build for ${process.platform}: ${(error as Error).message}` };
  }
  const probe = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.message ?? (probe.stderr || probe.stdout).trim().split("\n")[0];
    return { reason: `the SARIF multitool cannot run on this platform (${process.platform}/${process.arch}): ${why}` };
  }
  return { binary };
}

describe("sarif", () => {
  it("describes the run, the rules and each finding", () => {
    const log = toSarif(sample, options);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.originalUriBaseIds["%SRCROOT%"]!.uri).toMatch(/^file:\/\/\/(?:[A-Z]:\/)?srv\/docs%20repo\/$/);
    expect(run.tool.driver).toMatchObject({ name: "loclint", version: "0.1.0", semanticVersion: "0.1.0", informationUri: "https://example.org/loclint" });
    expect(run.tool.driver.rules[0]).toEqual({
      id: "anchor-translated",
      name: "AnchorTranslated",
      shortDescription: { text: "Anchors (<a name>) are never translated" },
      fullDescription: { text: "Anchors (<a name>) are never translated" },
      help: {
        text: "Anchors (<a name>) are never translated\n\nSee https://example.org/loclint/rules/anchor-translated.md",
        markdown: "Anchors (<a name>) are never translated\n\n[Rule documentation](https://example.org/loclint/rules/anchor-translated.md)",
      },
      helpUri: "https://example.org/loclint/rules/anchor-translated.md",
      defaultConfiguration: { level: "error" },
      properties: { fixable: true, scope: "siblings" },
    });
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["link-target-mismatch", 1, "warning"],
      ["anchor-translated", 0, "error"],
      ["metadata-mismatch", 2, "warning"],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[1]).toEqual({
      ruleId: "anchor-translated",
      ruleIndex: 0,
      level: "error",
      message: { text: `${japanese.findings[1]!.message} (see [en-us has "overview"](1))` },
      // The file's fixed text (its `output`) is one line: a fingerprint, but no snippet of line 7.
      partialFingerprints: { "loclintFingerprint/v1": expect.stringMatching(/^[0-9a-f]{16}:1$/) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "docs/ja-jp/%E6%A6%82%E8%A6%81.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 7, startColumn: 14, endLine: 7, endColumn: 22 },
          },
        },
      ],
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: "docs/en-us/overview.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 7, startColumn: 9 },
          },
          message: { text: 'en-us has "overview"' },
        },
      ],
    });
  });

  describe("with the files' text", () => {
    // CRLF line ends and multi-byte text before the finding, so offsets, lines and columns are really tested.
    const text = "# 見出し\r\n\r\n<a name=\"概要\"></a> 本文\r\nlast\r\n";
    const finding = (line: number, extra: Partial<LintResult["results"][number]["findings"][number]> = {}) => ({
      ruleId: "anchor-translated",
      severity: "error" as const,
      line,
      column: 10,
      endLine: line,
      endColumn: 12,
      message: 'Expected anchor "overview" but found "概要"',
      ...extra,
    });
    const logOf = (fileText: string, findings: ReturnType<typeof finding>[]) =>
      toSarif(
        { ...sample, results: [{ ...japanese, findings, errorCount: findings.length, warningCount: 0 }] },
        { ...options, textOf: () => fileText, rulesDocsFolder: path.resolve("rules") },
      ).runs[0]!;

    it("adds the region's snippet, the lines around it and the fix as a replacement", () => {
      const result = logOf(text, [finding(3, { fix: { range: [18, 20], text: "overview" } })]).results[0]!;
      expect(result.locations[0]!.physicalLocation).toEqual({
        artifactLocation: { uri: "docs/ja-jp/%E6%A6%82%E8%A6%81.md", uriBaseId: "%SRCROOT%" },
        region: { startLine: 3, startColumn: 10, endLine: 3, endColumn: 12, snippet: { text: "概要" } },
        contextRegion: { startLine: 2, endLine: 4, snippet: { text: '\n<a name="概要"></a> 本文\nlast' } },
      });
      expect(result.fixes).toEqual([
        {
          description: { text: "Apply the anchor-translated fix" },
          artifactChanges: [
            {
              artifactLocation: { uri: "docs/ja-jp/%E6%A6%82%E8%A6%81.md", uriBaseId: "%SRCROOT%" },
              replacements: [{ deletedRegion: { startLine: 3, startColumn: 10, endLine: 3, endColumn: 12 }, insertedContent: { text: "overview" } }],
            },
          ],
        },
      ]);
    });

    it("leaves out snippets of a very long line, keeping a short context, and fingerprints each of its findings", () => {
      // A generated page: one line of 200,000 characters with 2,000 findings on it, between two short lines.
      const long = `${"<a name=\"x\"></a>".repeat(12_500)}`;
      const findings = Array.from({ length: 2_000 }, (_, k) => finding(2, { column: 100 * k + 1, endColumn: 100 * k + 5 }));
      const results = logOf(`# 見出し\n${long}\nlast\n`, findings).results;
      expect(results).toHaveLength(2_000);
      expect(results[0]!.locations[0]!.physicalLocation).toEqual({
        artifactLocation: { uri: "docs/ja-jp/%E6%A6%82%E8%A6%81.md", uriBaseId: "%SRCROOT%" },
        region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5, snippet: { text: "<a n" } },
      });
      const prints = new Set(results.map((r) => r.partialFingerprints!["loclintFingerprint/v1"]));
      expect(prints.size).toBe(2_000);
      // A short line keeps its context of the lines around it.
      const short = logOf("# 見出し\n\n<a name=\"概要\"></a> 本文\n", [finding(3)]).results[0]!;
      expect(short.locations[0]!.physicalLocation.contextRegion?.startLine).toBe(2);
    });

    it("fingerprints a finding by rule, file and line text, not by line number", () => {
      const fingerprint = (fileText: string, line: number) => logOf(fileText, [finding(line)]).results[0]!.partialFingerprints;
      const before = fingerprint(text, 3);
      expect(before).toEqual({ "loclintFingerprint/v1": expect.stringMatching(/^[0-9a-f]{16}:1$/) });
      // Two lines added above: the finding moves to line 5 and keeps its fingerprint.
      expect(fingerprint(`新しい行\r\n\r\n${text}`, 5)).toEqual(before);
      // Its own line edited: a new finding.
      expect(fingerprint(text.replace("本文", "本文です"), 3)).not.toEqual(before);
      // Identical findings on identical lines are told apart by their order.
      const twins = logOf(`${text}<a name="概要"></a> 本文\r\n`, [finding(3), finding(5)]).results.map((r) => r.partialFingerprints!["loclintFingerprint/v1"]);
      expect(twins[0]!.replace(/:1$/, ":2")).toBe(twins[1]);
    });

    it("takes each rule's help from its doc, without the title", () => {
      const rule = logOf(text, [finding(3)]).tool.driver.rules.find((r) => r.id === "anchor-translated")!;
      const doc = readFileSync(path.resolve("rules/anchor-translated.md"), "utf8");
      expect(rule.help.markdown.startsWith(doc.split("\n")[2]!)).toBe(true);
      expect(rule.help.markdown).toContain("## Why it matters");
      expect(rule.help.markdown).not.toContain("# anchor-translated\n");
      expect(rule.help.markdown.endsWith("[Rule documentation](https://example.org/loclint/rules/anchor-translated.md)")).toBe(true);
      expect(rule.help.text).toContain("## What it checks");
    });
  });

  it("leaves helpUri out without a docs base, and adds a rule for a finding whose rule is not listed", () => {
    const { rulesDocsBase: _unused, informationUri: _alsoUnused, ...bare } = options;
    const run = toSarif(hostile, { ...bare, toolVersion: "dev build" }).runs[0]!;
    expect(run.tool.driver).not.toHaveProperty("informationUri");
    expect(run.tool.driver).not.toHaveProperty("semanticVersion");
    for (const rule of run.tool.driver.rules) expect(rule).not.toHaveProperty("helpUri");
    const fatal = run.results[1]!;
    expect(fatal.ruleId).toBe("unreadable-file");
    expect(run.tool.driver.rules[fatal.ruleIndex]).toMatchObject({
      id: "unreadable-file",
      shortDescription: { text: "The file could not be read or parsed" },
      defaultConfiguration: { level: "error" },
    });
  });

  it("escapes brackets so quoted Markdown is not read as a link to a related location", () => {
    expect(escapeMessageText('found "[guide](1)" and C:\\dir\\[x]')).toBe('found "\\[guide\\](1)" and C:\\dir\\\\\\[x\\]');
    expect(escapeMessageText("a\\b")).toBe("a\\b");
    const text = toSarif(hostile, options).runs[0]!.results[0]!.message.text;
    expect(text).toContain("\\]\\]> (see [line\nbreak](1))");
  });

  it("clamps positions to 1 and drops an end before the start", () => {
    const hostileRegion = toSarif(hostile, options).runs[0]!.results[0]!.locations[0]!.physicalLocation.region;
    expect(hostileRegion).toEqual({ startLine: 1, startColumn: 1 });
    const result = toSarif(outside, options).runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 });
    expect(result.relatedLocations![0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it("percent-encodes each path segment so the URI decodes back to the display path", () => {
    const uri = toSarif(hostile, options).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe("docs/100%25,a%3A%3Ab%0A%3A%3Aerror%20file=x%3A%3Apwned%0D.md");
    expect(uri.split("/").map(decodeURIComponent).join("/")).toBe(hostile.results[0]!.displayPath);
    expect(encodeSegment("a b%c#d?e[f]")).toBe("a%20b%25c%23d%3Fe%5Bf%5D");
    expect(encodeSegment("دليل")).toBe(encodeURIComponent("دليل"));
    expect(encodeSegment("(a)+b=c;d&e@f!$'*,~")).toBe("(a)+b=c;d&e@f!$'*,~");
  });

  it("uses an absolute file URI for a file outside the working folder", () => {
    const location = toSarif(outside, options).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).not.toHaveProperty("uriBaseId");
    expect(location.uri).toMatch(/^file:\/\/\/(?:[A-Z]:\/)?elsewhere\/ko-kr\/%EA%B0%9C%EC%9A%94%20%231\.md$/);
  });

  it("builds Windows URIs with / separators", () => {
    const win = path.win32;
    expect(artifactLocationOf("C:\\repo\\docs\\ja-jp\\a b#1.md", "C:\\repo", win)).toEqual({
      uri: "docs/ja-jp/a%20b%231.md",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifactLocationOf("D:\\other\\x.md", "C:\\repo", win)).toEqual({ uri: "file:///D:/other/x.md" });
    expect(artifactLocationOf("C:\\repo\\..x\\y.md", "C:\\repo", win)).toEqual({ uri: "..x/y.md", uriBaseId: "%SRCROOT%" });
    expect(srcrootUriOf("C:\\My Repo", win)).toBe("file:///C:/My%20Repo/");
  });

  it("validates against the SARIF 2.1.0 JSON schema", (ctx) => {
    const file = schemaPath();
    if (!file) ctx.skip("the SARIF 2.1.0 schema was not found in @microsoft/sarif-multitool's package");
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(file!, "utf8")) as object);
    for (const [name, result] of Object.entries(logs)) {
      const log = JSON.parse(formatResults("sarif", result, options)) as SarifLog;
      const valid = validate(log);
      expect({ name, errors: valid ? [] : validate.errors }).toEqual({ name, errors: [] });
    }
    // The validator is not vacuous: a column of 0 is rejected.
    const broken = JSON.parse(formatResults("sarif", sample, options)) as SarifLog;
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startColumn = 0;
    expect(validate(broken)).toBe(false);
  });

  describe("Microsoft's SARIF validator (sarif-multitool validate)", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), "loclint-sarif-"));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it("reports no error and no warning, with the SARIF and GitHub rule sets", (ctx) => {
      const tool = findMultitool();
      if ("reason" in tool) {
        console.warn(`Skipping the SARIF multitool check: ${tool.reason}`);
        ctx.skip(tool.reason);
      }
      const { binary } = tool as { binary: string };
      const inputs = Object.entries(logs).map(([name, result]) => {
        const file = path.join(dir, `${name}.sarif`);
        writeFileSync(file, formatResults("sarif", result, options), "utf8");
        return file;
      });
      // The command's own log of the examples: snippets, context regions, fixes and rule docs as help.
      const examples = path.join(dir, "examples.sarif");
      const root = path.resolve(import.meta.dirname, "../..");
      const cli = spawnSync(process.execPath, [path.join(root, "bin/loclint.js"), "-c", "examples/loclint.config.jsonc", "examples", "-f", "sarif", "-o", examples], { cwd: root, encoding: "utf8" });
      expect(cli.status, cli.stderr).toBe(1);
      const examplesLog = JSON.parse(readFileSync(examples, "utf8")) as SarifLog;
      expect(examplesLog.runs[0]!.results.some((r) => r.fixes && r.partialFingerprints)).toBe(true);
      inputs.push(examples);
      // SARIF2006 would try to fetch every http(s) URI in the log; tests stay off the network.
      const config = path.join(dir, "validate.xml");
      writeFileSync(
        config,
        '<?xml version="1.0" encoding="utf-8"?>\n<Properties>\n' +
          '  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">\n' +
          '    <Property Key="RuleEnabled" Value="Disabled" Type="Driver.RuleEnabledState" />\n' +
          "  </Properties>\n</Properties>\n",
      );
      const output = path.join(dir, "validation.sarif");
      const run = spawnSync(
        binary,
        ["validate", ...inputs, "--output", output, "--log", "ForceOverwrite", "--level", "Error;Warning;Note", "--rule-kind", "Sarif;Gh", "--config", config],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(run.error).toBeUndefined();
      expect(run.status, run.stdout + run.stderr).toBe(0);

      interface ValidationResult {
        ruleId: string;
        level?: string;
        message: { text?: string; arguments?: string[] };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
      }
      interface Notification {
        level?: string;
        message: { text: string };
        descriptor?: { id: string };
      }
      const validation = JSON.parse(readFileSync(output, "utf8")) as {
        runs: Array<{
          results?: ValidationResult[];
          invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Notification[] }>;
        }>;
      };
      const validationRun = validation.runs[0]!;
      expect(validationRun.invocations?.[0]?.executionSuccessful).toBe(true);
      const failures = (validationRun.invocations?.[0]?.toolExecutionNotifications ?? []).filter((n) => n.level === "error");
      expect(failures.map((n) => n.message.text)).toEqual([]);
      // A result without a level is a warning (SARIF 3.27.10); notes are advice such as "add code snippets".
      const problems = (validationRun.results ?? [])
        .filter((r) => (r.level ?? "warning") !== "note")
        .map((r) => `${path.basename(r.locations[0]!.physicalLocation.artifactLocation.uri)} ${r.ruleId} ${r.level ?? "warning"}: ${(r.message.arguments ?? []).join(" | ")}`);
      expect(problems).toEqual([]);
      // Guard against a run that validated nothing: every file is named in the log's artifacts or results.
      expect(run.stdout).toContain(`${inputs.length} files scanned`);
    });
  });
});
