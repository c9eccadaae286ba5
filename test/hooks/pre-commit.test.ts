// The pre-commit framework (https://pre-commit.com), the real program: it installs loclint from a clone of
// this repository at HEAD (.pre-commit-hooks.yaml, `language: node`), blocks a damaged commit with
// loclint's report, and lets a clean one through. LOCLINT_PRE_COMMIT names another pre-commit to try
// (a 4.x in a virtual environment, say); .ci/run installs Debian's.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestRepo } from "../git/repo.js";
import { docRepo, hasCommand, projectRoot, slowHookSkipReason, stageCleanEdit, stageDamage, timed, unstageDamage } from "./hook-repo.js";

const preCommit = process.env.LOCLINT_PRE_COMMIT ?? "pre-commit";

function headOfProject(): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

const rev = headOfProject();
const skipReason =
  slowHookSkipReason() ??
  (hasCommand(preCommit) ? undefined : `${preCommit} is not installed (.ci/run installs Debian's pre-commit)`) ??
  (rev ? undefined : "loclint's folder is not a git checkout, which pre-commit installs from");

describe.skipIf(skipReason !== undefined)(`pre-commit hook (${skipReason ?? preCommit})`, () => {
  let repo: TestRepo;
  let home: string;
  let version = "";
  const env = () => ({ PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: "never" });

  beforeAll(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "loclint-pre-commit-home-"));
    repo = docRepo("loclint-pre-commit-");
    // The hook's own repository at the commit under test, as a user's `repo:` URL and `rev:` tag would name it.
    repo.write({ ".pre-commit-config.yaml": `repos:\n  - repo: ${JSON.stringify(projectRoot)}\n    rev: ${rev}\n    hooks:\n      - id: loclint\n` });
    repo.commit("Add the pre-commit configuration");
    version = timed(repo, preCommit, ["--version"]).output.trim();
  });

  afterAll(() => {
    repo?.remove();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it("installs from a clean cache", () => {
    expect(timed(repo, preCommit, ["install"], env()).status).toBe(0);
    const install = timed(repo, preCommit, ["install-hooks"], env());
    expect(install.status, install.output).toBe(0);
    console.info(`${version}: first install of the loclint hook took ${install.seconds.toFixed(1)} s`);
  }, 900_000);

  it("blocks a commit whose staged file is damaged, showing loclint's report", () => {
    stageDamage(repo);
    const commit = timed(repo, "git", ["commit", "-q", "-m", "Damaged date"], env());
    expect(commit.status).not.toBe(0);
    expect(commit.output).toMatch(/^loclint\.+Failed$/m);
    expect(commit.output).toContain("docs.de-de/guide/setup.md");
    expect(commit.output).toMatch(/^\s+4:\d+\s+error\s.*12\/31\/2030.*metadata-mismatch$/m);
    expect(repo.git("log", "--format=%s", "-1").trim()).toBe("Add the pre-commit configuration");
    unstageDamage(repo);
  }, 120_000);

  it("lets a clean commit through", () => {
    stageCleanEdit(repo);
    const commit = timed(repo, "git", ["commit", "-q", "-m", "More French"], env());
    expect(commit.status, commit.output).toBe(0);
    expect(commit.output).toMatch(/^loclint\.+Passed$/m);
    expect(repo.git("log", "--format=%s", "-1").trim()).toBe("More French");
    console.info(`${version}: a commit of one file with the loclint hook took ${commit.seconds.toFixed(2)} s`);
  }, 120_000);
});
