// Anything asked for that could not be linted makes the run exit 2 after reporting the rest (issue 12, item 13).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { runIn } from "./run-in.js";
import { lint } from "../../src/lint.js";
import { learnMeta, page } from "../rule-tester.js";

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const isRoot = process.getuid?.() === 0;

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-not-linted-")));
  const meta = (locale: string, shown = locale) => learnMeta(locale, { "ms.contentlocale": shown });
  write("docs.de-de/billing/invoices.md", page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
  // A wrong content locale: one error, so the tests see that the rest is still reported.
  write("docs.ja-jp/billing/invoices.md", page(meta("ja-JP", "de-DE"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.he-il/billing/invoices.md", page(meta("he-IL"), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
});
afterEach(() => {
  for (const sub of ["docs.fr-fr"]) if (fs.existsSync(path.join(dir, sub))) fs.chmodSync(path.join(dir, sub), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, content: string) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const run = (argv: string[]) => runIn(dir, argv);

const jaError = "docs.ja-jp/billing/invoices.md:";

describe("exit 2 when something asked for was not linted", () => {
  it("a missing path next to a valid one: the valid one is reported, then exit 2", async () => {
    const r = await run(["--format", "compact", "docs.ja-jp", "docs.fr-fr/missing.md"]);
    expect(r.stdout).toContain(jaError);
    expect(r.stderr).toBe("loclint: docs.fr-fr/missing.md: no such file or folder\n");
    expect(r.code).toBe(2);
    // The decision is data: lint() returns the problem with its kind.
    const outcome = await lint({ cwd: dir, paths: ["docs.ja-jp", "docs.fr-fr/missing.md"] });
    expect(outcome.problems).toEqual([{ path: "docs.fr-fr/missing.md", message: "docs.fr-fr/missing.md: no such file or folder", kind: "not-linted" }]);
    expect(outcome.results.some((r) => r.errorCount > 0)).toBe(true);
  });

  it("names a missing path as it was typed, not relative to the working folder", async () => {
    const outcome = await lint({ cwd: dir, paths: ["docs.ja-jp", "/nonexistent-loclint-path", "two\nlines.md"] });
    expect(outcome.problems.map((p) => p.message).sort()).toEqual(['"two\\nlines.md": no such file or folder', "/nonexistent-loclint-path: no such file or folder"].sort());
  });

  it.skipIf(!hasMkfifo)("a FIFO given as a path", async () => {
    execFileSync("mkfifo", [path.join(dir, "docs.de-de/billing/pipe.md")]);
    const r = await run(["--format", "compact", "docs.de-de/billing/pipe.md", "docs.de-de/billing/invoices.md"]);
    expect(r.stderr).toBe("loclint: docs.de-de/billing/pipe.md: not a regular file or folder (a FIFO)\n");
    expect(r.code).toBe(2);
  });

  it.skipIf(!fs.existsSync("/dev/null"))("a device given as a path", async () => {
    const r = await run(["--format", "compact", "/dev/null", "docs.de-de"]);
    expect(r.stderr).toMatch(/: not a regular file or folder \(a character device\)\n$/);
    expect(r.code).toBe(2);
  });

  it.skipIf(isRoot)("an unreadable locale folder (root reads every folder, so not as root)", async () => {
    write("docs.fr-fr/billing/invoices.md", "# Factures\n");
    fs.chmodSync(path.join(dir, "docs.fr-fr"), 0o000);
    const r = await run(["--format", "compact", "."]);
    expect(r.stdout).toContain(jaError);
    expect(r.stderr).toContain("docs.fr-fr: cannot read the folder (EACCES)");
    expect(r.code).toBe(2);
  });

  it("--staged in a bare repository is an error, not an empty success", async () => {
    const bare = path.join(dir, "bare.git");
    execFileSync("git", ["init", "-q", "--bare", bare], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } });
    let stderr = "";
    const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), cwd: bare, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    expect(await runCli(["--staged"], io)).toBe(2);
    expect(stderr).toBe(`loclint: ${bare} is not inside a git work tree (a bare repository has no files to lint)\n`);
  });

  it("a named file the settings leave out is said, not skipped silently, and does not change the exit code", async () => {
    write("docs.de-de/billing/notes.txt", "Notizen\n");
    const r = await run(["--format", "compact", "docs.de-de/billing/notes.txt", "docs.de-de/billing/invoices.md"]);
    expect(r.stderr).toBe("loclint: docs.de-de/billing/notes.txt: not linted: it matches no `include` pattern (**/*.md, **/*.mdx, **/*.yml, **/*.yaml)\n");
    expect(r.code).toBe(0);
    // --ignore-unknown (the pre-commit hook's flag) drops it.
    const quiet = await run(["--format", "compact", "--ignore-unknown", "docs.de-de/billing/notes.txt"]);
    expect([quiet.stderr, quiet.code]).toEqual(["", 0]);
  });

  it("a cache that cannot be written is a warning: the exit code stays what the findings say", async () => {
    fs.writeFileSync(path.join(dir, "victim.txt"), "x");
    fs.symlinkSync("victim.txt", path.join(dir, ".loclintcache"));
    const past = new Date("2024-01-02T03:04:05Z");
    for (const l of ["de-de", "ja-jp", "he-il"]) fs.utimesSync(path.join(dir, `docs.${l}/billing/invoices.md`), past, past);
    const clean = await run(["--cache", "--format", "compact", "docs.de-de"]);
    expect(clean.stderr).toBe("loclint: cannot write the cache .loclintcache: it is a symbolic link, which loclint does not write through\n");
    expect(clean.code).toBe(0);
    const outcome = await lint({ cwd: dir, cache: true, paths: ["docs.ja-jp"] });
    expect(outcome.problems.map((p) => p.kind)).toEqual(["warning"]);
  });
});
