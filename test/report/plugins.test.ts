// --format <name|path|package>: ESLint formatter modules, among them real third-party packages from npm
// (eslint-formatter-gitlab's GitLab code quality report, eslint-formatter-checkstyle's XML), run by the built command.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatterPackageName } from "../../src/report/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = path.join(root, "bin", "loclint.js");
const docsBase = "https://github.com/loclint/loclint/blob/v";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built command on the examples, from loclint's folder (where the formatter packages are installed). */
function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd = root): Run {
  const child = spawnSync(process.execPath, [bin, "-c", path.join(root, "examples/loclint.config.jsonc"), ...args], {
    cwd,
    env: { ...process.env, ...env, CI: "", GITLAB_CI: "", CI_JOB_NAME: "", CI_PROJECT_DIR: "" },
    encoding: "utf8",
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: 1 | 2; line: number; column: number; message: string }[];
}

let tmp: string;
let reference: JsonResult[];
const messageCount = () => reference.reduce((n, r) => n + r.messages.length, 0);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loclint-formatters-"));
  const json = run(["examples", "--format", "json"]);
  expect(json.code).toBe(1);
  reference = JSON.parse(json.stdout) as JsonResult[];
  expect(messageCount()).toBeGreaterThan(10);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("ESLint's package naming", () => {
  it("adds the eslint-formatter prefix as ESLint does", () => {
    expect(formatterPackageName("gitlab")).toBe("eslint-formatter-gitlab");
    expect(formatterPackageName("eslint-formatter-gitlab")).toBe("eslint-formatter-gitlab");
    expect(formatterPackageName("@acme")).toBe("@acme/eslint-formatter");
    expect(formatterPackageName("@acme/ci")).toBe("@acme/eslint-formatter-ci");
    expect(formatterPackageName("@acme/eslint-formatter-ci")).toBe("@acme/eslint-formatter-ci");
  });
});

describe("third-party formatter packages", () => {
  it("eslint-formatter-gitlab writes a GitLab code quality report with our rule docs", () => {
    const report = path.join(tmp, "gl-code-quality-report.json");
    const result = run(["examples", "--format", "gitlab"], { ESLINT_CODE_QUALITY_REPORT: report });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/✖ \d+ problems \(0 fatal, \d+ errors?, \d+ warnings?\)/);
    const issues = JSON.parse(fs.readFileSync(report, "utf8")) as {
      check_name: string;
      severity: string;
      categories: string[];
      fingerprint: string;
      location: { path: string; positions: { begin: { line: number; column: number } } };
      content?: { body: string };
    }[];
    expect(issues).toHaveLength(messageCount());
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const first = reference.find((r) => r.messages.length > 0)!;
    const message = first.messages[0]!;
    const issue = issues.find((i) => i.check_name === message.ruleId && i.location.positions.begin.line === message.line)!;
    expect(issue.location.path).toBe(path.relative(root, first.filePath));
    expect(issue.severity).toBe(message.severity === 2 ? "major" : "minor");
    // rulesMeta reached the formatter: the rule's description and its doc's address.
    expect(issue.content?.body).toMatch(new RegExp(`^.+\\n\\n\\[${message.ruleId}\\]\\(${docsBase}[^)]+/rules/${message.ruleId}\\.md\\)$`));
    const errorRule = issues.find((i) => i.severity === "major")!;
    expect(errorRule.categories).toContain("Bug Risk");
  });

  it("eslint-formatter-checkstyle writes checkstyle XML that an XML parser reads back", () => {
    const result = run(["examples", "--format", "checkstyle"]);
    expect(result.code).toBe(1);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "file" || name === "error" }).parse(result.stdout) as {
      checkstyle: { file: { name: string; error?: { line: string; column: string; severity: string; source: string; message: string }[] }[] };
    };
    const files = parsed.checkstyle.file;
    expect(files.map((f) => f.name)).toEqual(reference.map((r) => r.filePath));
    const errors = files.flatMap((f) => f.error ?? []);
    expect(errors).toHaveLength(messageCount());
    const expected = reference.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? "error" : "warning"} eslint.rules.${m.ruleId}`));
    expect(errors.map((e) => `${e.line}:${e.column} ${e.severity} ${e.source}`)).toEqual(expected);
  });
});

describe("formatter modules by path", () => {
  it("passes ESLint's results and context (cwd, rulesMeta) to an ES module, and awaits it", () => {
    const file = path.join(tmp, "context.mjs");
    fs.writeFileSync(file, "export default async (results, context) => JSON.stringify({ files: results.length, cwd: context.cwd, meta: context.rulesMeta, exceeded: context.maxWarningsExceeded ?? null });\n");
    const result = run(["examples", "--format", file, "--max-warnings", "0"]);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout) as { files: number; cwd: string; meta: Record<string, { type: string; docs: { description: string; url: string }; fixable?: string }>; exceeded: { maxWarnings: number } | null };
    expect(out.files).toBe(reference.length);
    expect(out.cwd).toBe(path.resolve(root));
    expect(out.exceeded).toEqual(expect.objectContaining({ maxWarnings: 0 }));
    expect(out.meta["anchor-translated"]).toEqual({
      type: "problem",
      docs: { description: expect.any(String), url: expect.stringMatching(/\/rules\/anchor-translated\.md$/), recommended: true },
      fixable: "code",
      defaultSeverity: "error",
      scope: "siblings",
    });
    for (const r of reference) for (const m of r.messages) expect(Object.keys(out.meta)).toContain(m.ruleId);
  });

  it("loads a CommonJS formatter by a path relative to the working folder", () => {
    fs.writeFileSync(path.join(tmp, "count.cjs"), "module.exports = (results) => `${results.reduce((n, r) => n + r.messages.length, 0)} messages\\n`;\n");
    const result = run([path.relative(tmp, path.join(root, "examples")), "--format", "./count.cjs"], {}, tmp);
    expect(result.stdout).toBe(`${messageCount()} messages\n`);
  });

  it("fails with one line and exit 2 for a missing formatter or one that is not a function", () => {
    const missing = run(["examples", "--format", "no-such-thing"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('loclint: cannot find the formatter "no-such-thing": no built-in format of that name, and no package "eslint-formatter-no-such-thing" installed where loclint runs\n');
    fs.writeFileSync(path.join(tmp, "object.mjs"), "export default { format() {} };\n");
    const notFunction = run(["examples", "--format", path.join(tmp, "object.mjs")]);
    expect(notFunction.code).toBe(2);
    expect(notFunction.stderr).toMatch(/^loclint: the formatter ".*object\.mjs" \(.*\) does not export a function\n$/);
  });
});

describe("json-with-metadata", () => {
  it("carries ESLint's results and the rules' metadata", () => {
    const result = run(["examples", "--format", "json-with-metadata"]);
    const out = JSON.parse(result.stdout) as { results: JsonResult[]; metadata: { cwd: string; rulesMeta: Record<string, { docs: { url: string } }> } };
    expect(out.results).toEqual(reference);
    expect(out.metadata.cwd).toBe(path.resolve(root));
    expect(out.metadata.rulesMeta["span-pairing"]?.docs.url).toMatch(/^https:\/\/github\.com\/loclint\/loclint\/blob\/v[^/]+\/rules\/span-pairing\.md$/);
  });
});
