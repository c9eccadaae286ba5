// The library entry: `lint()` does what the command does and returns data.
import path from "node:path";
import { loadConfig } from "./config/index.js";
import type { RuleSetting } from "./config/types.js";
import { applyBaseline, readBaseline, textOfResults } from "./pipeline/baseline.js";
import { cacheFilePath, cacheKey, FileCache } from "./pipeline/cache.js";
import { runLint, type RunProblem } from "./engine/run.js";
import { applyScope, resolveScope } from "./pipeline/scope.js";
import type { Shard } from "./engine/shard.js";
import { rules as builtinRules } from "../rules/index.js";
import type { LintResult } from "./types.js";
import { toolVersion } from "./version.js";

export interface LintOptions {
  /** Files or folders; default: the working folder. */
  paths?: string[];
  /** Working folder: config lookup starts here and display paths are relative to it. Default process.cwd(). */
  cwd?: string;
  /** A config file to use instead of looking one up. */
  configPath?: string;
  /** Rule settings that override the config (`--rule`). */
  rules?: Record<string, RuleSetting>;
  /**
   * Apply the fixes in memory: a result whose text changed gets the fixed text (BOM and line endings
   * kept) as `output`, and its findings are those left after fixing. Nothing is written; pass the
   * results to `outputFixes()` to write them, as `--fix` does.
   */
  fix?: boolean;
  /**
   * Replay the results of sibling groups whose files (size and mtime) are unchanged since the last run
   * with the same loclint version, config and `cwd`; the cache file is written before `lint()` returns
   * (a write failure is ignored). Ignored with `staged`.
   */
  cache?: boolean;
  /** The cache file, or a folder to hold `.loclintcache`; relative to `cwd`. Default `<cwd>/.loclintcache`. */
  cacheLocation?: string;
  /**
   * A baseline file (`--write-baseline`), relative to `cwd`: findings it records are left out, and
   * `baselineStale` counts its entries that matched nothing. Throws BaselineError when it is missing or invalid.
   */
  baseline?: string;
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

export type LintOutcome = LintResult & {
  problems: RunProblem[];
  /** With `baseline`: recorded findings that no longer occur in the files linted (or whose files are gone). */
  baselineStale?: number;
};

/**
 * Lints localized files against their siblings; the results are those `loclint --format json` reports.
 * Writes nothing unless `cache` is set. Throws ConfigError for a bad configuration, GitError when git
 * cannot answer, BaselineError for a missing or invalid `baseline`.
 */
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
  const baselineFile = options.baseline === undefined ? undefined : path.resolve(cwd, options.baseline);
  const baseline = baselineFile === undefined ? undefined : readBaseline(baselineFile, options.baseline);
  const cache =
    options.cache && !scope.readOverride
      ? new FileCache(cacheFilePath(cwd, options.cacheLocation), cacheKey({ config, cwd, toolVersion: toolVersion() }), options.fix ?? false)
      : undefined;
  let outcome: LintOutcome = await runLint({
    cwd,
    paths: scope.paths,
    config,
    rules: builtinRules,
    fix: options.fix,
    workers: options.workers,
    onProgress: options.onProgress,
    readOverride: scope.readOverride,
    selectGroup: scope.selectGroup,
    cache,
  });
  try {
    cache?.save();
  } catch {
    // A cache that cannot be written only makes the next run slower.
  }
  if (baseline && baselineFile) {
    const applied = applyBaseline(outcome.results, baseline, baselineFile, { textOf: textOfResults(scope.readOverride) });
    outcome = { ...outcome, results: applied.results, baselineStale: applied.stale };
  }
  return applyScope(outcome, scope);
}
