// The file layer's writes (issue 12, items 5, 6, 8 and 10): no link followed, nothing saved meanwhile lost, modes kept, no temporary file left.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { removeStaleTemp, writeFileAtomic, WriteRefused } from "../../src/fs/index.js";
import { lint } from "../../src/lint.js";
import { outputFixes } from "../../src/pipeline/write.js";
import type { FileResult } from "../../src/types.js";
import { learnMeta, page } from "../rule-tester.js";

const root = path.resolve(import.meta.dirname, "../..");
const builtWrite = path.join(root, "dist/src/pipeline/write.js");
const PAST = new Date("2024-01-02T03:04:05Z");

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-write-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const meta = learnMeta;

function write(rel: string, content: string, time = PAST) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, time, time);
  return file;
}

/** Three locales; the German page names the wrong content locale, which --fix corrects. */
function docSet() {
  write("docs.de-de/billing/invoices.md", page({ ...meta("de-DE"), "ms.contentlocale": "fr-FR" }, "# Rechnungen\n\nText über Rechnungen.\n"));
  write("docs.ja-jp/billing/invoices.md", page(meta("ja-JP"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.he-il/billing/invoices.md", page(meta("he-IL"), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
}

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const temps = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith(".tmp"));

describe("symbolic links are never written through (item 5)", () => {
  it("a committed .loclintcache link to another file leaves that file alone", async () => {
    docSet();
    const victim = write("victim.txt", "do not touch\n");
    fs.symlinkSync("victim.txt", path.join(dir, ".loclintcache"));
    const r = await run(["--cache", "--format", "compact", "docs.de-de"]);
    expect(r.stderr).toBe("loclint: cannot write the cache .loclintcache: it is a symbolic link, which loclint does not write through\n");
    expect(fs.readFileSync(victim, "utf8")).toBe("do not touch\n");
    expect(fs.lstatSync(path.join(dir, ".loclintcache")).isSymbolicLink()).toBe(true);
    expect(temps(dir)).toEqual([]);
  });

  it("a baseline or report path that is a link is refused, its target unchanged", async () => {
    docSet();
    const victim = write("victim.txt", "do not touch\n");
    fs.symlinkSync("victim.txt", path.join(dir, "baseline.json"));
    fs.symlinkSync("victim.txt", path.join(dir, "report.json"));
    const baseline = await run(["--write-baseline", "baseline.json", "docs.de-de"]);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toBe("loclint: cannot write baseline file baseline.json: it is a symbolic link, which loclint does not write through\n");
    const report = await run(["--format", "json", "--output-file", "report.json", "docs.de-de"]);
    expect(report.code).toBe(2);
    expect(report.stderr).toBe("loclint: cannot write report.json: it is a symbolic link, which loclint does not write through\n");
    expect(fs.readFileSync(victim, "utf8")).toBe("do not touch\n");
  });

  it("--fix leaves a page that is a symbolic link unfixed, its target untouched, and says why; its findings stay", async () => {
    docSet();
    // The German page links to a file outside the doc set, which a fix must not rewrite.
    const wrong = page({ ...meta("de-DE"), "ms.contentlocale": "fr-FR" }, "# Rechnungen\n\nText über Rechnungen.\n");
    const victim = write("elsewhere/invoices.md", wrong);
    const link = path.join(dir, "docs.de-de/billing/invoices.md");
    fs.rmSync(link);
    fs.symlinkSync("../../elsewhere/invoices.md", link);
    // The Japanese page is a regular file with the same kind of defect: it is fixed as usual.
    write("docs.ja-jp/billing/invoices.md", page({ ...meta("ja-JP"), "ms.contentlocale": "fr-FR" }, "# 請求書\n\n請求書についてのテキスト。\n"));
    const r = await run(["--fix", "--format", "compact", "."]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      'docs.de-de/billing/invoices.md:10:19: error contentlocale-mismatch Expected ms.contentlocale "de-DE" for a file in the de-de folder but found "fr-FR"',
      "loclint: warning docs.de-de/billing/invoices.md: 1 fix not applied: the file is a symbolic link, which loclint does not write through; fix the file it links to",
    ]);
    expect(r.stderr).toBe(
      "loclint: docs.de-de/billing/invoices.md: 1 fix not applied: the file is a symbolic link, which loclint does not write through; fix the file it links to\n",
    );
    expect(fs.readFileSync(victim, "utf8")).toBe(wrong);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, "docs.ja-jp/billing/invoices.md"), "utf8")).toContain("ms.contentlocale: ja-JP");
    // The notice is part of the report too (a run-level warning in SARIF, JSON with metadata, github ...).
    const github = await run(["--fix", "--format", "github", "."]);
    expect(github.stdout).toContain("::warning title=loclint::docs.de-de/billing/invoices.md: 1 fix not applied: the file is a symbolic link");
    expect(temps(path.join(dir, "elsewhere"))).toEqual([]);
  });

  it("outputFixes refuses to write a fixed text through a link (a result made by hand)", async () => {
    const target = write("elsewhere/a.md", "alt\n");
    const link = path.join(dir, "a.md");
    fs.symlinkSync(target, link);
    const result: FileResult = { filePath: link, displayPath: "a.md", locale: "de-de", findings: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, output: "neu\n" };
    expect(await outputFixes([result])).toEqual({ written: [], failed: [{ filePath: link, displayPath: "a.md", message: "it is a symbolic link, which loclint does not write through" }] });
    expect(fs.readFileSync(target, "utf8")).toBe("alt\n");
  });

  it.skipIf(!fs.existsSync("/dev/null"))("a report to a path spelled under /dev/ (/dev/stdout, /dev/null) is written in place", async () => {
    docSet();
    const r = await run(["--format", "json", "--output-file", "/dev/null", "docs.ja-jp"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a planted link at the temporary file's name cannot redirect the write", () => {
    const file = write("a.md", "alt\n");
    const victim = write("victim.txt", "do not touch\n");
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now);
    // The name the write will use, planted as a link: the exclusive create fails instead of following it.
    fs.symlinkSync(victim, path.join(dir, `.a.md.loclint-${process.pid}-${now}.tmp`));
    try {
      expect(() => writeFileAtomic(file, "neu\n")).toThrow(/EEXIST/);
    } finally {
      clock.mockRestore();
    }
    expect(fs.readFileSync(victim, "utf8")).toBe("do not touch\n");
    expect(fs.readFileSync(file, "utf8")).toBe("alt\n");
  });
});

