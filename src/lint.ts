// The library entry and the one pipeline: `lint()` is what the command runs (scope, cache, baseline, run, fixes in memory).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { loadConfig, overridesMatchingNothing, rulesForFile } from "./config/index.js";
import type { ResolvedConfig, RuleSetting } from "./config/types.js";
import { describeWriteError, isSymbolicLink, whileWriting } from "./fs/index.js";
import { ruleTimes } from "./engine/lint-group.js";
import { runLint, type RunDiscovery, type RunProblem } from "./engine/run.js";
import type { Rule } from "./engine/rule.js";
import { parseShard, type Shard } from "./pipeline/shard.js";
import { applyBaseline, BaselineError, createBaseline, readBaseline, textOfResults, writeBaseline, type Baseline, type TextOf } from "./pipeline/baseline.js";
import { cacheFilePath, cacheKey, FileCache } from "./pipeline/cache.js";
import { applyScope, resolveScope } from "./pipeline/scope.js";
import { computeStatus, type RunStatus } from "./pipeline/status.js";
import { openSourceHistory } from "./git/history.js";
import { originWebUrl } from "./git/remote.js";
import { rules as builtinRules } from "../rules/index.js";
import type { FileResult, LintResult, RunNotice } from "./types.js";
import { toolVersion } from "./version.js";
import { discover } from "./discover/index.js";
import { LocalizedFile } from "./parse/file.js";
import { SiblingGroup } from "./shared/group.js";

/**
 * What `lint()` takes. Each option is one command-line flag (`paths` are the positional arguments);
 * `LINT_OPTION_FLAGS` lists the correspondence and a test keeps it complete.
 */
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
   * (a write failure becomes a run problem). Ignored with `staged`.
   */
  cache?: boolean;
  /** The cache file, or a folder to hold `.loclintcache`; relative to `cwd`. Default `<cwd>/.loclintcache`. */
  cacheLocation?: string;
  /**
   * A baseline file, relative to `cwd`: findings it records are left out, and `baselineStale` counts its
   * entries that matched nothing. Throws BaselineError when it is missing or invalid.
   */
  baseline?: string;
  /**
   * Record this run's findings in this baseline file (relative to `cwd`), keeping the entries of files the
   * run did not lint, then use it as `baseline`. `baselineRecorded` says how many findings it holds.
   */
  writeBaseline?: string;
  /** Threads that lint, this one included (2: this thread and one worker); default: the cores available, this thread alone for small runs. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** Lint the files staged in git, as staged (`paths` narrow the set). */
  staged?: boolean;
  /** Lint the files changed since the merge base of this revision and HEAD, and those the change affects. */
  changedSince?: string;
  /** With `staged` or `changedSince`: keep only findings on added or changed lines. */
  onlyChangedLines?: boolean;
  /** Lint one shard of the sibling groups (`{ index: 2, count: 4 }`, 1-based), or "i/n" as on the command line. */
  shard?: Shard | string;
  /** Skip given paths that are not localized files instead of reporting them as problems. */
  ignoreUnknown?: boolean;
}

/** The command-line flag of each option (`paths`: positional arguments; `onProgress`: the terminal's progress line). */
export const LINT_OPTION_FLAGS: Readonly<Record<keyof LintOptions, string>> = {
  paths: "<paths>",
  cwd: "(working folder)",
  configPath: "--config",
  rules: "--rule",
  fix: "--fix",
  cache: "--cache",
  cacheLocation: "--cache-location",
  baseline: "--baseline",
  writeBaseline: "--write-baseline",
  workers: "--workers",
  onProgress: "(progress on a terminal)",
  staged: "--staged",
  changedSince: "--changed-since",
  onlyChangedLines: "--only-changed-lines",
  shard: "--shard",
  ignoreUnknown: "--ignore-unknown",
};

