// The file layer's reads (issue 12, item 4): regular files only, size checked before reading, never blocking.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { describeRawName, FileReadError, readRegularFile, readRegularFileAsync, readTextFile } from "../../src/fs/index.js";
import { LocalizedFile } from "../../src/parse/file.js";
import { learnMeta, page } from "../rule-tester.js";

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const hasDevZero = fs.existsSync("/dev/zero");

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-read-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const fifo = (rel: string) => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync("mkfifo", [file]);
  return file;
};

function write(rel: string, content: string) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const meta = learnMeta;

function docSet() {
  write("docs.de-de/billing/invoices.md", page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
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

function codeOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(FileReadError);
    return `${(error as FileReadError).code}: ${(error as FileReadError).message}`;
  }
  return "read";
}

describe("readRegularFile", () => {
  it("reads a regular file and a link to one", () => {
    const file = write("a.md", "# Überschrift\n");
    fs.symlinkSync(file, path.join(dir, "link.md"));
    const read = readRegularFile(path.join(dir, "link.md"));
    expect(read.bytes.toString("utf8")).toBe("# Überschrift\n");
    expect(read.size).toBe(15);
    expect(codeOf(() => readRegularFile(path.join(dir, "missing.md")))).toBe("ENOENT: no such file");
    expect(codeOf(() => readRegularFile(dir))).toBe("EISDIR: it is a folder");
  });

  it.skipIf(!hasMkfifo)("refuses a FIFO at once instead of waiting for a writer, sync and async", async () => {
    const file = fifo("pipe.md");
    expect(codeOf(() => readRegularFile(file))).toBe("ENOTREG: not a regular file (a FIFO)");
    await expect(readRegularFileAsync(file)).rejects.toThrow("not a regular file (a FIFO)");
  });

  it.skipIf(!hasDevZero)("refuses a symbolic link to /dev/zero without reading from it", () => {
    const link = path.join(dir, ".openpublishing.publish.config.json");
    fs.symlinkSync("/dev/zero", link);
    expect(codeOf(() => readRegularFile(link))).toBe("ENOTREG: not a regular file (a character device)");
  });

  it("refuses a 1.2 GB (sparse) file from its size, before reading it", () => {
    const file = path.join(dir, "huge.md");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 1_200_000_000);
    const started = process.cpuUsage();
    expect(codeOf(() => readRegularFile(file))).toBe("EFBIG: too large: 1200000000 bytes, the limit is 8388608");
    const cpu = process.cpuUsage(started);
    // Reading 1.2 GB of zeros would take seconds of CPU; a stat takes none to speak of.
    expect(cpu.user + cpu.system).toBeLessThan(500_000);
  });

  it("honours a smaller limit, and a file of exactly the limit is read", () => {
    const file = write("exact.txt", "x".repeat(100));
    expect(readTextFile(file, { maxBytes: 100 })).toBe("x".repeat(100));
    expect(codeOf(() => readRegularFile(file, { maxBytes: 99 }))).toBe("EFBIG: too large: 100 bytes, the limit is 99");
  });
});

describe("LocalizedFile.read", () => {
  it.skipIf(!hasMkfifo)("reports a doc page replaced by a FIFO during the run as unreadable, without hanging", () => {
    const file = fifo("docs.de-de/a.md");
    const read = LocalizedFile.read({ path: file, displayPath: "docs.de-de/a.md", locale: "de-de", relPath: "a.md", root: path.join(dir, "docs.de-de"), isSource: false });
    expect(read.unreadable?.message).toBe("File cannot be read: not a regular file (a FIFO)");
  });

  it("keeps the bytes read for a stamp only when asked (a file fixes may rewrite), else lets them go", () => {
    const file = write("docs.de-de/a.md", "# Titel\n");
    const identity = { path: file, displayPath: "docs.de-de/a.md", locale: "de-de", relPath: "a.md", root: path.join(dir, "docs.de-de"), isSource: false };
    expect(LocalizedFile.read(identity).stamp).toBeNull();
    expect(LocalizedFile.read(identity, { stamp: true }).stamp).toEqual({ size: 8, mtimeMs: fs.statSync(file).mtimeMs, sha1: "fe8b2a6ef7c85f6ee0544f2dbc9212468795e91d" });
  });

  it("reports a 1.2 GB page as too large from its size alone", () => {
    const file = write("docs.de-de/a.md", "");
    fs.truncateSync(file, 1_200_000_000);
    const read = LocalizedFile.read({ path: file, displayPath: "docs.de-de/a.md", locale: "de-de", relPath: "a.md", root: path.join(dir, "docs.de-de"), isSource: false });
    expect(read.unreadable?.message).toBe("File is too large to lint: 1200000000 bytes, the limit is 8388608");
  });
});

