// Baselines in memory: fingerprints without line numbers, counts for duplicates, stale entries, partial rewrites.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyBaseline, BaselineError, createBaseline, fingerprintOf, readBaseline, writeBaseline } from "../../src/pipeline/baseline.js";
import type { FileResult, Finding } from "../../src/types.js";

let dir: string;
beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-baseline-")));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const finding = (line: number, message: string, ruleId = "link-target-missing"): Finding => ({ ruleId, severity: "error", line, column: 3, message });

function result(rel: string, findings: Finding[]): FileResult {
  return {
    filePath: path.join(dir, rel),
    displayPath: rel,
    locale: "de-de",
    findings,
    errorCount: findings.length,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

const broken = 'Expected a file at "neu.md" but found none';

describe("fingerprintOf", () => {
  it("ignores line numbers in messages and white space around the line, not the line's text", () => {
    const a = fingerprintOf({ ruleId: "span-id-mismatch", message: 'Expected each segment id once but found "7" again (first on line 12)' }, "  <span>x</span>");
    const b = fingerprintOf({ ruleId: "span-id-mismatch", message: 'Expected each segment id once but found "7" again (first on line 40)' }, "<span>x</span>\t");
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf({ ruleId: "span-id-mismatch", message: "m" }, "<span>y</span>")).not.toBe(fingerprintOf({ ruleId: "span-id-mismatch", message: "m" }, "<span>x</span>"));
    expect(fingerprintOf({ ruleId: "a", message: "m" }, "x")).not.toBe(fingerprintOf({ ruleId: "b", message: "m" }, "x"));
  });

  it("keeps the recipe for ordinary lines and reads a very long line once for all its findings", () => {
    // The recipe baselines on disk were written with: first 16 hex digits of SHA-1(rule, message, line).
    expect(fingerprintOf({ ruleId: "a", message: "m" }, " x ")).toBe(createHash("sha1").update("a\0m\0x").digest("hex").slice(0, 16));
    // Findings on a minified line: its text is digested once for all of them, so a line 10 times as long
    // costs about the same (digested for each finding, it cost 10 times as much).
    const cpuMs = (line: string) => {
      const before = process.cpuUsage();
      const prints = new Set(Array.from({ length: 2_000 }, (_, k) => fingerprintOf({ ruleId: "r", message: `m${k}` }, line)));
      const used = process.cpuUsage(before);
      expect(prints.size).toBe(2_000);
      return (used.user + used.system) / 1000;
    };
    const short = "<b>a</b>".repeat(5_000);
    const long = "<b>a</b>".repeat(50_000);
    cpuMs(short);
    const shortMs = Math.max(Math.min(cpuMs(short), cpuMs(short), cpuMs(short)), 2);
    let longMs = Infinity;
    for (let attempt = 0; attempt < 4 && longMs > 4 * shortMs; attempt++) longMs = Math.min(longMs, cpuMs(long));
    expect(longMs / shortMs, `${longMs.toFixed(1)} ms vs ${shortMs.toFixed(1)} ms`).toBeLessThanOrEqual(4);
    expect(fingerprintOf({ ruleId: "r", message: "m0" }, long)).toBe(fingerprintOf({ ruleId: "r", message: "m0" }, ` ${long}`));
    expect(fingerprintOf({ ruleId: "r", message: "m0" }, long)).not.toBe(fingerprintOf({ ruleId: "r", message: "m0" }, `${long}c`));
  });
});

describe("applyBaseline", () => {
  const baselineFile = () => path.join(dir, "ci", "loclint-baseline.json");
  const text = "# Rechnungen\n\nSiehe [neu](neu.md).\nSiehe [neu](neu.md).\n";

  it("records files relative to the baseline's folder and counts duplicates", () => {
    const results = [result("docs.de-de/a.md", [finding(3, broken), finding(4, broken)]), result("docs.de-de/clean.md", [])];
    const baseline = createBaseline(results, baselineFile(), "1.2.3", { textOf: () => text });
    expect(baseline).toEqual({
      version: 1,
      toolVersion: "1.2.3",
      entries: [{ ruleId: "link-target-missing", file: "../docs.de-de/a.md", fingerprint: fingerprintOf(finding(3, broken), "Siehe [neu](neu.md)."), message: broken, count: 2 }],
    });
  });

  it("suppresses recorded findings wherever their line moved, and reports a third copy", () => {
    const baseline = createBaseline([result("docs.de-de/a.md", [finding(3, broken), finding(4, broken)])], baselineFile(), "1.2.3", { textOf: () => text });
    const moved = "# Rechnungen\n\nNeuer Absatz.\n\nNoch einer.\n\nSiehe [neu](neu.md).\nSiehe [neu](neu.md).\nSiehe [neu](neu.md).\n";
    const now = [result("docs.de-de/a.md", [finding(7, broken), finding(8, broken), finding(9, broken)])];
    const applied = applyBaseline(now, baseline, baselineFile(), { textOf: () => moved });
    expect(applied.suppressed).toBe(2);
    expect(applied.stale).toBe(0);
    expect(applied.results[0]!.findings.map((f) => f.line)).toEqual([9]);
    expect(applied.results[0]!.errorCount).toBe(1);
  });

  it("counts recorded findings that no longer occur as stale, only for files linted or gone", () => {
    fs.mkdirSync(path.join(dir, "docs.fr-fr"), { recursive: true });
    fs.writeFileSync(path.join(dir, "docs.fr-fr", "kept.md"), "x\n");
    const baseline = createBaseline(
      [
        result("docs.de-de/a.md", [finding(3, broken), finding(4, broken)]),
        result("docs.fr-fr/kept.md", [finding(1, broken)]),
        result("docs.fr-fr/deleted.md", [finding(1, broken)]),
      ],
      baselineFile(),
      "1.2.3",
      { textOf: () => text },
    );
    // Only a.md is linted, and one of its two findings was fixed; kept.md was not linted; deleted.md is gone.
    const applied = applyBaseline([result("docs.de-de/a.md", [finding(3, broken)])], baseline, baselineFile(), { textOf: () => text });
    expect(applied.results[0]!.findings).toEqual([]);
    expect(applied.stale).toBe(2);
  });

  it("keeps the entries of files not linted when rewritten, and drops those of deleted files", () => {
    fs.mkdirSync(path.join(dir, "docs.fr-fr"), { recursive: true });
    fs.writeFileSync(path.join(dir, "docs.fr-fr", "kept.md"), "x\n");
    const previous = createBaseline(
      [result("docs.fr-fr/kept.md", [finding(1, broken)]), result("docs.fr-fr/deleted.md", [finding(1, broken)]), result("docs.de-de/a.md", [finding(3, broken)])],
      baselineFile(),
      "1.2.3",
      { textOf: () => text },
    );
    const rewritten = createBaseline([result("docs.de-de/a.md", [])], baselineFile(), "1.2.4", { previous, textOf: () => text });
    expect(rewritten.entries.map((e) => e.file)).toEqual(["../docs.fr-fr/kept.md"]);
  });
});

describe("readBaseline", () => {
  it("round-trips what writeBaseline wrote", () => {
    const file = path.join(dir, "round.json");
    const baseline = createBaseline([result("docs.de-de/a.md", [finding(1, broken)])], file, "1.2.3", { textOf: () => "x" });
    writeBaseline(file, baseline);
    expect(readBaseline(file)).toEqual(baseline);
    expect(fs.readFileSync(file, "utf8").endsWith("}\n")).toBe(true);
  });

  it("throws one-line BaselineErrors for a missing, malformed or invalid file", () => {
    const bad = (name: string, text: string | null) => {
      const file = path.join(dir, name);
      if (text !== null) fs.writeFileSync(file, text);
      try {
        readBaseline(file, name);
      } catch (error) {
        expect(error).toBeInstanceOf(BaselineError);
        return (error as Error).message;
      }
      throw new Error("no error");
    };
    expect(bad("none.json", null)).toBe("baseline file none.json not found");
    expect(bad("broken.json", "{ nope")).toMatch(/^baseline file broken\.json is not valid JSON: [^\n]+$/);
    expect(bad("v2.json", '{ "version": 2, "entries": [] }')).toBe('baseline file v2.json is invalid: expected "version": 1 but found 2');
    expect(bad("entry.json", '{ "version": 1, "entries": [{ "ruleId": "x" }] }')).toBe(
      'baseline file entry.json is invalid: entry 1 needs "ruleId", "file", "fingerprint" and a positive whole "count"',
    );
  });
});