export type LintOutcome = LintResult & {
  /**
   * Run-level problems: paths that could not be linted (`kind: "not-linted"`, which makes the command
   * exit 2), a cache that could not be written (`kind: "warning"`).
   */
  problems: RunProblem[];
  /** With `baseline`: recorded findings that no longer occur in the files linted (or whose files are gone). */
  baselineStale?: number;
  /** With `writeBaseline`: the findings the written baseline records. */
  baselineRecorded?: number;
  /** With LOCLINT_TIMING set: milliseconds per rule, and "(parsing)", in this thread. */
  ruleTimes?: ReadonlyMap<string, number>;
  /**
   * Per locale and per file: current, behind, orphaned, missing, untracked, and finding counts, computed
   * from the results reported (after the baseline and the scope) and the sibling groups on disk. Worked out
   * on the first call (it asks git for each English root's HEAD and web address, two processes per root)
   * and the same promise returned after: a run whose report does not show it (the pre-commit hook) spends
   * nothing on it.
   */
  status: () => Promise<RunStatus>;
  /** The text a result's findings refer to: the fixed text (`output`) when fixes were applied, else the text linted (staged content with `staged`). */
  textOf: TextOf;
};

/** Options that cannot be used together, or a malformed value; the message is one line. */
export class LintOptionsError extends Error {}

/**
 * Lints localized files against their siblings; the results are those `loclint --format json` reports.
 * Writes nothing but the cache (with `cache`) and the baseline (with `writeBaseline`). Throws
 * LintOptionsError for options that do not fit together, ConfigError for a bad configuration, GitError
 * when git cannot answer, BaselineError for a missing, invalid or unwritable baseline.
 */
