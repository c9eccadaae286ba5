// Command line: parse arguments, run the engine, print a report, return the exit code (0, 1 or 2).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, parseRuleFlag, rulesForFile } from "../config/index.js";
import type { RuleSetting } from "../config/types.js";
import { applyBaseline, BaselineError, createBaseline, lintedText, readBaseline, textOfResults, writeBaseline, type Baseline } from "../pipeline/baseline.js";
import { cacheFilePath, cacheKey, FileCache } from "../pipeline/cache.js";
import { unifiedDiff } from "../pipeline/diff.js";
import { RuleCrash, ruleTimes } from "../engine/lint-group.js";
import { runLint } from "../engine/run.js";
import { applyScope, resolveScope } from "../pipeline/scope.js";
import { parseShard } from "../engine/shard.js";
import { outputFixes } from "../pipeline/write.js";
import { GitError } from "../git/run.js";
import { formatNames, formatResults } from "../report/index.js";
import { rules as builtinRules } from "../../rules/index.js";
import type { LintResult } from "../types.js";
import { packageRepository, toolVersion } from "../version.js";
import { helpText } from "./help.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** True when stdout is a terminal (colours) and stderr is a terminal (progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

const options = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  rule: { type: "string", multiple: true },
  "print-config": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  workers: { type: "string" },
  staged: { type: "boolean" },
  "changed-since": { type: "string" },
  "only-changed-lines": { type: "boolean" },
  shard: { type: "string" },
  "ignore-unknown": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`loclint: ${error.message}\nRun "loclint --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof GitError || error instanceof BaselineError) {
      io.stderr(`loclint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof RuleCrash) {
      io.stderr(`loclint: ${error.message}\n${io.env.LOCLINT_DEBUG ? `${error.stack}\n` : ""}`);
      return 2;
    }
    const e = error instanceof Error ? error : new Error(String(error));
    io.stderr(`loclint: internal error: ${e.message}\n${io.env.LOCLINT_DEBUG ? `${e.stack}\n` : "Set LOCLINT_DEBUG=1 for details.\n"}`);
    return 2;
  }
}

