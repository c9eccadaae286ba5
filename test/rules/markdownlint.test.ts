// markdownlint: markdownlint's rules on localized Markdown, reported as "markdownlint/MDnnn", only when turned on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintGroup } from "../../src/engine/lint-group.js";
import { ProjectFacts } from "../../src/shared/facts.js";
import { defineRule } from "../../src/engine/rule.js";
import { lint } from "../../src/lint.js";
import rule from "../../rules/markdownlint.js";
import { rules } from "../../rules/index.js";
import { page, testRule } from "../rule-tester.js";

// The engine loads markdownlint only when the rule is on; the tester calls check() directly.
await rule.load!();

const rel = "partner-center/billing/invoices.md";
const hash = "5b2d8f0e1c3a4b6d7e9f0a1b2c3d4e5f6a7b8c9d";
const meta = (title: string) => ({ title: `"${title}"`, "ms.openlocfilehash": hash });

/** A side-by-side segment: inline HTML that MD033 would report on every line. */
const sxs = (id: number, translation: string, source: string) =>
  `<span data-ttu-id="3c1a7-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="3c1a7-${id}">${source}</span></span>`;

const deClean = page(
  meta("Rechnungen verstehen"),
  [
    `# <a name="understand-invoices"></a>${sxs(101, "Rechnungen verstehen", "Understand invoices")}`,
    "",
    `${sxs(102, "Auf der Rechnung stehen die Gebühren des Monats; lange Zeilen entstehen hier ganz von selbst, weil jede Zeile die Übersetzung und den englischen Text nebeneinander enthält.", "The invoice shows the month's charges.")}`,
    "",
    `## <a name="details"></a>${sxs(103, "Details", "Details")}`,
    "",
    `${sxs(104, "Siehe [Details](#details).", "See [Details](#details).")}`,
    "",
  ].join("\n"),
);

testRule(rule, {
  valid: [
    {
      name: "side-by-side markup and long lines are quiet by default (MD033, MD013 off)",
      files: { [`learn.de-de/${rel}`]: deClean },
    },
    {
      name: "a Docs page with a title in front matter and an H1 is not two top-level headings (MD025)",
      files: { [`learn.ja-jp/${rel}`]: page(meta("請求書について"), "# 請求書について\n\n請求書には月額料金が表示されます。\n") },
    },
    {
      name: "Docs tabs are not link fragments (MD051), and repeated headings under other parents are fine (MD024)",
      files: {
        [`learn.de-de/${rel}`]: page(
          meta("Rechnungen"),
          "# Rechnungen\n\n## Ansicht\n\n# [Arbeitsbereiche](#tab/workspaces)\n\nText.\n\n## Ansicht\n\n# [Aktuelle Ansicht](#tab/current-view)\n\nText.\n\n---\n",
        ),
      },
      options: { config: { MD025: false } },
    },
    {
      name: "YAML files are not Markdown",
      files: { [`learn.de-de/partner-center/toc.yml`]: "- name: Rechnungen\n  href: invoices.md\n" },
    },
    {
      name: "a user configuration that turns every rule off",
      files: { [`learn.ja-jp/${rel}`]: page(meta("請求書"), "# 請求書\n\n### 詳細\n") },
      options: { config: { default: false } },
    },
  ],
  invalid: [
    {
      name: "a heading level skipped in the Japanese page (MD001)",
      files: { [`learn.ja-jp/${rel}`]: page(meta("請求書について"), "# 請求書について\n\n### 詳細\n\n請求書には月額料金が表示されます。\n") },
      errors: [{ line: 7, column: 1, message: "Heading levels should only increment by one level at a time: Expected: h2; Actual: h3" }],
    },
    {
      name: "a link fragment to no heading, after multi-byte text (MD051)",
      files: { [`learn.ar-sa/${rel}`]: page(meta("فهم الفواتير"), "# فهم الفواتير\n\nراجع قسم [التفاصيل](#التفاصيل-المفقودة) لمزيد من المعلومات.\n") },
      errors: [{ line: 7, column: 10, endColumn: 40, message: 'Link fragments should be valid at "[التفاصيل](#التفاصيل-المفقودة)"' }],
    },
    {
      name: "inline HTML is reported once the user's configuration turns MD033 back on",
      files: { [`learn.de-de/${rel}`]: page(meta("Rechnungen"), `# Rechnungen\n\nÄnderungen: ${sxs(105, "Gebühren", "Charges")}\n`) },
      options: { config: { MD033: true } },
      errors: [
        { line: 7, column: 13, message: "Inline HTML: Element: span" },
        { line: 7, column: 58, message: "Inline HTML: Element: span" },
        { line: 7, column: 83, message: "Inline HTML: Element: span" },
      ],
    },
    {
      name: "trailing spaces in a CRLF file, fixed in place (MD009)",
      files: { [`learn.de-de/${rel}`]: page(meta("Rechnungen"), "# Rechnungen\n\nÜberprüfen Sie die Gebühren.   \nDanach bezahlen.\n", { eol: "\r\n" }) },
      errors: [{ line: 7, column: 29, endColumn: 32, message: "Trailing spaces: Expected: 0 or 2; Actual: 3" }],
      output: page(meta("Rechnungen"), "# Rechnungen\n\nÜberprüfen Sie die Gebühren.\nDanach bezahlen.\n", { eol: "\r\n" }),
    },
    {
      name: "blank lines at the end of the file are fixable and fixed (MD012; the last one is after the final line break)",
      files: { [`learn.fr-fr/${rel}`]: page(meta("Factures"), "# Factures\n\nConsultez vos factures.\n\n\n") },
      errors: [
        { line: 9, column: 1, message: "Multiple consecutive blank lines: Expected: 1; Actual: 2" },
        { line: 10, column: 1, message: "Multiple consecutive blank lines: Expected: 1; Actual: 3" },
      ],
      // Both fixes remove the same line break, so one pass removes one; the engine's next pass removes the other.
      output: page(meta("Factures"), "# Factures\n\nConsultez vos factures.\n\n"),
    },
  ],
});

