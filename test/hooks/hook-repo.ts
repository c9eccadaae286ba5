// What the hook tests share: a throw-away doc repository with a commit to block and one to let through,
// and when a slow hook test runs (a real hook manager installs loclint from scratch: minutes, not seconds).
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { fileURLToPath } from "node:url";
import { article, doc, TestRepo } from "../git/repo.js";

/** The loclint checkout under test. */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Why the slow hook tests are skipped here, or undefined when they run (always in CI). */
export function slowHookSkipReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CI || env.LOCLINT_HOOK_TESTS === "1") return undefined;
  return "hook managers install loclint from scratch (minutes); set LOCLINT_HOOK_TESTS=1 to run them outside CI";
}

/** True when `command --version` runs. */
export function hasCommand(command: string): boolean {
  const probe = spawnSync(command, ["--version"], { encoding: "utf8" });
  return probe.status === 0;
}

export interface Timed {
  status: number | null;
  output: string;
  seconds: number;
}

/** Runs a command in the repository with its isolated git environment, stdout and stderr together. */
export function timed(repo: TestRepo, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Timed {
  const started = process.hrtime.bigint();
  const child: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd: repo.dir,
    env: { ...repo.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { status: child.status, output: `${child.stdout ?? ""}${child.stderr ?? ""}${child.error ? String(child.error) : ""}`, seconds };
}

/** A repository with one article in four locales, committed without hooks. */
export function docRepo(prefix: string): TestRepo {
  const repo = new TestRepo(prefix);
  repo.write({ ...article("guide/setup.md"), "README.md": "# Docs\n" });
  repo.commit("Add the docs");
  return repo;
}

/** A German copy whose ms.date (line 4) disagrees with every sibling: metadata-mismatch, an error. */
export function stageDamage(repo: TestRepo): void {
  repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { date: "12/31/2030" }) });
  repo.git("add", "docs.de-de/guide/setup.md");
}

/** A French copy with one more translated sentence: nothing to report. */
export function stageCleanEdit(repo: TestRepo): void {
  repo.write({ "docs.fr-fr/guide/setup.md": doc("fr-fr", { extra: "Voir aussi la FAQ." }) });
  repo.git("add", "docs.fr-fr/guide/setup.md");
}

/** Undoes stageDamage in the index and the working tree. */
export function unstageDamage(repo: TestRepo): void {
  repo.git("checkout", "HEAD", "--", "docs.de-de/guide/setup.md");
}
