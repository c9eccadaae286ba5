// --fix and --fix-dry-run: atomic writes that keep BOM, CRLF and mode, leave other files alone, and leave nothing to fix.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIn } from "./run-in.js";
import { learnMeta, page } from "../rule-tester.js";

let dir: string;

const meta = learnMeta;

/** A time well before the run, so "unchanged" is a real comparison and not a same-millisecond accident. */
const PAST = new Date("2024-01-02T03:04:05.678Z");

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, PAST, PAST);
  return file;
}

const read = (rel: string) => fs.readFileSync(path.join(dir, rel), "utf8");
const mtime = (rel: string) => fs.statSync(path.join(dir, rel)).mtimeMs;

const run = (argv: string[]) => runIn(dir, argv);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; message: string }[];
}

async function findings(argv: string[] = ["."]): Promise<string[]> {
  const r = await run(["--format", "json", ...argv]);
  expect(r.stderr).toBe("");
  return (JSON.parse(r.stdout) as JsonResult[]).flatMap((f) =>
    f.messages.map((m) => `${path.relative(dir, f.filePath).split(path.sep).join("/")}:${m.line} ${m.ruleId}`),
  );
}

const body = "# Rechnungen\n\nText über Rechnungen.\n";
const DE = "docs.de-de/billing/invoices.md";
const AR = "docs.ar-sa/billing/invoices.md";
const JA = "docs.ja-jp/billing/invoices.md";
const FR = "docs.fr-fr/billing/invoices.md";

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-fix-")));
  // Three siblings agree on ms.date; de-de has another date and a wrong locale; ar-sa (BOM, CRLF) a wrong locale.
  write(DE, page(meta("de-CH", { "ms.date": "04/12/2020" }), body));
  write(AR, page(meta("ar-EG"), "# الفواتير\n\nنص عن الفواتير.\n", { eol: "\r\n", bom: true }));
  write(JA, page(meta("ja-JP"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write(FR, page(meta("fr-FR"), "# Factures\n\nTexte sur les factures.\n"));
  fs.chmodSync(path.join(dir, DE), 0o640);
  fs.chmodSync(path.join(dir, AR), 0o640);
});

afterEach(() => {
  for (const f of [DE, AR]) {
    try {
      fs.chmodSync(path.join(dir, f), 0o644);
    } catch {
      // already gone
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("--fix", () => {
  it("finds the defects the fixes are for", async () => {
    expect(await findings()).toEqual([
      `${AR}:10 contentlocale-mismatch`,
      `${DE}:5 metadata-mismatch`,
      `${DE}:10 contentlocale-mismatch`,
    ]);
  });

  it("fixes them in place, keeping BOM, CRLF and mode, and touches no other file", async () => {
    const untouched = [JA, FR].map((f) => [f, mtime(f), read(f)] as const);
    const r = await run(["--fix", "."]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);

    expect(read(DE)).toBe(page(meta("de-DE"), body));
    const ar = fs.readFileSync(path.join(dir, AR));
    expect([...ar.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const arText = ar.toString("utf8");
    expect(arText).toBe(page(meta("ar-SA"), "# الفواتير\n\nنص عن الفواتير.\n", { eol: "\r\n", bom: true }));
    expect(arText.replace(/\r\n/g, "")).not.toContain("\n");
    for (const f of [DE, AR]) expect(fs.statSync(path.join(dir, f)).mode & 0o7777).toBe(0o640);
    for (const [f, time, text] of untouched) {
      expect(mtime(f)).toBe(time);
      expect(read(f)).toBe(text);
    }
    // No temporary file left behind.
    expect(fs.readdirSync(path.join(dir, "docs.de-de/billing"))).toEqual(["invoices.md"]);
  });

  it("leaves nothing of what it fixed for the next run", async () => {
    await run(["--fix", "."]);
    expect(await findings()).toEqual([]);
    // A second --fix has nothing to do and writes nothing.
    const times = [DE, AR, JA, FR].map(mtime);
    const again = await run(["--fix", "."]);
    expect(again.code).toBe(0);
    expect([DE, AR, JA, FR].map(mtime)).toEqual(times);
  });

  it("reports what it cannot fix, and leaves its file alone", async () => {
    const fr = path.join(dir, FR);
    // An empty ms.date has nothing to replace: reported, not fixed.
    fs.writeFileSync(fr, page(meta("fr-FR", { "ms.date": "" }), "# Factures\n"));
    fs.utimesSync(fr, PAST, PAST);
    const before = mtime(FR);
    const r = await run(["--fix", "--format", "compact", "."]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(DE);
    expect(r.stdout).toContain(FR);
    expect(mtime(FR)).toBe(before);
  });

  it("a read-only file is a one-line error and exit 2, the others are still fixed", async () => {
    fs.chmodSync(path.join(dir, DE), 0o444);
    const before = read(DE);
    const time = mtime(DE);
    const r = await run(["--fix", "--format", "compact", "."]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`loclint: cannot write the fixes of ${DE}: the file is read-only\n`);
    expect(read(DE)).toBe(before);
    expect(mtime(DE)).toBe(time);
    expect(read(AR)).toContain("ms.contentlocale: ar-SA\r\n");
    expect(fs.readdirSync(path.join(dir, "docs.de-de/billing"))).toEqual(["invoices.md"]);
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff, then the report of what is left, and writes nothing", async () => {
    const times = [DE, AR, JA, FR].map(mtime);
    const texts = [DE, AR, JA, FR].map(read);
    const r = await run(["--fix-dry-run", "--format", "compact", "."]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect([DE, AR, JA, FR].map(mtime)).toEqual(times);
    expect([DE, AR, JA, FR].map(read)).toEqual(texts);
    expect(r.stdout.match(/^--- a\/.*$/gm)).toEqual([`--- a/${AR}`, `--- a/${DE}`]);
    expect(r.stdout).toContain(`--- a/${DE}\n+++ b/${DE}\n@@ -2,12 +2,12 @@\n`);
    expect(r.stdout).toContain("\n-ms.date: 04/12/2020\n+ms.date: 04/12/2021\n");
    expect(r.stdout).toContain("\n-ms.contentlocale: de-CH\n+ms.contentlocale: de-DE\n");
    expect(r.stdout).toContain("\n-ms.contentlocale: ar-EG\r\n+ms.contentlocale: ar-SA\r\n");
  });

  it.skipIf(spawnSync("patch", ["--version"]).status !== 0)("prints a patch that makes the files what --fix makes them", async () => {
    const dry = await run(["--fix-dry-run", "."]);
    const copy = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-fix-copy-")));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      const patched = spawnSync("patch", ["-p1", "--quiet", "--no-backup-if-mismatch"], { cwd: copy, input: dry.stdout, encoding: "utf8" });
      expect(patched.stderr).toBe("");
      expect(patched.status).toBe(0);
      await run(["--fix", "."]);
      for (const f of [DE, AR, JA, FR]) expect(fs.readFileSync(path.join(copy, f)).equals(fs.readFileSync(path.join(dir, f))), f).toBe(true);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("reports the findings the fixes leave, with their exit code", async () => {
    fs.writeFileSync(path.join(dir, FR), page(meta("fr-FR", { "ms.date": "" }), "# Factures\n"));
    const r = await run(["--fix-dry-run", "--format", "compact", "."]);
    expect(r.code).toBe(1);
    const reportStart = r.stdout.indexOf(`${FR}:`);
    expect(reportStart).toBeGreaterThan(r.stdout.lastIndexOf("+++ b/"));
    expect(r.stdout.slice(reportStart)).not.toContain(DE);
  });

  it("refuses a machine-readable report on standard output, and --fix with it", async () => {
    const json = await run(["--fix-dry-run", "--format", "json", "."]);
    expect(json.code).toBe(2);
    expect(json.stderr.split("\n")[0]).toBe("loclint: --fix-dry-run prints a diff on standard output; send the json report to a file with --output-file");
    const both = await run(["--fix", "--fix-dry-run", "."]);
    expect(both.code).toBe(2);
    expect(both.stderr.split("\n")[0]).toBe("loclint: --fix and --fix-dry-run cannot be used together");
    const toFile = await run(["--fix-dry-run", "--format", "json", "-o", "report.json", "."]);
    expect(toFile.code).toBe(0);
    const report = JSON.parse(read("report.json")) as (JsonResult & { output?: string })[];
    // ESLint's shape: the fixed text rides along as `output`.
    expect(report.find((f) => f.filePath.endsWith(path.join("docs.de-de", "billing", "invoices.md")))?.output).toBe(page(meta("de-DE"), body));
  });
});

describe("--fix converges", () => {
  // Side-by-side pages whose English text itself links with "\" and the wrong letter case: the
  // translations copied those links. link-backslash and link-target-case fix them; segment-link-mismatch
  // must not ask for the English spelling back, or each --fix would undo the other's.
  const seg = (id: string, translation: string, english: string) =>
    `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
  const english = "See the [FAQ](..\\billing\\faq.yml) and [your invoices](Invoices.md).";
  const pages: Record<string, string> = {
    "de-de": "Siehe [FAQ](..\\billing\\faq.yml) und [Ihre Rechnungen](Invoices.md).",
    "ja-jp": "[FAQ](..\\billing\\faq.yml) と[請求書](Invoices.md)を参照してください。",
    "ar-sa": "راجع [الأسئلة الشائعة](..\\billing\\faq.yml) و[فواتيرك](Invoices.md).",
  };
  const KB = Object.keys(pages).map((locale) => `kb.${locale}/billing/overview.md`);

  beforeEach(() => {
    for (const [locale, translation] of Object.entries(pages)) {
      const contentlocale = `${locale.slice(0, 3)}${locale.slice(3).toUpperCase()}`;
      write(`kb.${locale}/billing/overview.md`, page(meta(contentlocale), `# Übersicht\n\n${seg("5b2e1-103", translation, english)}\n`));
      write(`kb.${locale}/billing/faq.yml`, "### YamlMime:FAQ\ntitle: FAQ\n");
      write(`kb.${locale}/billing/invoices.md`, page(meta(contentlocale), "# Rechnungen\n"));
    }
  });

  it("fixes every finding it calls fixable, and a second --fix changes nothing", async () => {
    const before = await run(["--format", "json", ...KB]);
    const fixable = (JSON.parse(before.stdout) as { messages: { ruleId: string; fix?: unknown }[] }[]).flatMap((f) =>
      f.messages.filter((m) => m.fix).map((m) => m.ruleId),
    );
    expect(fixable.sort()).toEqual([...Array(3).fill("link-backslash"), ...Array(3).fill("link-target-case")]);

    const first = await run(["--fix", "--format", "json", ...KB]);
    expect(first.stderr).toBe("");
    const left = (JSON.parse(first.stdout) as { messages: { ruleId: string; fix?: unknown }[] }[]).flatMap((f) => f.messages);
    expect(left.filter((m) => m.fix)).toEqual([]);
    expect(left.map((m) => m.ruleId)).toEqual([]);
    for (const [locale, translation] of Object.entries(pages)) {
      const fixed = translation.replace("..\\billing\\faq.yml", "../billing/faq.yml").replace("Invoices.md", "invoices.md");
      expect(read(`kb.${locale}/billing/overview.md`)).toContain(seg("5b2e1-103", fixed, english));
    }

    const texts = KB.map(read);
    const times = KB.map(mtime);
    const second = await run(["--fix", ...KB]);
    expect(second.code).toBe(0);
    expect(KB.map(read)).toEqual(texts);
    expect(KB.map(mtime)).toEqual(times);
  });
});
