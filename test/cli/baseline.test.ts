// --write-baseline and --baseline end to end: old findings stay quiet when lines move, new ones are reported, fixed ones are stale.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { lint } from "../../src/lint.js";
import { page } from "../rule-tester.js";

let dir: string;

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

const DE = "docs.de-de/billing/invoices.md";
const JA = "docs.ja-jp/billing/invoices.md";
const HE = "docs.he-il/billing/invoices.md";

function write(rel: string, content: string): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

async function run(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-baseline-cli-")));
  // Two old defects: de-de and ja-jp name the wrong locale.
  write(DE, page(meta("de-AT"), "# Rechnungen\n\nText über Rechnungen.\n"));
  write(JA, page(meta("zh-CN"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write(HE, page(meta("he-IL"), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--write-baseline", () => {
  it("records today's findings relative to the baseline's folder and reports none", async () => {
    const before = await run(["-f", "compact", "."]);
    expect(before.code).toBe(1);
    expect(before.stdout.trim().split("\n")).toHaveLength(2);

    const r = await run(["--write-baseline", "ci/loclint-baseline.json", "."]);
    expect(r.stderr).toBe("loclint: recorded 2 findings in ci/loclint-baseline.json\n");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, "ci/loclint-baseline.json"), "utf8"));
    expect(baseline.version).toBe(1);
    expect(baseline.toolVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(baseline.entries.map((e: { ruleId: string; file: string; count: number }) => [e.ruleId, e.file, e.count])).toEqual([
      ["contentlocale-mismatch", `../${DE}`, 1],
      ["contentlocale-mismatch", `../${JA}`, 1],
    ]);
    expect(baseline.entries[0].message).toBe('Expected ms.contentlocale "de-DE" for a file in the de-de folder but found "de-AT"');
    expect(baseline.entries[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("--baseline", () => {
  beforeEach(async () => {
    expect((await run(["--write-baseline", "loclint-baseline.json", "."])).code).toBe(0);
  });

  it("reports nothing while nothing changed", async () => {
    const r = await run(["-f", "compact", "--baseline", "loclint-baseline.json", "."]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("keeps a finding quiet when lines are added above it", async () => {
    expect((await run(["-f", "compact", DE])).stdout).toContain(`${DE}:8:19: error contentlocale-mismatch`);
    const text = fs.readFileSync(path.join(dir, DE), "utf8");
    write(DE, text.replace("---\n", "---\n# Von Hand ergänzt\n# und noch eine Zeile\n"));
    const plain = await run(["-f", "compact", DE]);
    expect(plain.stdout).toContain(`${DE}:10:19: error contentlocale-mismatch`);
    const r = await run(["-f", "compact", "--baseline", "loclint-baseline.json", "."]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("reports a new finding", async () => {
    write(HE, page(meta("ar-SA"), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
    const r = await run(["-f", "compact", "--baseline", "loclint-baseline.json", "."]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`${HE}:8:19: error contentlocale-mismatch Expected ms.contentlocale "he-IL" for a file in the he-il folder but found "ar-SA"\n`);
    expect(r.stdout).not.toContain(DE);
    expect(r.stdout).not.toContain(JA);
  });

  it("counts a fixed finding as stale on standard error", async () => {
    write(DE, page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
    const r = await run(["-f", "compact", "--baseline", "loclint-baseline.json", "."]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("loclint: 1 baseline entry no longer matches; run --write-baseline to prune them\n");
    // Rewriting prunes it.
    await run(["--write-baseline", "loclint-baseline.json", "."]);
    expect(await run(["--baseline", "loclint-baseline.json", "."])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("does not call the entries of files outside the run stale, and keeps them when rewritten", async () => {
    const r = await run(["-f", "compact", "--baseline", "loclint-baseline.json", "docs.he-il"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    await run(["--write-baseline", "loclint-baseline.json", "docs.he-il"]);
    const entries = JSON.parse(fs.readFileSync(path.join(dir, "loclint-baseline.json"), "utf8")).entries as { file: string }[];
    expect(entries.map((e) => e.file)).toEqual([DE, JA]);
  });

  it("works from another working folder", async () => {
    const r = await run(["-f", "compact", "--baseline", "../loclint-baseline.json", "."], path.join(dir, "docs.de-de"));
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("is what lint({ baseline }) applies too", async () => {
    write(DE, page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
    const outcome = await lint({ cwd: dir, baseline: "loclint-baseline.json" });
    expect(outcome.results.flatMap((r) => r.findings)).toEqual([]);
    expect(outcome.baselineStale).toBe(1);
  });

  it("a missing or invalid baseline is a one-line error and exit 2", async () => {
    const missing = await run(["--baseline", "nope.json", "."]);
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "loclint: baseline file nope.json not found\n" });
    write("bad.json", "{ not json");
    const bad = await run(["--baseline", "bad.json", "."]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^loclint: baseline file bad\.json is not valid JSON: [^\n]+\n$/);
    const both = await run(["--baseline", "a.json", "--write-baseline", "b.json", "."]);
    expect(both.code).toBe(2);
    expect(both.stderr.split("\n")[0]).toBe("loclint: --baseline and --write-baseline name different files; --write-baseline alone writes the file and uses it");
  });
});
