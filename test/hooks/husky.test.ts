// The README's husky and husky + lint-staged recipes, with the real husky and lint-staged (devDependencies):
// loclint is installed in a throw-away repository as `npm install --save-dev` would link it, then real
// commits run the hooks.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../git/repo.js";
import { docRepo, projectRoot, stageCleanEdit, stageDamage, timed, unstageDamage } from "./hook-repo.js";

let repo: TestRepo;

/** node_modules/<name> linked to the package in loclint's own node_modules (or loclint itself), with its bin. */
function linkPackage(name: string, from: string, bin: string): void {
  const modules = path.join(repo.dir, "node_modules");
  fs.mkdirSync(path.join(modules, ".bin"), { recursive: true });
  fs.symlinkSync(from, path.join(modules, name), "dir");
  fs.symlinkSync(path.join("..", name, bin), path.join(modules, ".bin", name));
}

function setUpHusky(hook: string, packageJson: Record<string, unknown> = {}): void {
  linkPackage("loclint", projectRoot, "bin/loclint.js");
  linkPackage("husky", path.join(projectRoot, "node_modules", "husky"), "bin.js");
  repo.write({
    "package.json": `${JSON.stringify({ name: "docs", private: true, devDependencies: { husky: "*", loclint: "*" }, ...packageJson }, null, 2)}\n`,
    ".gitignore": "node_modules/\n",
  });
  // What `npm install` runs through husky's "prepare": core.hooksPath set to .husky/_.
  const install = timed(repo, path.join(repo.dir, "node_modules", ".bin", "husky"), []);
  expect(install.status, install.output).toBe(0);
  repo.write({ ".husky/pre-commit": hook });
  repo.commit("Add the hooks");
}

beforeEach(() => {
  repo = docRepo("loclint-husky-");
});

afterEach(() => repo.remove());

function expectBlockedThenPassed(): number {
  stageDamage(repo);
  const blocked = timed(repo, "git", ["commit", "-q", "-m", "Damaged date"]);
  expect(blocked.status).not.toBe(0);
  expect(blocked.output).toContain("docs.de-de/guide/setup.md");
  expect(blocked.output).toMatch(/^\s+4:\d+\s+error\s.*12\/31\/2030.*metadata-mismatch$/m);
  expect(repo.git("log", "--format=%s", "-1").trim()).toBe("Add the hooks");
  unstageDamage(repo);

  stageCleanEdit(repo);
  const passed = timed(repo, "git", ["commit", "-q", "-m", "More French"]);
  expect(passed.status, passed.output).toBe(0);
  expect(repo.git("log", "--format=%s", "-1").trim()).toBe("More French");
  return passed.seconds;
}

describe("husky", () => {
  it("runs `npx loclint --staged` from .husky/pre-commit: blocks a damaged commit, passes a clean one", () => {
    setUpHusky("npx loclint --staged\n");
    const seconds = expectBlockedThenPassed();
    console.info(`husky + loclint --staged: a commit of one file took ${seconds.toFixed(2)} s`);
  });

  it("runs loclint through lint-staged with the README's configuration", () => {
    linkPackage("lint-staged", path.join(projectRoot, "node_modules", "lint-staged"), "bin/lint-staged.js");
    setUpHusky("npx lint-staged\n", { "lint-staged": { "*.{md,yml,yaml}": "loclint --ignore-unknown" } });
    const seconds = expectBlockedThenPassed();
    console.info(`husky + lint-staged + loclint: a commit of one file took ${seconds.toFixed(2)} s`);
  });
});
