// The GitHub Action's own steps (action.yml), run here as the runner would run them: bash with the step's
// environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, on a copy of loclint as the action's folder.
// The `uses:` steps (setup-node, cache, upload-sarif) are GitHub's; a cache hit is the install step skipped.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { article, doc } from "../git/repo.js";
import { projectRoot, slowHookSkipReason } from "../hooks/hook-repo.js";

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

const action = parse(fs.readFileSync(path.join(projectRoot, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { steps: Step[] };
};

let tmp: string;
let actionPath: string;
let workspace: string;

function expand(text: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === "github.action_path") return actionPath;
    if (expr === "github.workspace") return workspace;
    if (expr === "github.event_name") return "push";
    if (expr === "github.base_ref") return "";
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? "";
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (output) return outputs[output[1]!]?.[output[2]!] ?? "";
    throw new Error(`unexpected expression ${expr}`);
  });
}

interface StepRun {
  name: string;
  status: number | null;
  seconds: number;
  output: string;
}

/** Runs every `run:` step (a step whose `if:` names a step output is run when that output says so). */
function runAction(inputs: Record<string, string>, summaryFile: string, skip: string[] = []): { steps: StepRun[]; outputs: Record<string, Record<string, string>> } {
  const outputs: Record<string, Record<string, string>> = {};
  const steps: StepRun[] = [];
  for (const step of action.runs.steps) {
    if (!step.run || skip.includes(step.name)) continue;
    if (step.if && /steps\.node\.outputs\.setup == 'true'|cache-hit/.test(step.if) && skip.includes(step.if)) continue;
    const outputFile = path.join(tmp, `output-${steps.length}`);
    fs.writeFileSync(outputFile, "");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: tmp,
      RUNNER_OS: "Linux",
      RUNNER_ARCH: "X64",
    };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, inputs, outputs);
    const cwd = step["working-directory"] ? expand(step["working-directory"], inputs, outputs) : workspace;
    const started = process.hrtime.bigint();
    const child = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], { cwd, env, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    steps.push({ name: step.name, status: child.status, seconds, output: `${child.stdout}${child.stderr}` });
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        fs.readFileSync(outputFile, "utf8").split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    }
    if (child.status !== 0) break;
  }
  return { steps, outputs };
}

const skipReason = slowHookSkipReason();

describe.skipIf(skipReason !== undefined)(`the action's steps${skipReason ? ` (${skipReason})` : ""}`, () => {
  beforeAll(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-action-")));
    // The action's folder as GitHub checks it out: the repository's files, nothing installed or built.
    actionPath = path.join(tmp, "action");
    for (const entry of ["package.json", "package-lock.json", ".npmrc", "action.yml", "bin", "scripts", "src", "rules"]) {
      fs.cpSync(path.join(projectRoot, entry), path.join(actionPath, entry), { recursive: true });
    }
    workspace = path.join(tmp, "work space");
    const files = { ...article("my guide/setup.md"), ...article("other/setup.md") };
    files["docs.de-de/my guide/setup.md"] = doc("de-de", { date: "12/31/2030" });
    files["docs.de-de/other/setup.md"] = doc("de-de", { date: "12/31/2031" });
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
      fs.writeFileSync(path.join(workspace, rel), text);
    }
  }, 60_000);

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  let cold: StepRun[] = [];

  it("installs only what linting needs, then lints several paths with spaces, annotates and writes the summary", () => {
    const summary = path.join(tmp, "summary-1.md");
    const { steps, outputs } = runAction({ paths: "docs.de-de/my guide\n  docs.fr-fr/my guide  \n\ndocs.ja-jp/my guide/setup.md\n" }, summary);
    cold = steps;
    for (const step of steps.slice(0, -1)) expect(step.status, `${step.name}: ${step.output}`).toBe(0);
    expect(outputs.node?.setup).toBe("false");
    // Production dependencies only: no TypeScript, no test tools.
    const installed = fs.readdirSync(path.join(actionPath, "node_modules"));
    expect(installed).toContain("markdownlint");
    for (const dev of ["typescript", "vitest", "@microsoft", "esbuild", "eslint"]) expect(installed).not.toContain(dev);
    expect(fs.existsSync(path.join(actionPath, "dist/bundle/cli.js"))).toBe(true);

    const lint = steps.find((s) => s.name === "Run loclint")!;
    expect(outputs.lint?.["exit-code"]).toBe("1");
    expect(lint.output).toMatch(/^::error file=docs\.de-de\/my guide\/setup\.md,line=4,.*title=metadata-mismatch::/m);
    // Only the three paths given: nothing from other/.
    expect(lint.output).not.toContain("other/setup.md");
    expect(steps.at(-1)!.name).toBe("Check the result");
    expect(steps.at(-1)!.status).toBe(1);
    const markdown = fs.readFileSync(summary, "utf8");
    expect(markdown).toMatch(/^## Locale health \(loclint\)\n/);
    expect(markdown).toMatch(/ 1 findings? \(1 errors?, 0 warnings\)/);
    expect(markdown).toContain("metadata-mismatch");
  }, 600_000);

  it("costs little before linting on a warm cache (install skipped), and splits a single line of paths on spaces", () => {
    const summary = path.join(tmp, "summary-2.md");
    const { steps, outputs } = runAction({ paths: "docs.de-de docs.fr-fr", "fail-level": "none" }, summary, ["Install loclint"]);
    expect(outputs.lint?.["exit-code"]).toBe("1");
    const lint = steps.find((s) => s.name === "Run loclint")!;
    expect(lint.output).toContain("docs.de-de/other/setup.md");
    expect(steps.at(-1)!.status).toBe(0);
    const before = steps.filter((s) => s.name !== "Run loclint" && s.name !== "Check the result");
    const overhead = before.reduce((sum, s) => sum + s.seconds, 0);
    const install = cold.find((s) => s.name === "Install loclint")?.seconds ?? 0;
    console.info(
      `action overhead before linting: warm ${overhead.toFixed(2)} s (${before.map((s) => `${s.name} ${s.seconds.toFixed(2)} s`).join(", ")}; ` +
        `plus the cache restore); cold install ${install.toFixed(1)} s; lint step ${lint.seconds.toFixed(2)} s`,
    );
  }, 120_000);
});
