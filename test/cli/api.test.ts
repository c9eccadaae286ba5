// The library API: lint() finds what `loclint --format json` reports; fix returns outputs and writes nothing; outputFixes writes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { lint, LintOptionsError, outputFixes } from "../../src/index.js";
import type { FileResult } from "../../src/types.js";
import { page } from "../rule-tester.js";

let dir: string;
const root = path.resolve(import.meta.dirname, "../..");

const meta = (locale: string, extra: Record<string, string> = {}) => ({
  title: "Rechnungen verwalten",
  "ms.topic": "how-to",
  "ms.date": "04/12/2021",
  "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
  "ms.sourcegitcommit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
  "ms.translationtype": "MT",
  "ms.contentlocale": locale,
  "ms.lasthandoff": "05/01/2021",
  ...extra,
});

function write(rel: string, content: string): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-api-")));
  write("docs.de-de/billing/invoices.md", page(meta("de-AT", { "ms.date": "04/12/2020" }), "# Rechnungen\n\nText über Rechnungen.\n"));
  write("docs.ja-jp/billing/invoices.md", page(meta("ja-JP"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.he-il/billing/invoices.md", page(meta("he-IL", { "ms.openlocfilehash": "zz" }), "# חשבוניות\n\nטקסט על חשבוניות.\n", { eol: "\r\n", bom: true }));
  write("docs.fr-fr/billing/invoices.md", page(meta("fr-FR"), "# Factures\n\nTexte sur les factures.\n"));
  write("docs.fr-fr/other/alone.md", page(meta("fr-FR", { "ms.date": "31/12/2021" }), "# Seul\n"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cliJson(argv: string[]): Promise<{ filePath: string; messages: { ruleId: string; severity: number; line: number; column: number; message: string }[] }[]> {
  let stdout = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  await runCli(["--format", "json", ...argv], io);
  return JSON.parse(stdout);
}

const shown = (results: FileResult[]) =>
  results.map((r) => ({
    filePath: r.filePath,
    messages: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity === "error" ? 2 : 1, line: f.line, column: f.column, message: f.message })),
  }));

describe("lint()", () => {
  it("returns the findings `loclint --format json` reports", async () => {
    for (const paths of [["."], ["docs.de-de", "docs.fr-fr/other/alone.md"]]) {
      const outcome = await lint({ cwd: dir, paths });
      const json = await cliJson(paths);
      expect(outcome.results.flatMap((r) => r.findings).length).toBeGreaterThan(0);
      expect(shown(outcome.results)).toEqual(
        json.map((r) => ({ filePath: r.filePath, messages: r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line, column: m.column, message: m.message })) })),
      );
    }
  });

  it("with fix, returns the fixed text as output and writes nothing; outputFixes writes it", async () => {
    const file = path.join(dir, "docs.de-de/billing/invoices.md");
    const before = fs.readFileSync(file, "utf8");
    const mtime = fs.statSync(file).mtimeMs;
    const outcome = await lint({ cwd: dir, fix: true });
    expect(fs.readFileSync(file, "utf8")).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    const de = outcome.results.find((r) => r.filePath === file)!;
    expect(de.output).toBe(page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
    expect(de.findings.map((f) => f.ruleId)).not.toContain("contentlocale-mismatch");
    expect(outcome.results.filter((r) => r.output !== undefined).map((r) => r.filePath)).toEqual([file]);

    const written = await outputFixes(outcome.results);
    expect(written).toEqual({ written: [file], failed: [] });
    expect(fs.readFileSync(file, "utf8")).toBe(de.output);
    expect(await outputFixes(outcome.results)).toEqual({ written: [], failed: [] });
  });

  it("writes a baseline and then reports nothing it records (writeBaseline, as --write-baseline)", async () => {
    const baseline = path.join(dir, "loclint-baseline.json");
    const written = await lint({ cwd: dir, writeBaseline: "loclint-baseline.json" });
    expect(fs.existsSync(baseline)).toBe(true);
    expect(written.baselineRecorded).toBeGreaterThan(0);
    expect(written.results.flatMap((r) => r.findings)).toEqual([]);
    const again = await lint({ cwd: dir, baseline: "loclint-baseline.json" });
    expect(again.results.flatMap((r) => r.findings)).toEqual([]);
    expect(again.baselineStale).toBe(0);
    fs.rmSync(baseline);
  });

  it("rejects options that cannot work together, as the command does", async () => {
    await expect(lint({ cwd: dir, staged: true, changedSince: "HEAD" })).rejects.toBeInstanceOf(LintOptionsError);
    await expect(lint({ cwd: dir, shard: "3/2" })).rejects.toThrow(/--shard expects i\/n/);
    await expect(lint({ cwd: dir, cacheLocation: "x" })).rejects.toThrow("--cache-location needs --cache");
  });

  it("reports a cache it cannot write as a run problem instead of dropping it", async () => {
    const blocker = path.join(dir, "not-a-folder");
    fs.writeFileSync(blocker, "");
    // Files written a moment ago are not cached (their stamps could still change within the same tick).
    const old = new Date(Date.now() - 60_000);
    for (const f of ["docs.fr-fr/billing/invoices.md", "docs.fr-fr/other/alone.md"]) fs.utimesSync(path.join(dir, f), old, old);
    const outcome = await lint({ cwd: dir, paths: ["docs.fr-fr"], cache: true, cacheLocation: "not-a-folder/cache" });
    expect(outcome.problems.map((p) => p.message).join("\n")).toMatch(/cannot write the cache not-a-folder\/cache/);
    fs.rmSync(blocker);
  });

  it.skipIf(!fs.existsSync(path.join(root, "dist/src/index.js")))("is what `import { lint } from \"loclint\"` gives (the built package)", () => {
    const script = `import { lint } from "loclint"; const o = await lint({ cwd: ${JSON.stringify(dir)} }); console.log(JSON.stringify(o.results.map((r) => [r.displayPath, r.findings.map((f) => f.ruleId)])));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const results = JSON.parse(r.stdout) as [string, string[]][];
    expect(results.map(([p]) => p)).toContain("docs.fr-fr/other/alone.md");
  });
});
