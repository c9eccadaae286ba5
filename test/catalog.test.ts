// The rule catalog: every rule has its code, doc and tests under one name, and the registry lists them all.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const rulesDir = path.join(root, "rules");
const testsDir = path.join(root, "test", "rules");

/** The headings every rule doc has, in this order (ESLint, Ruff and Biome docs share this shape). */
const requiredHeadings = ["## What it checks", "## Why it matters", "## Examples", "### Incorrect", "### Correct", "## Options", "## Fix"];

interface Section {
  heading: string;
  body: string;
}

/** The doc's `##`/`###` sections, headings inside code fences ignored. */
function sectionsOf(markdown: string): Section[] {
  const sections: Section[] = [];
  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
    } else if (fence === null && /^#{2,3} /.test(line)) {
      sections.push({ heading: line.trimEnd(), body: "" });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.body += `${line}\n`;
  }
  return sections;
}

function sectionBody(sections: Section[], heading: string): string {
  return sections.find((s) => s.heading === heading)?.body ?? "";
}

const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith(".ts") && name !== "index.ts")
  .map((name) => name.slice(0, -3))
  .sort();

describe("rule registry", () => {
  const ids = rules.map((r) => r.id);

  it("has unique kebab-case ids in alphabetical order", () => {
    for (const id of ids) expect(id, `rule id "${id}"`).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(new Set(ids).size, "duplicate rule ids").toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it("registers every rule file in rules/", () => {
    expect(ids.slice().sort()).toEqual(ruleFiles);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
  const docPath = path.join(rulesDir, `${id}.md`);
  const testPath = path.join(testsDir, `${id}.test.ts`);

  it("is the default export of rules/<id>.ts", async () => {
    const codePath = path.join(rulesDir, `${id}.ts`);
    expect(existsSync(codePath), `rules/${id}.ts`).toBe(true);
    const mod = (await import(pathToFileURL(codePath).href)) as { default: unknown };
    expect(mod.default).toBe(rule);
  });

  it("has a one-line description without a final period", () => {
    expect(rule.description).toMatch(/^\S.*\S$/);
    expect(rule.description).not.toMatch(/[.\n]$/);
  });

  it("has tests in test/rules/<id>.test.ts", () => {
    expect(existsSync(testPath), `test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(testPath, "utf8")).toContain(`rules/${id}.js`);
  });

  describe("doc rules/<id>.md", () => {
    const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : null;
    const sections = doc === null ? [] : sectionsOf(doc);

    it("exists", () => {
      expect(doc, `rules/${id}.md`).not.toBeNull();
    });

    it("is titled with the id and starts with the description", () => {
      const paragraphs = (doc ?? "").split(/\r?\n\s*\r?\n/).map((p) => p.trim());
      expect(paragraphs[0]).toBe(`# ${id}`);
      expect(paragraphs[1]?.replace(/\s*\r?\n\s*/g, " ")).toBe(rule.description);
    });

    it("has the fixed headings in order", () => {
      const present = sections.map((s) => s.heading).filter((h) => requiredHeadings.includes(h));
      expect(present).toEqual(requiredHeadings);
    });

    it("shows the incorrect example's finding in compact format", () => {
      const severity = rule.defaultSeverity === "error" ? "error" : "warning";
      // A rule that wraps another linter names each finding `<id>/<inner id>` (markdownlint/MD001).
      const compact = new RegExp(`^\\S+:\\d+:\\d+: ${severity} ${id}${rule.dynamicIds ? "/\\S+" : ""} \\S`, "m");
      expect(sectionBody(sections, "### Incorrect")).toMatch(compact);
    });

    it("describes the options the rule has", () => {
      const body = sectionBody(sections, "## Options");
      const keys = Object.keys(rule.defaultOptions ?? {});
      if (keys.length === 0) expect(body.trim()).toBe("None.");
      for (const key of keys) expect(body, `option "${key}"`).toContain(`\`${key}\``);
    });

    it("says whether --fix fixes it", () => {
      const body = sectionBody(sections, "## Fix").trim();
      if (rule.fixable) expect(body).toMatch(/--fix/);
      else expect(body).toMatch(/^Not fixable\b/);
    });
  });
});
