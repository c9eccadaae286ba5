// writeFileAtomic: replaces content through a rename, keeps mode, follows links only when asked, refuses read-only files, skips equal content.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outputFixes, ReadOnlyError, writeFileAtomic } from "../../src/pipeline/write.js";

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-write-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("keeps the mode and leaves no temporary file", () => {
    const file = path.join(dir, "a.md");
    fs.writeFileSync(file, "alt\r\n");
    fs.chmodSync(file, 0o640);
    expect(writeFileAtomic(file, "\ufeffneu\r\n")).toBe(true);
    expect(fs.readFileSync(file)).toEqual(Buffer.from("\ufeffneu\r\n", "utf8"));
    expect(fs.statSync(file).mode & 0o7777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(["a.md"]);
  });

  it("does not touch a file whose content is already the text", () => {
    const file = path.join(dir, "a.md");
    fs.writeFileSync(file, "gleich\n");
    const past = new Date("2024-01-02T03:04:05Z");
    fs.utimesSync(file, past, past);
    const before = fs.statSync(file);
    expect(writeFileAtomic(file, "gleich\n")).toBe(false);
    const after = fs.statSync(file);
    expect([after.mtimeMs, after.ino]).toEqual([before.mtimeMs, before.ino]);
  });

  it("writes a symbolic link's target and keeps the link only when asked to follow it", () => {
    const target = path.join(dir, "target.md");
    const link = path.join(dir, "link.md");
    fs.writeFileSync(target, "alt\n");
    fs.symlinkSync(target, link);
    writeFileAtomic(link, "neu\n", { followLink: true });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, "utf8")).toBe("neu\n");
  });

  it("refuses a read-only file, even as root, and outputFixes reports it without throwing", async () => {
    const file = path.join(dir, "ro.md");
    fs.writeFileSync(file, "alt\n");
    fs.chmodSync(file, 0o444);
    expect(() => writeFileAtomic(file, "neu\n")).toThrow(ReadOnlyError);
    expect(fs.readFileSync(file, "utf8")).toBe("alt\n");
    const ok = path.join(dir, "ok.md");
    fs.writeFileSync(ok, "alt\n");
    const result = (filePath: string, output: string) => ({
      filePath,
      displayPath: path.basename(filePath),
      locale: "de-de",
      findings: [],
      errorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      output,
    });
    expect(await outputFixes([result(file, "neu\n"), result(ok, "neu\n")])).toEqual({
      written: [ok],
      failed: [{ filePath: file, displayPath: "ro.md", message: "the file is read-only" }],
    });
    fs.chmodSync(file, 0o644);
  });
});
