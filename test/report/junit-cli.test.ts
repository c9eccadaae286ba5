// --format junit from the built command, read back with an npm XML parser (fast-xml-parser) as a CI test tab
// reads it: failed test cases exactly when the exit code is 1, warnings in system-out.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

function run(args: string[]): { code: number | null; stdout: string } {
  const child = spawnSync(process.execPath, [path.join(root, "bin/loclint.js"), "-c", "examples/loclint.config.jsonc", "examples", ...args], { cwd: root, encoding: "utf8" });
  return { code: child.status, stdout: child.stdout };
}

interface Testcase {
  name: string;
  failure?: { message: string; type: string };
  error?: unknown;
  "system-out"?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase: Testcase[];
}

function parse(xml: string): { totals: { tests: number; failures: number; errors: number }; suites: Suite[] } {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
    testsuites: { tests: string; failures: string; errors: string; testsuite: Suite[] };
  };
  const t = doc.testsuites;
  return { totals: { tests: Number(t.tests), failures: Number(t.failures), errors: Number(t.errors) }, suites: t.testsuite };
}

describe("junit from the command", () => {
  const json = JSON.parse(run(["--format", "json"]).stdout) as { messages: { ruleId: string; severity: number }[] }[];
  const messages = json.flatMap((r) => r.messages);
  const errorRules = [...new Set(messages.filter((m) => m.severity === 2).map((m) => m.ruleId))];
  const warningCount = messages.filter((m) => m.severity === 1).length;

  it("fails one test case per error, passes warnings with their text, and exits 1", () => {
    const { code, stdout } = run(["--format", "junit"]);
    expect(code).toBe(1);
    const { totals, suites } = parse(stdout);
    const cases = suites.flatMap((s) => s.testcase);
    expect(totals.failures + totals.errors).toBe(messages.filter((m) => m.severity === 2).length);
    expect(cases.filter((c) => c.failure || c.error)).toHaveLength(totals.failures + totals.errors);
    expect(cases.filter((c) => c["system-out"]?.includes(" warning "))).toHaveLength(warningCount);
    for (const suite of suites) expect(Number(suite.failures) + Number(suite.errors)).toBe(suite.testcase.filter((c) => c.failure || c.error).length);
  });

  it("passes every test case when only warnings remain, as the exit code 0 says", () => {
    const { code, stdout } = run(["--format", "junit", ...errorRules.flatMap((id) => ["--rule", `${id}:warn`])]);
    expect(code).toBe(0);
    const { totals, suites } = parse(stdout);
    expect(totals).toEqual({ tests: expect.any(Number), failures: 0, errors: 0 });
    expect(suites.flatMap((s) => s.testcase).filter((c) => c["system-out"])).toHaveLength(messages.length);
  });

  it("fails the max-warnings test case when --max-warnings fails the run", () => {
    const { code, stdout } = run(["--format", "junit", "--max-warnings", "0", ...errorRules.flatMap((id) => ["--rule", `${id}:warn`])]);
    expect(code).toBe(1);
    const { totals, suites } = parse(stdout);
    expect(totals.failures).toBe(1);
    const failed = suites.flatMap((s) => s.testcase).filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(["max-warnings"]);
    expect(failed[0]!.failure!.message).toBe(`Too many warnings (${messages.length}); the maximum is 0`);
  });
});
