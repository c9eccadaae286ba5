// action.yml and .pre-commit-hooks.yaml: the shapes their hosts require, and no input pasted into a shell script.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
}

describe("action.yml", () => {
  const action = parse(fs.readFileSync(root("action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };

  it("is a composite action with the documented inputs and defaults", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      paths: ".",
      config: "",
      format: "github",
      "fail-level": "error",
      "changed-only": "false",
      shard: "",
      "upload-sarif": "true",
      "sarif-file": "loclint.sarif",
      summary: "true",
    });
    expect(Object.keys(action.outputs)).toEqual(["exit-code", "sarif-file"]);
  });

  it("passes inputs to scripts through the environment only", () => {
    for (const step of action.runs.steps) {
      if (step.run === undefined) continue;
      expect(step.shell, step.name).toBe("bash");
      // `${{ }}` inside `run` would paste user-controlled text (a branch name, a path) into the script.
      expect(step.run, step.name).not.toContain("${{");
    }
  });

  it("installs production dependencies only, and sets Node up only when the runner's is too old", () => {
    const install = action.runs.steps.find((s) => s.name === "Install loclint")!;
    expect(install.run).toContain("npm ci --omit=dev --ignore-scripts");
    expect(install.if).toBe("steps.cache.outputs.cache-hit != 'true'");
    const setup = action.runs.steps.find((s) => s.uses?.startsWith("actions/setup-node@"))!;
    expect(setup.if).toBe("steps.node.outputs.setup == 'true'");
    expect(action.runs.steps.some((s) => s.uses?.startsWith("actions/cache@"))).toBe(true);
  });

  it("runs the bin of the action's own folder and uploads SARIF only when asked", () => {
    const lint = action.runs.steps.find((s) => s.id === "lint")!;
    expect(lint.env?.LOCLINT_BIN).toBe("${{ github.action_path }}/bin/loclint.js");
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.if).toBe("inputs.format == 'sarif' && inputs.upload-sarif == 'true'");
  });
});

describe(".pre-commit-hooks.yaml", () => {
  it("declares a node hook that lints Markdown and YAML file names", () => {
    const hooks = parse(fs.readFileSync(root(".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];
    expect(hooks).toEqual([
      expect.objectContaining({ id: "loclint", language: "node", entry: "loclint --ignore-unknown", types_or: ["markdown", "yaml"] }),
    ]);
    const bin = (JSON.parse(fs.readFileSync(root("package.json"), "utf8")) as { bin: Record<string, string> }).bin;
    expect(Object.keys(bin)).toContain("loclint");
  });
});
