// The library entry: `lint()` does what the command does and returns data.
import { loadConfig } from "./config/index.js";
import type { RuleSetting } from "./config/types.js";
import { runLint, type RunProblem } from "./engine/run.js";
import { applyScope, resolveScope } from "./engine/scope.js";
import type { Shard } from "./engine/shard.js";
import { rules as builtinRules } from "../rules/index.js";
import type { LintResult } from "./types.js";

export interface LintOptions {
  /** Files or folders; default: the working folder. */
  paths?: string[];
  /** Working folder: config lookup starts here and display paths are relative to it. Default process.cwd(). */
  cwd?: string;
  /** A config file to use instead of looking one up. */
  configPath?: string;
  /** Rule settings that override the config (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /** Compute fixes and return the fixed text as `output` (nothing is written). */
  fix?: boolean;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Lint the files staged in git, as staged (`paths` narrow the set). */
  staged?: boolean;
  /** Lint the files changed since the merge base of this revision and HEAD, and those the change affects. */
  changedSince?: string;
  /** With `staged` or `changedSince`: keep only findings on added or changed lines. */
  onlyChangedLines?: boolean;
  /** Lint one shard of the sibling groups (`{ index: 2, count: 4 }`, 1-based). */
  shard?: Shard;
  /** Skip given paths that are not localized files instead of reporting them as problems. */
  ignoreUnknown?: boolean;
}

export type LintOutcome = LintResult & { problems: RunProblem[] };

/** Lints localized files against their siblings. Throws ConfigError for a bad configuration, GitError when git cannot answer. */
export async function lint(options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const knownRules = new Map(builtinRules.map((r) => [r.id, r]));
  const config = await loadConfig({ cwd, configPath: options.configPath, knownRules, cliRules: options.rules });
  const scope = await resolveScope({
    cwd,
    paths: options.paths ?? [],
    config,
    staged: options.staged,
    changedSince: options.changedSince,
    onlyChangedLines: options.onlyChangedLines,
    shard: options.shard,
    ignoreUnknown: options.ignoreUnknown,
  });
  const outcome = await runLint({
    cwd,
    paths: scope.paths,
    config,
    rules: builtinRules,
    fix: options.fix,
    workers: options.workers,
    onProgress: options.onProgress,
    readOverride: scope.readOverride,
    selectGroup: scope.selectGroup,
  });
  return applyScope(outcome, scope);
}
