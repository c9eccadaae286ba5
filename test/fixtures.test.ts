// Whole sibling sets in test/fixtures/<case>/, each with the findings loclint must print in expected.txt
// (compact format, paths relative to the case folder). Regenerate one with:
//   (cd test/fixtures/<case> && node ../../../bin/loclint.js . -f compact > expected.txt), then read every line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/index.js";

const root = path.resolve(import.meta.dirname, "fixtures");
const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe("fixture sibling sets", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(root, name);
      let stdout = "";
      let stderr = "";
      const code = await runCli([".", "--format", "compact"], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: dir,
        env: {},
        stdoutIsTTY: false,
        stderrIsTTY: false,
      });
      const expected = readFileSync(path.join(dir, "expected.txt"), "utf8");
      expect(stderr).toBe("");
      expect(stdout).toBe(expected);
      expect(code).toBe(expected.includes(": error ") ? 1 : 0);
    });
  }
});