describe("files loclint reads around the docs", () => {
  it.skipIf(!hasDevZero)("a publish config linked to /dev/zero is no locale, and the run ends", async () => {
    docSet();
    write("site.de/a.md", page(meta("de-DE"), "# Titel\n"));
    fs.symlinkSync("/dev/zero", path.join(dir, "site.de/.openpublishing.publish.config.json"));
    const r = await run(["--format", "compact", "."]);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it.skipIf(!hasMkfifo)("a FIFO publish config and a FIFO .gitignore do not hang the walk", async () => {
    docSet();
    write("site.de/a.md", page(meta("de-DE"), "# Titel\n"));
    fifo("site.de/.openpublishing.publish.config.json");
    fifo("docs.de-de/.gitignore");
    fs.mkdirSync(path.join(dir, ".git"));
    const r = await run(["--format", "compact", "."]);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it.skipIf(!hasDevZero)("a config file linked to /dev/zero is a one-line config error, not 600 MB read", async () => {
    docSet();
    fs.symlinkSync("/dev/zero", path.join(dir, "loclint.config.json"));
    const found = await run(["docs.de-de"]);
    expect(found.code).toBe(2);
    expect(found.stderr).toBe("loclint: loclint.config.json: cannot read the config file (not a regular file (a character device))\n");
    const named = await run(["--config", "loclint.config.json", "docs.de-de"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("cannot read the config file (not a regular file (a character device))");
  });

  it.skipIf(!hasMkfifo)("a FIFO named like a config file is a config error", async () => {
    docSet();
    fifo("loclint.config.yaml");
    const r = await run(["docs.de-de"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("loclint.config.yaml: cannot read the config file (not a regular file (a FIFO))");
  });

  it.skipIf(!hasMkfifo)("a FIFO as the baseline file is a one-line error", async () => {
    docSet();
    fifo("baseline.json");
    const r = await run(["--baseline", "baseline.json", "docs.de-de"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("loclint: cannot read baseline file baseline.json: not a regular file (a FIFO)\n");
  });

  it.skipIf(!hasMkfifo)("a FIFO as the cache file is an empty cache, and is not replaced", async () => {
    docSet();
    // Files older than the racy window, so the cache has something to remember and tries to write.
    const past = new Date("2024-01-02T03:04:05Z");
    for (const locale of ["de-de", "ja-jp", "he-il"]) fs.utimesSync(path.join(dir, `docs.${locale}/billing/invoices.md`), past, past);
    const cache = fifo(".loclintcache");
    const r = await run(["--cache", "--format", "compact", "docs.de-de"]);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("loclint: cannot write the cache .loclintcache: not a regular file (a FIFO)\n");
    expect(fs.lstatSync(cache).isFIFO()).toBe(true);
  });
});

describe("special files among the docs", () => {
  it.skipIf(!hasMkfifo)("a FIFO given as a path is reported, not waited on nor skipped", async () => {
    docSet();
    fifo("docs.de-de/billing/pipe.md");
    const r = await run(["--format", "compact", "docs.de-de/billing/pipe.md", "docs.de-de/billing/invoices.md"]);
    expect(r.stderr).toBe("loclint: docs.de-de/billing/pipe.md: not a regular file or folder (a FIFO)\n");
    expect(r.code).toBe(2);
  });

  it.skipIf(!hasMkfifo || !hasDevZero)("a FIFO or a link to a device named like a doc in a walked folder is reported", async () => {
    docSet();
    fifo("docs.de-de/billing/pipe.md");
    fs.symlinkSync("/dev/zero", path.join(dir, "docs.de-de/billing/zero.md"));
    // Not named like a doc: none of loclint's business.
    fifo("docs.de-de/billing/socket.bin");
    const r = await run(["--format", "compact", "docs.de-de"]);
    expect(r.stderr).toBe(
      "loclint: docs.de-de/billing/pipe.md: not a regular file (a FIFO)\n" +
        "loclint: docs.de-de/billing/zero.md: a symbolic link to a character device, not to a regular file\n",
    );
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
  });
});

describe("describeRawName", () => {
  it("shows invalid bytes as \\xHH and keeps valid UTF-8", () => {
    expect(describeRawName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]))).toBe("caf\\xE9.md");
    expect(describeRawName(Buffer.from("日本語-é.md", "utf8"))).toBe("日本語-é.md");
    expect(describeRawName(Buffer.from([0xe6, 0x97, 0x2e, 0x0a]))).toBe("\\xE6\\x97.\\x0A");
  });
});
