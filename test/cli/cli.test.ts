// The command end to end: the built binary on made-up doc sets, bad input of every kind, exit codes.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { learnMeta, page } from "../rule-tester.js";

const bin = path.resolve(import.meta.dirname, "../../bin/loclint.js");
let dir: string;

const meta = learnMeta;

function write(rel: string, content: string | Uint8Array) {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "true", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function noStackTrace(text: string) {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(text).not.toContain("node:internal");
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "loclint-cli-"));
  write("docs.de-de/billing/invoices.md", page(meta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
  write("docs.fr-fr/billing/invoices.md", page(meta("fr-FR"), "# Factures\n\nTexte sur les factures.\n"));
  write("docs.ja-jp/billing/invoices.md", page(meta("de-DE"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.ar-sa/billing/invoices.md", page(meta("ar-SA"), "# الفواتير\n\nنص عن الفواتير.\n", { eol: "\r\n", bom: true }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("loclint command", () => {
  it("writes the locale health report: status-json, markdown and html of the same files", () => {
    const status = run(["docs.de-de", "docs.fr-fr", "docs.ja-jp", "docs.ar-sa", "--format", "status-json"]);
    expect(status.code).toBe(1);
    const parsed = JSON.parse(status.stdout) as { version: number; locales: { locale: string; files: number; findings: { metadata: number } }[] };
    expect(parsed.version).toBe(1);
    expect(parsed.locales.map((l) => [l.locale, l.files])).toEqual([["ar-sa", 1], ["de-de", 1], ["fr-fr", 1], ["ja-jp", 1]]);
    // ja-jp says ms.contentlocale "de-DE": a metadata finding.
    expect(parsed.locales.find((l) => l.locale === "ja-jp")!.findings.metadata).toBeGreaterThan(0);
    const markdown = run(["docs.de-de", "docs.fr-fr", "docs.ja-jp", "docs.ar-sa", "--format", "markdown"]);
    expect(markdown.stdout).toMatch(/^## Locale health \(loclint\)\n/);
    expect(markdown.stdout).toContain("| `ja-jp` | 1 |");
    const html = run(["docs.de-de", "docs.fr-fr", "docs.ja-jp", "docs.ar-sa", "--format", "html", "--output-file", "out/health.html"]);
    expect(html.code).toBe(1);
    expect(html.stdout).toBe("");
    expect(readFileSync(path.join(dir, "out/health.html"), "utf8")).toMatch(/^<!DOCTYPE html>[\s\S]*<tr data-locale="ja-jp">[\s\S]*<\/html>\n$/);
  });

  it("prints its version and help", () => {
    const version = run(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")).version);
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: loclint");
    expect(help.stdout).toContain("contentlocale-mismatch");
  });

  it("reports a wrong ms.contentlocale with exact position, exit 1", () => {
    const r = run(["docs.ja-jp", "-f", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('docs.ja-jp/billing/invoices.md:10:19: error contentlocale-mismatch Expected ms.contentlocale "ja-JP"');
    noStackTrace(r.stderr);
  });

  it("exits 0 on a clean file and prints nothing in stylish", () => {
    const r = run(["docs.de-de/billing/invoices.md"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("");
    expect(r.code).toBe(0);
  });

  it("writes ESLint-shaped JSON to a file", () => {
    const r = run([".", "-f", "json", "-o", "out/report.json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(readFileSync(path.join(dir, "out/report.json"), "utf8"));
    expect(Array.isArray(json)).toBe(true);
    const ja = json.find((f: { filePath: string }) => f.filePath.endsWith(path.join("docs.ja-jp", "billing", "invoices.md")));
    expect(ja.errorCount).toBe(1);
    expect(ja.messages[0]).toMatchObject({ ruleId: "contentlocale-mismatch", severity: 2, line: 10, column: 19 });
  });

  it("--rule turns a rule off, --quiet and --max-warnings", () => {
    expect(run([".", "--rule", "contentlocale-mismatch:off"]).code).toBe(0);
    const warn = run([".", "--rule", "contentlocale-mismatch:warn", "--max-warnings", "0"]);
    expect(warn.code).toBe(1);
    expect(warn.stderr).toContain("too many warnings");
    expect(run([".", "--rule", "contentlocale-mismatch:warn", "--quiet"]).code).toBe(0);
  });

  it("usage and configuration mistakes are one line and exit 2", () => {
    const flag = run(["--no-such-flag"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr.split("\n")[0]).toMatch(/^loclint: Unknown option '--no-such-flag'/);
    noStackTrace(flag.stderr);
    expect(run(["--format", "xml"]).code).toBe(2);
    const rule = run(["--rule", "no-such-rule:error"]);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule "no-such-rule"');
    write("bad-config/loclint.config.json", '{ "rules": { "contentlocale-mismatch": "warning" } }');
    const bad = run(["--config", "bad-config/loclint.config.json", "."]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid severity "warning"');
    noStackTrace(bad.stderr);
  });

  it("a missing path is a one-line message and exit 2", () => {
    const r = run(["no/such/folder"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such file or folder");
    noStackTrace(r.stderr);
  });

  it("never changes a file without --fix", () => {
    const file = path.join(dir, "docs.ja-jp/billing/invoices.md");
    const before = readFileSync(file);
    const mtime = statSync(file).mtimeMs;
    run([".", "-f", "compact"]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });
});

describe("bad input never crashes", () => {
  it("binary, invalid UTF-8, BOM + CRLF, broken YAML, unclosed tags, missing siblings, huge files", () => {
    write("bad.de-de/a.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    write("bad.fr-fr/a.md", Buffer.concat([Buffer.from("---\ntitle: Résumé\n---\n# Tit"), Buffer.from([0xc3, 0x28]), Buffer.from("re\n")]));
    write("bad.de-de/b.md", "---\ntitle: \"unterminated\nms.date: 01/01/2021\n---\n# B\n");
    write("bad.fr-fr/b.md", '---\ntitle: B\n---\n# <span data-ttu-id="abcde-1">Titre<span class="sxs-lookup"><span data-stu-id="abcde-1">Title</span>\n');
    write("bad.ja-jp/only-here.md", page(meta("ja-JP"), "# ここだけ\n", { eol: "\r\n", bom: true }));
    write("bad.de-de/huge.md", `---\ntitle: x\n---\n${"x".repeat(9 * 1024 * 1024)}\n`);
    write("bad.de-de/toc.yml", "- name: x\n  href: [unclosed\n");
    const r = run(["bad.de-de", "bad.fr-fr", "bad.ja-jp", "-f", "compact"]);
    expect(r.code).toBe(1);
    noStackTrace(r.stderr);
    noStackTrace(r.stdout);
    expect(r.stdout).toContain("bad.de-de/a.md:3:1: error file-unreadable File is not text: it contains a NUL byte");
    expect(r.stdout).toContain("bad.fr-fr/a.md:4:6: error file-unreadable File is not valid UTF-8");
    expect(r.stdout).toMatch(/bad\.de-de\/b\.md:\d+:\d+: error front-matter-invalid Invalid YAML/);
    expect(r.stdout).toMatch(/bad\.de-de\/huge\.md:1:1: error file-unreadable File is too large to lint/);
    expect(r.stdout).toMatch(/bad\.de-de\/toc\.yml:2:9: error front-matter-invalid Invalid YAML/);
  });

  // Root reads everything; discovery's own tests simulate EACCES for that case.
  it.skipIf(process.getuid?.() === 0)("an unreadable file is reported, not thrown", () => {
    write("locked.de-de/a.md", page(meta("de-DE"), "# A\n"));
    chmodSync(path.join(dir, "locked.de-de/a.md"), 0);
    const r = run(["locked.de-de", "-f", "compact"]);
    noStackTrace(r.stderr);
    expect(r.stdout).toContain("File cannot be read: permission denied");
  });
});