describe("markdownlint through the engine", () => {
  let dir: string;
  const write = (file: string, text: string) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  const jaPage = page(meta("請求書"), "# 請求書\n\n### 詳細 <!-- loclint-disable-line markdownlint/MD001 -->\n\n#### 内訳\n\n行末の空白   \n");

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "loclint-markdownlint-"));
    write(`docs.ja-jp/${rel}`, jaPage);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (config: object | null) => {
    if (config) writeFileSync(path.join(dir, "loclint.config.json"), JSON.stringify(config));
    else rmSync(path.join(dir, "loclint.config.json"), { force: true });
    return lint({ cwd: dir, paths: ["docs.ja-jp"], workers: 1 });
  };

  it("is off by default, and then not even listed", async () => {
    const result = await run(null);
    expect(result.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith("markdownlint"))).toEqual([]);
    expect(result.rules.map((r) => r.id)).not.toContain("markdownlint");
  });

  it("reports each markdownlint rule under its own id, with loclint's suppression comments", async () => {
    const result = await run({ markdownlint: true, rules: { "openlocfilehash-mismatch": "off" } });
    const findings = result.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith("markdownlint"));
    // MD001 on "### 詳細" is suppressed; "#### 内訳" steps by one from it.
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual(["11:6 warn markdownlint/MD009"]);
  });

  it("reads the user's .markdownlint file, resolved against the config's folder", async () => {
    write(".markdownlint.jsonc", '// only trailing spaces\n{ "default": false, "no-trailing-spaces": true, }\n');
    const result = await run({ markdownlint: ".markdownlint.jsonc", rules: { markdownlint: "error" } });
    const findings = result.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith("markdownlint"));
    expect(findings.map((f) => `${f.line} ${f.severity} ${f.ruleId}`)).toEqual(["11 error markdownlint/MD009"]);
  });

  it("fixes blank lines at the end of a file down to one line break, and a finding whose fix would change nothing is not fixable (MD012)", async () => {
    const frRel = "partner-center/billing/payments.md";
    write(`docs.fr-fr/${frRel}`, page(meta("Paiements"), "# Paiements\n\nPayez vos factures.\n\n\n\n"));
    writeFileSync(path.join(dir, "loclint.config.json"), JSON.stringify({ markdownlint: true, rules: { "openlocfilehash-mismatch": "off" } }));
    const result = await lint({ cwd: dir, paths: [`docs.fr-fr/${frRel}`], workers: 1, fix: true });
    const [fr] = result.results;
    expect(fr?.output).toBe(page(meta("Paiements"), "# Paiements\n\nPayez vos factures.\n"));
    expect(fr?.findings.filter((f) => f.ruleId === "markdownlint/MD012")).toEqual([]);
    expect(fr?.findings.filter((f) => f.fix)).toEqual([]);
  });

  it("names a missing .markdownlint file as a configuration error", async () => {
    await expect(run({ markdownlint: "missing.markdownlint.json" })).rejects.toThrow(/markdownlint: markdownlint config file not found/);
  });

  it("turns on when a rules setting names it, without the top-level key", async () => {
    const config = await loadConfigFor({ rules: { markdownlint: "warn" } });
    expect(config.rules.get("markdownlint")?.severity).toBe("warn");
    expect((await loadConfigFor({})).rules.get("markdownlint")?.severity).toBe("off");
  });

  async function loadConfigFor(config: object) {
    writeFileSync(path.join(dir, "loclint.config.json"), JSON.stringify(config));
    return loadConfig({ cwd: dir, knownRules: new Map(rules.map((r) => [r.id, r])) });
  }

  it("treats a finding id outside the rule's prefix as a bug in the rule", async () => {
    const wrapping = defineRule({
      id: "wrapper",
      description: "A rule that wraps another linter",
      scope: "file",
      defaultSeverity: "warn",
      fixable: false,
      dynamicIds: true,
      check: () => [{ line: 1, column: 1, message: "Something", ruleId: "other/X1" }],
    });
    const config = await loadConfigFor({});
    config.rules.set("wrapper", { severity: "warn", options: {} });
    const file = { path: path.join(dir, `docs.ja-jp/${rel}`), displayPath: `docs.ja-jp/${rel}`, locale: "ja-jp", relPath: rel, root: path.join(dir, "docs.ja-jp"), isSource: false, target: true };
    const options = { config, rules: new Map([["wrapper", wrapping]]), project: new ProjectFacts(new Map()), fix: false };
    expect(() => lintGroup({ key: rel, files: [file] }, options)).toThrow(/finding id "other\/X1" does not start with "wrapper\/"/);
  });
});
