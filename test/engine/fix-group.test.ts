// Fixing a sibling group: the findings reported are those of the last fix pass, not a further check of every file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintGroup } from "../../src/engine/lint-group.js";
import { defineRule, findingAt } from "../../src/engine/rule.js";
import { ProjectFacts } from "../../src/shared/facts.js";

let dir: string;
beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-fix-group-")));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("lintGroup with fix", () => {
  it("checks each target once per pass and takes the findings of the last pass, which changed nothing", async () => {
    const checks = new Map<string, number>();
    const dropRule = defineRule({
      id: "drop-lines",
      description: "Test rule: DROP lines are removed",
      scope: "siblings",
      defaultSeverity: "warn",
      fixable: true,
      check({ file }) {
        checks.set(file.locale ?? "", (checks.get(file.locale ?? "") ?? 0) + 1);
        const drop = file.text.indexOf("DROP\n");
        return drop >= 0 ? [findingAt(file, drop, "Found a DROP line", { fix: { range: [drop, drop + 5], text: "" } })] : [];
      },
    });
    fs.writeFileSync(path.join(dir, "loclint.config.json"), "{}");
    const config = await loadConfig({ cwd: dir, knownRules: new Map([["drop-lines", dropRule]]) });
    config.rules = new Map([["drop-lines", { severity: "warn", options: {} }]]);
    const rel = "guide/page.md";
    const texts: Record<string, string> = { "de-de": "DROP\nEnde\n", "ja-jp": "終わり\n", "ar-sa": "نهاية\n" };
    for (const [locale, text] of Object.entries(texts)) {
      fs.mkdirSync(path.join(dir, `docs.${locale}/guide`), { recursive: true });
      fs.writeFileSync(path.join(dir, `docs.${locale}/${rel}`), text);
    }
    const files = Object.keys(texts).map((locale) => ({ path: path.join(dir, `docs.${locale}/${rel}`), displayPath: `docs.${locale}/${rel}`, locale, relPath: rel, root: path.join(dir, `docs.${locale}`), isSource: false, target: true }));
    const results = lintGroup({ key: rel, files }, { config, rules: new Map([["drop-lines", dropRule]]), project: new ProjectFacts(new Map()), fix: true });
    expect(results.map((r) => [r.displayPath, r.output, r.findings.length])).toEqual([
      ["docs.de-de/guide/page.md", "Ende\n", 0],
      ["docs.ja-jp/guide/page.md", undefined, 0],
      ["docs.ar-sa/guide/page.md", undefined, 0],
    ]);
    // de-de: the pass that fixes it, then the pass that finds it clean; the others: one check per pass (two passes).
    // Findings are taken from the last pass, which changed nothing, instead of checking every file again.
    expect(Object.fromEntries(checks)).toEqual({ "de-de": 2, "ja-jp": 2, "ar-sa": 2 });
  });

  it("checks each file once when nothing in the group is fixable", async () => {
    let checks = 0;
    const noFix = defineRule({
      id: "no-fix",
      description: "Test rule: one finding, no fix",
      scope: "file",
      defaultSeverity: "warn",
      fixable: true,
      check({ file }) {
        checks++;
        return [findingAt(file, 0, "Found something")];
      },
    });
    const config = await loadConfig({ cwd: dir, knownRules: new Map([["no-fix", noFix]]) });
    config.rules = new Map([["no-fix", { severity: "warn", options: {} }]]);
    const rel = "guide/page.md";
    const files = ["de-de", "ja-jp"].map((locale) => ({ path: path.join(dir, `docs.${locale}/${rel}`), displayPath: `docs.${locale}/${rel}`, locale, relPath: rel, root: path.join(dir, `docs.${locale}`), isSource: false, target: true }));
    const results = lintGroup({ key: rel, files }, { config, rules: new Map([["no-fix", noFix]]), project: new ProjectFacts(new Map()), fix: true });
    expect(results.map((r) => r.findings.length)).toEqual([1, 1]);
    expect(checks).toBe(2);
  });
});
