// unifiedDiff: the hunks `diff -u` writes, and patches that `patch` applies back to the new text.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/pipeline/diff.js";

const hasPatch = spawnSync("patch", ["--version"]).status === 0;

describe("unifiedDiff", () => {
  it("returns nothing for equal texts", () => {
    expect(unifiedDiff("a.md", "x\ny\n", "x\ny\n")).toBe("");
  });

  it("writes hunks with three lines of context, split when far apart", () => {
    const before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
    const after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";
    expect(unifiedDiff("docs.de-de/a.md", before, after)).toBe(
      [
        "--- a/docs.de-de/a.md",
        "+++ b/docs.de-de/a.md",
        "@@ -1,5 +1,5 @@",
        " a",
        "-b",
        "+B",
        " c",
        " d",
        " e",
        "@@ -9,4 +9,4 @@",
        " i",
        " j",
        " k",
        "-l",
        "+L",
        "",
      ].join("\n"),
    );
  });

  it("joins hunks at most six unchanged lines apart, as diff -u does", () => {
    const diff = unifiedDiff("a.md", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\nX\n3\n4\n5\n6\n7\n8\nY\n");
    expect(diff).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,9 +1,9 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n");
  });

  it("marks a missing final newline and writes empty ranges as diff does", () => {
    expect(unifiedDiff("a.md", "", "x\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -0,0 +1 @@\n+x\n");
    expect(unifiedDiff("a.md", "x\n", "")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1 +0,0 @@\n-x\n");
    expect(unifiedDiff("a.md", "x\ny", "x\ny\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n");
  });

  it("keeps carriage returns so a CRLF file's patch applies byte for byte", () => {
    expect(unifiedDiff("a.md", "x\r\ny\r\n", "x\r\nY\r\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\r\n-y\r\n+Y\r\n");
  });

  it.skipIf(!hasPatch)("produces patches that turn the old text into the new one (random cases, checked with patch)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "loclint-diff-"));
    try {
      let seed = 12345;
      const random = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return (seed >>> 8) % n;
      };
      const words = ["a", "b", "c", "title: Rechnungen", "# 請求書", "", "ms.date: 04/12/2021"];
      const text = () => {
        const lines = Array.from({ length: random(25) }, () => words[random(words.length)]!);
        return lines.join("\n") + (random(4) === 0 ? "" : "\n");
      };
      for (let i = 0; i < 150; i++) {
        const before = text();
        let after = before
          .split("\n")
          .flatMap((line) => (random(5) === 0 ? [] : random(6) === 0 ? [line, words[random(words.length)]!] : [random(7) === 0 ? `${line}!` : line]))
          .join("\n");
        if (random(5) === 0) after += "\nend";
        const diff = unifiedDiff("f.md", before, after);
        if (before === after) {
          expect(diff).toBe("");
          continue;
        }
        const file = path.join(dir, "f.md");
        writeFileSync(file, before);
        const r = spawnSync("patch", ["-p1", "--quiet", "--force", "--no-backup-if-mismatch", "-r", "-"], { cwd: dir, input: diff, encoding: "utf8" });
        expect({ case: i, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ case: i, status: 0, stderr: "", stdout: "" });
        expect(readFileSync(file, "utf8"), diff).toBe(after);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
