// Which files a run lints and which findings it keeps: given paths, staged files, changes since a revision, a shard.
import fs from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import { GlobFilter } from "../discover/filter.js";
import { discover, localeFromPath, type SiblingGroup } from "../discover/index.js";
import { isWithin, toSlash } from "../discover/layout.js";
import type { FileResult, Finding, LintResult } from "../types.js";
import type { RunProblem } from "../engine/run.js";
import { GitError } from "../git/run.js";
import { inShard, type Shard } from "./shard.js";

export interface ScopeOptions {
  cwd: string;
  /** The paths the user gave, maybe none. With git they only narrow what git names (none: the whole repository). */
  paths: string[];
  config: ResolvedConfig;
  /** Lint the files staged in git, as staged. */
  staged?: boolean;
  /** Lint the files changed since the merge base of this revision and HEAD, and the files the change affects. */
  changedSince?: string;
  /** With `staged` or `changedSince`: keep only findings on added or changed lines of changed files. */
  onlyChangedLines?: boolean;
  shard?: Shard;
  /** Given paths that exist but are not localized files (no locale, source tree) are skipped silently. */
  ignoreUnknown?: boolean;
}

/** What runLint needs (paths and hooks), and what `applyScope` filters afterwards. */
export interface Scope {
  paths: string[];
  readOverride?: (absPath: string) => Uint8Array | undefined;
  selectGroup?: (group: SiblingGroup) => boolean;
  /** Display paths whose problems are dropped: files git named that are no localized docs, and `ignoreUnknown`'s. */
  quiet: Set<string>;
  /** Absolute path → the lines whose findings are kept; files not in the map keep every finding. */
  lines?: Map<string, Set<number>>;
  /** Files git named that cannot be linted (names that are not UTF-8): reported before discovery's problems. */
  problems: RunProblem[];
}

export async function resolveScope(options: ScopeOptions): Promise<Scope> {
  const { cwd } = options;
  const scope: Scope = { paths: options.paths.length ? options.paths : ["."], quiet: new Set(), problems: [] };
  if (options.staged) await askingGit(() => scopeStaged(scope, options));
  else if (options.changedSince !== undefined) await askingGit(() => scopeChanged(scope, options, options.changedSince!));
  else if (options.ignoreUnknown) {
    for (const p of scope.paths) {
      const abs = path.resolve(cwd, p);
      if (fs.existsSync(abs)) scope.quiet.add(display(cwd, abs));
    }
  }
  if (options.shard) scope.selectGroup = inShard(options.shard, cwd);
  return scope;
}

/** Git's answers that do not parse (a broken or impostor `git` on the PATH) are git's failure, told in one line. */
async function askingGit(ask: () => Promise<void>): Promise<void> {
  try {
    await ask();
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError(`git gave an answer loclint cannot read (${(error as Error).message.split("\n")[0]})`);
  }
}

/** Drops the quiet problems and, with `lines`, the findings on unchanged lines (counts follow). */
export function applyScope<T extends LintResult & { problems: RunProblem[] }>(outcome: T, scope: Scope): T {
  const problems = [...scope.problems, ...outcome.problems.filter((p) => !scope.quiet.has(p.path))];
  const lines = scope.lines;
  const results = lines
    ? outcome.results.map((r) => {
        const keep = lines.get(r.filePath);
        return keep ? withFindings(r, r.findings.filter((f) => touches(f, keep))) : r;
      })
    : outcome.results;
  return { ...outcome, results, problems };
}

async function scopeStaged(scope: Scope, options: ScopeOptions): Promise<void> {
  const { readStaged } = await import("../git/staged.js");
  const staged = await readStaged(options.cwd);
  const under = within(options);
  // A file staged and then deleted from the working tree has no siblings' place on disk: not linted.
  const files = [...staged.content.keys()].filter((f) => under(f) && fs.existsSync(f)).sort();
  scope.paths = files;
  scope.readOverride = (absPath) => staged.content.get(absPath);
  noteUndecodable(scope, options, staged.undecodable.filter(under));
  for (const f of files) scope.quiet.add(display(options.cwd, f));
  if (options.onlyChangedLines) {
    const { changedLines } = await import("../git/changed.js");
    const diff = await changedLines(staged.top, "--cached");
    scope.lines = new Map(files.map((f) => [f, diff.get(f) ?? new Set<number>()]));
  }
}

