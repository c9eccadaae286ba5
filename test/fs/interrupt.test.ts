// A real SIGINT or SIGTERM while the cache, a baseline or a report is being written: the file is never partial,
// no temporary file stays behind, and the command ends by the signal. The child pauses right after writing the
// temporary file (a preloaded hook), so the signal lands mid-write every time.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { learnMeta, page } from "../rule-tester.js";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/loclint.js");
const built = fs.existsSync(path.join(root, "dist/bundle/cli.js"));
const PAST = new Date("2024-01-02T03:04:05Z");

/**
 * Preloaded into the child: after `fs.writeFileSync` writes one of loclint's temporary files for the target
 * named in PAUSE_TARGET, it says so on stderr and blocks for a while, as a slow disk would.
 */
const HOOK = `
import fs from "node:fs";
const write = fs.writeFileSync;
fs.writeFileSync = function (file, ...rest) {
  const out = write.call(this, file, ...rest);
  if (typeof file === "string" && file.endsWith(".tmp") && file.includes("." + process.env.PAUSE_TARGET + ".loclint-")) {
    fs.writeSync(2, "PAUSED\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  }
  return out;
};
`;

let dir: string;
let hook: string;

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-interrupt-")));
  hook = path.join(dir, "hook.mjs");
  fs.writeFileSync(hook, HOOK);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
    // Well before the run: the cache keeps no file changed in the last moments (its mtime could repeat).
    fs.utimesSync(path.join(dir, rel), PAST, PAST);
  };
  write("docs.de-de/billing/invoices.md", page(learnMeta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
  write("docs.ja-jp/billing/invoices.md", page(learnMeta("de-DE"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.he-il/billing/invoices.md", page(learnMeta("he-IL"), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function runQuietly(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "true" } });
}

/** Runs the command with the hook, sends `signal` once the temporary file of `target` is written, and waits for the end. */
async function interrupted(args: string[], target: string, signal: NodeJS.Signals): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", pathToFileURL(hook).href, bin, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: "1", CI: "true", PAUSE_TARGET: target },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    if (stderr.includes("PAUSED\n") && child.signalCode === null && !child.killed) child.kill(signal);
  });
  const ended = await new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, s) => resolve(s)));
  return { signal: ended, stderr };
}

const temps = () => fs.readdirSync(dir).filter((n) => n.includes(".loclint-") && n.endsWith(".tmp"));

describe.skipIf(!built)("a signal in the middle of a write", () => {
  it("--cache: SIGTERM leaves a whole cache, no temporary file, and ends the run by the signal", async () => {
    expect(runQuietly(["--cache", "."]).status).toBe(1);
    const cache = path.join(dir, ".loclintcache");
    const before = fs.readFileSync(cache, "utf8");
    // A changed page makes the next run rewrite the cache.
    const changed = path.join(dir, "docs.he-il/billing/invoices.md");
    fs.appendFileSync(changed, "\nנוסף.\n");
    fs.utimesSync(changed, PAST, new Date("2024-02-03T04:05:06Z"));
    const r = await interrupted(["--cache", "."], ".loclintcache", "SIGTERM");
    expect(r.stderr).toContain("PAUSED");
    expect(r.signal).toBe("SIGTERM");
    expect(temps()).toEqual([]);
    const after = fs.readFileSync(cache, "utf8");
    // The write under way finishes (a rename) before the signal ends the run: never a partial file.
    expect(after).not.toBe(before);
    expect(() => JSON.parse(after) as unknown).not.toThrow();
  });

  it("--write-baseline: SIGINT leaves a whole baseline and no temporary file", async () => {
    expect(runQuietly(["--write-baseline", "baseline.json", "."]).status).toBe(0);
    const baseline = path.join(dir, "baseline.json");
    fs.writeFileSync(path.join(dir, "docs.de-de/billing/invoices.md"), page(learnMeta("fr-FR"), "# Rechnungen\n"));
    const r = await interrupted(["--write-baseline", "baseline.json", "."], "baseline.json", "SIGINT");
    expect(r.signal).toBe("SIGINT");
    expect(temps()).toEqual([]);
    const written = JSON.parse(fs.readFileSync(baseline, "utf8")) as { entries: { ruleId: string }[] };
    expect(written.entries.map((e) => e.ruleId).sort()).toEqual(["contentlocale-mismatch", "contentlocale-mismatch"]);
  });

  it("--output-file: SIGTERM leaves the whole report and no temporary file", async () => {
    const r = await interrupted(["--format", "json", "--output-file", "report.json", "."], "report.json", "SIGTERM");
    expect(r.signal).toBe("SIGTERM");
    expect(temps()).toEqual([]);
    const whole = runQuietly(["--format", "json", "."]).stdout;
    expect(fs.readFileSync(path.join(dir, "report.json"), "utf8")).toBe(whole);
  });
});
