// Invisible characters: escaped for the eye in messages, normalized where they cannot change meaning.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { escapeInvisible, normalizeInvisible } from "../../src/shared/invisible.js";
import { page } from "../rule-tester.js";

describe("escapeInvisible", () => {
  it("writes no-break, zero-width, bidi and tab characters as escapes and leaves visible text alone", () => {
    expect(escapeInvisible("a\u00a0b\u200bc\u200fd\u202ee\tf\u2060g\ufeff")).toBe("a\\u00A0b\\u200Bc\\u200Fd\\u202Ee\\tf\\u2060g\\uFEFF");
    expect(escapeInvisible("請求書 ..\\billing\\faq.yml الفواتير")).toBe("請求書 ..\\billing\\faq.yml الفواتير");
  });
});

describe("normalizeInvisible", () => {
  it("makes width spaces plain and drops zero-width and bidi marks, keeping tabs and newlines", () => {
    expect(normalizeInvisible("Get-Item\u00a0-Path\u202fx\u200b |\u3000y\u200e\t\n")).toBe("Get-Item -Path x | y\t\n");
  });
});

describe("every message", () => {
  it("shows invisible characters escaped, whatever rule wrote it (right-to-left and CJK siblings)", async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-invisible-")));
    try {
      const meta = (locale: string, author: string) => ({ title: "T", author, "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f", "ms.contentlocale": locale });
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      };
      write("kb.de-de/a.md", page(meta("de-DE", "contoso writer"), "# A\n"));
      write("kb.ja-jp/a.md", page(meta("ja-JP", "contoso writer"), "# 請求\n"));
      write("kb.ar-sa/a.md", page(meta("ar-SA", "contoso\u00a0writer\u200f"), "# الفواتير\n"));
      let stdout = "";
      const io: CliIo = { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
      await runCli(["--format", "compact", "."], io);
      expect(stdout).toContain('kb.ar-sa/a.md:3:9: error metadata-mismatch Expected author "contoso writer" as in de-de, ja-jp but found "contoso\\u00A0writer\\u200F"');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