describe("--fix does not overwrite a file saved after it was read (item 6)", () => {
  it("skips a file edited between lint and write, with a message, and writes the others", async () => {
    docSet();
    const outcome = await lint({ cwd: dir, fix: true, paths: ["docs.de-de"] });
    const de = path.join(dir, "docs.de-de/billing/invoices.md");
    expect(outcome.results.find((r) => r.filePath === de)?.output).toContain("ms.contentlocale: de-DE");
    fs.appendFileSync(de, "Eine Zeile, die jemand gerade gespeichert hat.\n");
    const edited = fs.readFileSync(de, "utf8");
    expect(await outputFixes(outcome.results)).toEqual({
      written: [],
      failed: [{ filePath: de, displayPath: "docs.de-de/billing/invoices.md", message: "the file changed after loclint read it; run loclint again" }],
    });
    expect(fs.readFileSync(de, "utf8")).toBe(edited);
    expect(temps(path.dirname(de))).toEqual([]);
  });

  it("notices an edit that kept the size and the mtime, by the content's hash", async () => {
    docSet();
    const de = path.join(dir, "docs.de-de/billing/invoices.md");
    const outcome = await lint({ cwd: dir, fix: true, paths: ["docs.de-de"] });
    const text = fs.readFileSync(de, "utf8");
    const same = text.replace("Text über", "Test über");
    expect(Buffer.byteLength(same)).toBe(Buffer.byteLength(text));
    const before = fs.statSync(de);
    fs.writeFileSync(de, same);
    fs.utimesSync(de, before.atime, before.mtime);
    const done = await outputFixes(outcome.results);
    expect(done.failed.map((f) => f.message)).toEqual(["the file changed after loclint read it; run loclint again"]);
    expect(fs.readFileSync(de, "utf8")).toBe(same);
  });

  it("the command still writes a file nobody touched", async () => {
    docSet();
    const de = path.join(dir, "docs.de-de/billing/invoices.md");
    const unchanged = await run(["--fix", "--format", "compact", "docs.de-de"]);
    expect(unchanged.code).toBe(0);
    expect(fs.readFileSync(de, "utf8")).toContain("ms.contentlocale: de-DE");
  });
});