async function scopeChanged(scope: Scope, options: ScopeOptions, ref: string): Promise<void> {
  const { changedLines, changesSince, filesNaming } = await import("../git/changed.js");
  const { cwd, config } = options;
  const changes = await changesSince(ref, cwd);
  const under = within(options);
  // Files only: a changed submodule is a folder, which would otherwise be walked whole.
  const changed = [...changes.changed].filter((f) => under(f) && isFile(f));
  noteUndecodable(scope, options, [...changes.undecodable].filter(under));
  const affected = new Set<string>();

  // A changed English source file: every localized copy of it is now worth a look.
  const filter = new GlobFilter(config.include, config.ignore, config.baseDir);
  const sourceLanguage = config.sourceLocale.toLowerCase().split("-")[0];
  const englishLike = (f: string) => {
    if (!filter.includesFile(f, toSlash(path.relative(changes.top, f)))) return false;
    if (config.source !== null && isWithin(f, config.source)) return true;
    const located = localeFromPath(f);
    return located === null || located.locale.split("-")[0] === sourceLanguage;
  };
  const maybeSource = new Set(changed.filter(englishLike));
  // A deleted or renamed English file: its translations are orphaned now (translation-orphaned).
  const goneSource = new Set([...changes.gone].filter(englishLike));
  if (maybeSource.size > 0 || goneSource.size > 0) {
    const whole = await discover(options.paths.length ? options.paths : [changes.top], config, cwd);
    for (const group of whole.groups) {
      const source = group.files.find((f) => f.isSource);
      const wouldBe = source ? null : group.files.find((f) => f.sourceRoot !== undefined);
      const orphaned = wouldBe ? goneSource.has(path.join(wouldBe.sourceRoot!, wouldBe.relPath)) : false;
      if (!orphaned && (!source || !maybeSource.has(source.path))) continue;
      for (const f of group.files) if (!f.isSource) affected.add(f.path);
    }
  }

  // A renamed or deleted file: files that name it may link to it.
  if (changes.gone.size > 0) {
    const names = [...changes.gone].map((f) => path.basename(f));
    const specs = options.paths.map((p) => path.resolve(cwd, p)).filter((p) => isWithin(p, changes.top));
    if (specs.length > 0 || options.paths.length === 0) {
      const naming = await filesNaming(names, changes.top, specs);
      for (const f of naming.files) if (under(f) && fs.existsSync(f)) affected.add(f);
      noteUndecodable(scope, options, naming.undecodable.filter((f) => under(f) && !changes.undecodable.has(f)));
    }
  }

  for (const f of changed) affected.delete(f);
  const targets = [...changed, ...affected].sort();
  scope.paths = targets;
  for (const f of targets) scope.quiet.add(display(cwd, f));
  if (options.onlyChangedLines) {
    const diff = await changedLines(changes.top, changes.base);
    scope.lines = new Map();
    for (const f of changed) if (!changes.untracked.has(f)) scope.lines.set(f, diff.get(f) ?? new Set());
  }
}

/** Files git named whose names are not UTF-8: no string path reaches them, so they are reported, not skipped. */
function noteUndecodable(scope: Scope, options: ScopeOptions, files: readonly string[]): void {
  const filter = new GlobFilter(options.config.include, options.config.ignore, options.config.baseDir);
  for (const f of [...files].sort()) {
    const relative = toSlash(path.relative(options.cwd, f));
    if (!filter.includesFile(f, relative)) continue;
    const shown = display(options.cwd, f);
    scope.problems.push({ path: shown, message: `${shown}: the file name is not valid UTF-8, so it cannot be linted; rename it`, kind: "not-linted" });
  }
}

/** True for a path inside one of the given paths (all of them when none was given). */
function within(options: ScopeOptions): (absPath: string) => boolean {
  const roots = options.paths.map((p) => path.resolve(options.cwd, p));
  return (absPath) => roots.length === 0 || roots.some((r) => isWithin(absPath, r));
}

function isFile(absPath: string): boolean {
  return fs.statSync(absPath, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** A path as discovery shows it in problems. */
function display(cwd: string, absPath: string): string {
  return toSlash(path.relative(cwd, absPath)) || ".";
}

function touches(finding: Finding, lines: Set<number>): boolean {
  const last = Math.max(finding.line, finding.endLine ?? finding.line);
  for (let line = finding.line; line <= last; line++) if (lines.has(line)) return true;
  return false;
}

function withFindings(result: FileResult, findings: Finding[]): FileResult {
  const count = (severity: string, fixable: boolean) => findings.filter((f) => f.severity === severity && (!fixable || f.fix)).length;
  return {
    ...result,
    findings,
    errorCount: count("error", false),
    warningCount: count("warn", false),
    fixableErrorCount: count("error", true),
    fixableWarningCount: count("warn", true),
  };
}