export async function lint(options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const shard = checkOptions(options, cwd);
  const config = await loadLintConfig(options, cwd);
  const scope = await resolveScope({
    cwd,
    paths: options.paths ?? [],
    config,
    staged: options.staged,
    changedSince: options.changedSince,
    onlyChangedLines: options.onlyChangedLines,
    shard,
    ignoreUnknown: options.ignoreUnknown,
  });
  // Read before linting, so a bad baseline fails fast; a file about to be rewritten need not exist yet.
  const baseline = options.baseline !== undefined && options.writeBaseline === undefined ? readBaseline(path.resolve(cwd, options.baseline), options.baseline) : undefined;
  // Staged content is not what the file stamps describe: no cache with `staged`.
  const cache =
    options.cache && !scope.readOverride
      ? new FileCache(cacheFilePath(cwd, options.cacheLocation), cacheKey({ config, cwd, toolVersion: toolVersion() }), options.fix ?? false)
      : undefined;
  const { discovery, ...linted } = await runLint({
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
  const problems = [...linted.problems, ...unusedOverrides(config, options, cwd, linted.results)];
  if (options.fix) {
    const unfixed = linkedPagesNotFixed(linted.results);
    if (unfixed.length > 0) linted.notices = [...(linted.notices ?? []), ...unfixed];
  }
  if (cache) {
    try {
      // As every write of a run: a signal meanwhile waits for the rename, so no temporary file stays behind.
      await whileWriting(async () => cache.save());
    } catch (error) {
      // A cache that cannot be written only makes the next run slower; the user still hears of it.
      const shown = path.relative(cwd, cache.file) || cache.file;
      problems.push({ path: shown, message: `cannot write the cache ${shown}: ${describeWriteError(error)}`, kind: "warning" });
    }
  }
  const textOf = textOfResults(scope.readOverride);
  let outcome: Omit<LintOutcome, "status"> = { ...linted, problems, textOf };
  if (ruleTimes) outcome.ruleTimes = new Map(ruleTimes);
  const baselineFile = options.writeBaseline ?? options.baseline;
  if (baselineFile !== undefined) {
    const file = path.resolve(cwd, baselineFile);
    let used: Baseline | undefined = baseline;
    if (options.writeBaseline !== undefined) {
      used = createBaseline(outcome.results, file, toolVersion(), { previous: previousBaseline(file), textOf });
      const written = used;
      try {
        await whileWriting(async () => writeBaseline(file, written));
      } catch (error) {
        throw new BaselineError(`cannot write baseline file ${baselineFile}: ${describeWriteError(error)}`);
      }
      outcome.baselineRecorded = used.entries.reduce((n, e) => n + e.count, 0);
    }
    const applied = applyBaseline(outcome.results, used!, file, { textOf });
    outcome = { ...outcome, results: applied.results, baselineStale: applied.stale };
  }
  const scoped = applyScope(outcome, scope);
  let status: Promise<RunStatus> | undefined;
  return { ...scoped, status: () => (status ??= statusOf(scoped.results, discovery, cwd)) };
}

/**
 * A notice per page left unfixed because it is a symbolic link (the engine does not fix one, so as never to
 * write through it): its fixable findings are reported as they are, and the notice says why they remain.
 */
function linkedPagesNotFixed(results: readonly FileResult[]): RunNotice[] {
  const notices: RunNotice[] = [];
  for (const r of results) {
    const fixable = r.findings.filter((f) => f.fix).length;
    if (fixable === 0 || !isSymbolicLink(r.filePath)) continue;
    notices.push({
      path: r.filePath,
      message: `${r.displayPath}: ${fixable} fix${fixable === 1 ? "" : "es"} not applied: the file is a symbolic link, which loclint does not write through; fix the file it links to`,
    });
  }
  return notices;
}

/** The run's status; the English HEAD and web address are asked of git once per English root in a checkout. */
async function statusOf(results: LintOutcome["results"], discovery: RunDiscovery, cwd: string): Promise<RunStatus> {
  const sourceHeads = new Map<string, string>();
  const sourceRepositories = new Map<string, string>();
  for (const root of new Set([...discovery.sourceRoots.values(), ...discovery.groups.flatMap((g) => g.files.filter((f) => f.isSource).map((f) => f.root))])) {
    const head = openSourceHistory(root)?.head;
    if (!head) continue;
    sourceHeads.set(root, head);
    const web = await originWebUrl(root);
    if (web) sourceRepositories.set(root, web);
  }
  return computeStatus({ cwd, toolVersion: toolVersion(), results, groups: discovery.groups, sourceRoots: discovery.sourceRoots, sourceHeads, sourceRepositories, missing: discovery.missing });
}

/**
 * The configuration that applies to one file, as the run would apply it (`--print-config`): the rule
 * settings with the overrides for its path and locale, and what the file is compared with: its locale,
 * its siblings on disk, the English source file and which reference the comparisons use.
 */
export async function configForFile(options: Pick<LintOptions, "cwd" | "configPath" | "rules">, file: string): Promise<Record<string, unknown>> {
  const cwd = options.cwd ?? process.cwd();
  const config = await loadLintConfig({ ...options, paths: [file] }, cwd);
  const target = path.resolve(cwd, file);
  const discovery = await discover([file], config, cwd);
  const planned = discovery.groups.find((g) => g.files.some((f) => f.path === target));
  const me = planned?.files.find((f) => f.path === target);
  const locale = me && !me.isSource ? me.locale : null;
  const rules = Object.fromEntries([...rulesForFile(config, target, locale)].map(([id, rc]) => [id, Object.keys(rc.options).length ? [rc.severity, rc.options] : rc.severity]));
  const about: Record<string, unknown> = { file: me?.displayPath ?? file, locale };
  if (planned && me && !me.isSource) {
    const files = planned.files.map((d) => LocalizedFile.read({ path: d.path, displayPath: d.displayPath, locale: d.locale, relPath: d.relPath, root: d.root, isSource: d.isSource }));
    const group = new SiblingGroup(planned.key, files);
    const mine = files[planned.files.indexOf(me)]!;
    about.siblings = group.siblingsOf(mine).map((f) => f.displayPath);
    about.englishSource = group.source?.displayPath ?? null;
    about.reference = describeReference(mine, group);
  } else if (discovery.problems.length) {
    about.problem = discovery.problems[0]!.message;
  }
  return { ...about, ...config, rules };
}

function describeReference(file: LocalizedFile, group: SiblingGroup): string {
  if (group.source && group.sourceMatches(file)) {
    return file.openlocfilehash
      ? `the English source ${group.source.displayPath} (its SHA-1 is the file's ms.openlocfilehash)`
      : `the English source ${group.source.displayPath} as it is (the file has no localization metadata)`;
  }
  const same = group.sameHashSiblings(file);
  if (same.length > 0) return `what a strict majority of the siblings translated from the same English version share: ${same.map((f) => f.locale).join(", ")}`;
  return file.openlocfilehash
    ? "none: neither the English source nor any sibling is of the file's English version (ms.openlocfilehash)"
    : "what every other sibling shares (the file has no ms.openlocfilehash)";
}

/** Only results with errors, counts following (`--quiet`), as ESLint's `getErrorResults`. */
export function errorsOnly<R extends FileResult>(results: readonly R[]): R[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), warningCount: 0, fixableWarningCount: 0 }));
}