describe("modes and owners (item 10)", () => {
  it("keeps setuid and setgid bits: the mode is set after the owner", () => {
    const file = write("tool.md", "alt\n");
    fs.chmodSync(file, 0o6755);
    const mode = fs.statSync(file).mode & 0o7777;
    // Some file systems (nosuid mounts) refuse the bits outright: nothing to keep there.
    if (mode !== 0o6755) return;
    expect(writeFileAtomic(file, "neu\n")).toBe(true);
    expect(fs.statSync(file).mode & 0o7777).toBe(0o6755);
    expect(fs.readFileSync(file, "utf8")).toBe("neu\n");
  });

  it("refuses to replace a folder with a file", () => {
    fs.mkdirSync(path.join(dir, "folder.json"));
    expect(() => writeFileAtomic(path.join(dir, "folder.json"), "{}")).toThrow(WriteRefused);
    expect(fs.statSync(path.join(dir, "folder.json")).isDirectory()).toBe(true);
  });
});

describe("temporary files (item 8)", () => {
  /** A process id that was ours a moment ago and is gone now. */
  function deadPid(): number {
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    return Number(child.stdout);
  }

  it("removes a stale temporary file of a dead run on the next run, and keeps live or recent ones", async () => {
    docSet();
    const folder = path.join(dir, "docs.ja-jp/billing");
    const old = new Date(Date.now() - 10 * 60_000);
    const dead = deadPid();
    const stale = write(`docs.ja-jp/billing/.invoices.md.loclint-${dead}-${old.getTime()}.tmp`, "halb", old);
    const recent = write(`docs.ja-jp/billing/.invoices.md.loclint-${dead}-${Date.now()}.tmp`, "halb", new Date());
    const live = write(`docs.ja-jp/billing/.invoices.md.loclint-${process.pid}-${old.getTime()}.tmp`, "halb", old);
    const notOurs = write("docs.ja-jp/billing/.invoices.md.other-1-2.tmp", "fremd", old);
    const r = await run(["--format", "compact", "docs.ja-jp"]);
    expect(r.stdout + r.stderr).toBe("");
    expect(fs.existsSync(stale)).toBe(false);
    expect([recent, live, notOurs].every((f) => fs.existsSync(f))).toBe(true);
    expect(temps(folder).length).toBe(3);
  });

  it("removes stale ones of the file being written, wherever it is (cache, baseline)", () => {
    const old = new Date(Date.now() - 10 * 60_000);
    const stale = write(`..loclintcache.loclint-${deadPid()}-1.tmp`, "{", old);
    writeFileAtomic(path.join(dir, ".loclintcache"), "{}");
    expect(fs.existsSync(stale)).toBe(false);
    expect(removeStaleTemp(dir, "a.md")).toBe(false);
  });

  it.skipIf(!fs.existsSync(builtWrite))("SIGTERM during --fix's writes stops between files, leaves no temporary file, and ends the process by the signal", async () => {
    const files = Array.from({ length: 8 }, (_, i) => write(`docs.de-de/page-${i}.md`, "alt\n"));
    const script = `
      import { outputFixes } from ${JSON.stringify(pathToFileURL(builtWrite).href)};
      const files = ${JSON.stringify(files)};
      let sent = false;
      const results = files.map((filePath, i) => {
        const r = { filePath, displayPath: filePath, locale: "de-de", findings: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
        Object.defineProperty(r, "output", { enumerable: true, get() {
          if (i === 2 && !sent) { sent = true; process.kill(process.pid, "SIGTERM"); }
          return "neu\\n";
        } });
        return r;
      });
      await outputFixes(results);
      console.log("not reached");
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("close", (_code, s) => resolve(s)));
    expect(signal).toBe("SIGTERM");
    expect(stdout).toBe("");
    const contents = files.map((f) => fs.readFileSync(f, "utf8"));
    expect(contents).toEqual(["neu\n", "neu\n", "neu\n", "alt\n", "alt\n", "alt\n", "alt\n", "alt\n"]);
    expect(temps(path.join(dir, "docs.de-de"))).toEqual([]);
  });
});

describe("outputFixes", () => {
  it("writes a result without a read stamp (made by hand) as before", async () => {
    const file = write("a.md", "alt\n");
    const result: FileResult = { filePath: file, displayPath: "a.md", locale: "de-de", findings: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, output: "neu\n" };
    expect(await outputFixes([result])).toEqual({ written: [file], failed: [] });
  });
});