async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]!.replace(/\.$/, ""));
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout(helpText(builtinRules));
    return 0;
  }
  if (values.version) {
    io.stdout(`${toolVersion()}\n`);
    return 0;
  }
  const format = values.format ?? "stylish";
  if (!formatNames.includes(format)) throw new UsageError(`unknown format "${format}"; expected one of ${formatNames.join(", ")}`);
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers expects a whole number of at least 1, got "${values.workers}"`);
  }
  if (values.staged && values["changed-since"] !== undefined) throw new UsageError("--staged and --changed-since cannot be used together");
  if (values["only-changed-lines"] && !values.staged && values["changed-since"] === undefined) throw new UsageError("--only-changed-lines needs --staged or --changed-since");
  // Fixes computed from staged text would overwrite unstaged edits in the working tree.
  if (values.fix && values.staged) throw new UsageError("--fix cannot be used with --staged");
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  // The diff goes to standard output: a machine-readable report there would no longer parse.
  if (values["fix-dry-run"] && !values["output-file"] && !["stylish", "compact", "github"].includes(format)) {
    throw new UsageError(`--fix-dry-run prints a diff on standard output; send the ${format} report to a file with --output-file`);
  }
  if (values["cache-location"] !== undefined && !values.cache) throw new UsageError("--cache-location needs --cache");
  const baselineFile = values["write-baseline"] ?? values.baseline;
  if (values.baseline !== undefined && values["write-baseline"] !== undefined && path.resolve(io.cwd, values.baseline) !== path.resolve(io.cwd, values["write-baseline"])) {
    throw new UsageError("--baseline and --write-baseline name different files; --write-baseline alone writes the file and uses it");
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) throw new UsageError(`--shard expects i/n with 1 <= i <= n, such as 2/4, got "${values.shard}"`);
  const cliRules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    cliRules[id] = setting;
  }
  const knownRules = new Map(builtinRules.map((r) => [r.id, r]));
  const config = await loadConfig({ cwd: io.cwd, configPath: values.config, knownRules, cliRules });

  if (values["print-config"] !== undefined) {
    const target = path.resolve(io.cwd, values["print-config"]);
    const rules = Object.fromEntries([...rulesForFile(config, target, null)].map(([id, rc]) => [id, Object.keys(rc.options).length ? [rc.severity, rc.options] : rc.severity]));
    const printable = { ...config, rules };
    io.stdout(`${JSON.stringify(printable, null, 2)}\n`);
    return 0;
  }

  const color = values["no-color"] ? false : values.color ? true : io.stdoutIsTTY && !io.env.NO_COLOR && !values["output-file"];
  const progress = io.stderrIsTTY && !io.env.CI ? progressPrinter(io) : undefined;
  const scope = await resolveScope({
    cwd: io.cwd,
    paths: parsed.positionals,
    config,
    staged: values.staged,
    changedSince: values["changed-since"],
    onlyChangedLines: values["only-changed-lines"],
    shard,
    ignoreUnknown: values["ignore-unknown"],
  });
  // Read before linting, so a bad baseline fails fast; a file about to be rewritten need not exist yet.
  const baseline = values.baseline !== undefined && values["write-baseline"] === undefined ? readBaseline(path.resolve(io.cwd, values.baseline), values.baseline) : undefined;
  // Staged content is not what the file stamps describe: no cache with --staged.
  const cache =
    values.cache && !scope.readOverride
      ? new FileCache(cacheFilePath(io.cwd, values["cache-location"]), cacheKey({ config, cwd: io.cwd, toolVersion: toolVersion() }), values.fix || values["fix-dry-run"])
      : undefined;
  let linted = await runLint({
    cwd: io.cwd,
    paths: scope.paths,
    config,
    rules: builtinRules,
    fix: values.fix || values["fix-dry-run"],
    workers,
    onProgress: progress?.update,
    readOverride: scope.readOverride,
    selectGroup: scope.selectGroup,
    cache,
  });
  progress?.done();
  if (ruleTimes) printRuleTimes(ruleTimes, io);
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      io.stderr(`loclint: cannot write the cache ${path.relative(io.cwd, cache.file) || cache.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }
  const textOf = textOfResults(scope.readOverride);
  if (baselineFile !== undefined) {
    const file = path.resolve(io.cwd, baselineFile);
    let used: Baseline | undefined = baseline;
    if (values["write-baseline"] !== undefined) {
      used = createBaseline(linted.results, file, toolVersion(), { previous: previousBaseline(file), textOf });
      try {
        writeBaseline(file, used);
      } catch (error) {
        throw new BaselineError(`cannot write baseline file ${baselineFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const count = used.entries.reduce((n, e) => n + e.count, 0);
      io.stderr(`loclint: recorded ${count} finding${count === 1 ? "" : "s"} in ${baselineFile}\n`);
    }
    const applied = applyBaseline(linted.results, used!, file, { textOf });
    linted = { ...linted, results: applied.results };
    if (applied.stale > 0) {
      const one = applied.stale === 1;
      io.stderr(`loclint: ${applied.stale} baseline ${one ? "entry" : "entries"} no longer ${one ? "matches" : "match"}; run --write-baseline to prune them\n`);
    }
  }
  const outcome = applyScope(linted, scope);
  for (const p of outcome.problems) io.stderr(`loclint: ${p.message}\n`);
  for (const n of outcome.notices ?? []) io.stderr(`loclint: ${n.message}\n`);
  let unwritten = 0;
  if (values.fix) {
    const { failed } = outputFixes(outcome.results);
    for (const f of failed) io.stderr(`loclint: cannot write the fixes of ${f.displayPath}: ${f.message}\n`);
    unwritten = failed.length;
  }
  if (values["fix-dry-run"]) {
    for (const r of outcome.results) {
      if (r.output === undefined) continue;
      const before = lintedText(r.filePath, scope.readOverride);
      if (before !== undefined) io.stdout(unifiedDiff(r.displayPath, before, r.output));
    }
  }

  let result: LintResult = outcome;
  if (values.quiet) {
    result = { ...outcome, results: outcome.results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), warningCount: 0, fixableWarningCount: 0 })) };
  }
  const text = formatResults(format, result, { cwd: io.cwd, color, toolVersion: toolVersion(), rulesDocsBase: docsBase() });
  if (values["output-file"]) {
    const file = path.resolve(io.cwd, values["output-file"]);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    } catch (error) {
      io.stderr(`loclint: cannot write ${values["output-file"]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 2;
    }
  } else if (text) {
    io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  }
  if (unwritten > 0) return 2;
  const errors = outcome.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = outcome.results.reduce((n, r) => n + r.warningCount, 0);
  if (outcome.problems.length > 0 && outcome.results.length === 0) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && !values.quiet && warnings > maxWarnings) {
    io.stderr(`loclint: too many warnings (${warnings}); the maximum is ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** LOCLINT_TIMING=1: the slowest rules, as ESLint's TIMING does. */
function printRuleTimes(times: Map<string, number>, io: CliIo): void {
  const total = [...times.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = [...times].sort((a, b) => b[1] - a[1]).slice(0, 15);
  io.stderr(`${"Rule".padEnd(32)} ${"Time (ms)".padStart(10)} ${"Relative".padStart(9)}\n`);
  for (const [id, ms] of rows) io.stderr(`${id.padEnd(32)} ${ms.toFixed(1).padStart(10)} ${`${((ms * 100) / total).toFixed(1)}%`.padStart(9)}\n`);
}

/** Where each rule's doc is published: the repository named in package.json, at this version's tag. */
function docsBase(): string | undefined {
  const repository = packageRepository();
  return repository ? `${repository}/blob/v${toolVersion()}/rules/` : undefined;
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

function progressPrinter(io: CliIo) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      const now = Date.now();
      if (total < 200 || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr(`\rloclint: ${done}/${total} files`);
    },
    done() {
      if (shown) io.stderr("\r\x1b[K");
    },
  };
}