function loadLintConfig(options: Pick<LintOptions, "configPath" | "rules" | "paths">, cwd: string): Promise<ResolvedConfig> {
  const knownRules = new Map<string, Rule<object>>(builtinRules.map((r) => [r.id, r]));
  return loadConfig({ cwd, configPath: options.configPath, knownRules, cliRules: options.rules, searchFrom: options.paths });
}

/**
 * Overrides whose `files` globs match no file of a run over whole folders (a glob written for another
 * layout, a folder renamed), as run problems that name them. Runs over some files only (given files,
 * `--staged`, `--changed-since`, a shard) say nothing: the override may be for files they leave out.
 */
function unusedOverrides(config: ResolvedConfig, options: LintOptions, cwd: string, results: readonly FileResult[]): RunProblem[] {
  if (results.length === 0 || options.staged || options.changedSince !== undefined || options.shard !== undefined) return [];
  const paths = options.paths?.length ? options.paths : ["."];
  if (!paths.every((p) => isFolder(path.resolve(cwd, p)))) return [];
  const shown = config.configFile ? path.relative(cwd, config.configFile) || config.configFile : "";
  return overridesMatchingNothing(config, results.map((r) => r.filePath)).map((message): RunProblem => ({ path: shown, message, kind: "warning" }));
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Rejects options that cannot work together; returns the shard parsed. */
function checkOptions(options: LintOptions, cwd: string): Shard | undefined {
  if (options.staged && options.changedSince !== undefined) throw new LintOptionsError("--staged and --changed-since cannot be used together");
  if (options.onlyChangedLines && !options.staged && options.changedSince === undefined) throw new LintOptionsError("--only-changed-lines needs --staged or --changed-since");
  // Fixes computed from staged text would overwrite unstaged edits in the working tree.
  if (options.fix && options.staged) throw new LintOptionsError("--fix cannot be used with --staged");
  if (options.cacheLocation !== undefined && !options.cache) throw new LintOptionsError("--cache-location needs --cache");
  if (options.workers !== undefined && (!Number.isInteger(options.workers) || options.workers < 1)) {
    throw new LintOptionsError(`--workers expects a whole number of at least 1, got "${options.workers}"`);
  }
  if (options.baseline !== undefined && options.writeBaseline !== undefined && path.resolve(cwd, options.baseline) !== path.resolve(cwd, options.writeBaseline)) {
    throw new LintOptionsError("--baseline and --write-baseline name different files; --write-baseline alone writes the file and uses it");
  }
  if (options.shard === undefined) return undefined;
  // An object is held to the same bounds as the text, so `{ index: 3, count: 2 }` is refused rather than linting nothing.
  const given = options.shard;
  const shard = typeof given === "string" ? parseShard(given) : parseShard(`${given.index}/${given.count}`);
  if (shard === null) throw new LintOptionsError(`--shard expects i/n with 1 <= i <= n, such as 2/4, got "${typeof given === "string" ? given : `${given.index}/${given.count}`}"`);
  return shard;
}

/** The baseline being rewritten, to keep the entries of files this run did not lint; none when unreadable. */
function previousBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readBaseline(file);
  } catch {
    return undefined;
  }
}
