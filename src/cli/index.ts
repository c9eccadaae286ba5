// Command line: parse flags into library options, call lint(), print the report, return the exit code (0, 1 or 2).
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, parseRuleFlag } from "../config/index.js";
import type { RuleSetting } from "../config/types.js";
import { RuleCrash } from "../engine/lint-group.js";
import { GitError } from "../git/run.js";
import { configForFile, errorsOnly, lint, LintOptionsError, type LintOptions } from "../lint.js";
import { BaselineError } from "../pipeline/baseline.js";
import { unifiedDiff } from "../pipeline/diff.js";
import { recountFindings, type RunStatus } from "../pipeline/status.js";
import { outputFixes } from "../pipeline/write.js";
import { appendReportFile, describeWriteError, whileWriting, writeReportFile } from "../fs/index.js";
import { neutralizeText } from "../report/github.js";
import { FormatterLoadError, formatResults, loadFormatter, statusFormats, type FormatOptions } from "../report/index.js";
import { rules as builtinRules } from "../../rules/index.js";
import type { LintResult } from "../types.js";
import { packageRepository, packageRoot, toolVersion } from "../version.js";
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
    stdout: closableWriter(process.stdout),
    stderr: closableWriter(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/**
 * Writes to a process stream until its reader goes away (`loclint | head`): then EPIPE is the
 * reader's choice, not our failure, so later writes are dropped instead of ending in a stack trace.
 */
function closableWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    // Any other failure of the output (a full disk, a closed terminal) is one line, never a stack trace.
    if (stream !== process.stderr) process.stderr.write(`loclint: cannot write the output: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const options = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  "summary-file": { type: "string" },
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

export async function runCli(argv: string[], rawIo: CliIo = processIo()): Promise<number> {
  // Decided before anything is parsed, so that even a usage or config error is printed safely.
  const io = wantsGithubFormat(argv) ? githubSafeIo(rawIo) : rawIo;
  try {
    return await main(argv, io, rawIo);
  } catch (error) {
    if (error instanceof UsageError || error instanceof LintOptionsError) {
      io.stderr(`loclint: ${error.message}\nRun "loclint --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof GitError || error instanceof BaselineError || error instanceof FormatterLoadError) {
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

/** `--format github` (or `-f github`, `--format=github`) anywhere in the arguments, before `--`. */
function wantsGithubFormat(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if ((a === "--format" || a === "-f") && argv[i + 1] === "github") return true;
    if (a === "--format=github" || a === "-fgithub") return true;
  }
  return false;
}

/**
 * In a GitHub Actions step every line we print could be read as a workflow command: only the
 * formatter's own annotations (escaped there) go out raw; everything else is neutralized line by line.
 */
function githubSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: (t) => io.stdout(neutralizeText(t)), stderr: (t) => io.stderr(neutralizeText(t)), stderrIsTTY: false };
}

async function main(argv: string[], io: CliIo, rawIo: CliIo): Promise<number> {
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
  // Loaded before linting, so a misspelt format fails at once.
  const formatter = await loadFormatter(format, io.cwd);
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
  }
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  // The diff goes to standard output: a machine-readable report there would no longer parse.
  if (values["fix-dry-run"] && !values["output-file"] && !["stylish", "compact", "github"].includes(format)) {
    throw new UsageError(`--fix-dry-run prints a diff on standard output; send the ${format} report to a file with --output-file`);
  }
  const lintOptions = toLintOptions(values, parsed.positionals, io);
  if (values["print-config"] !== undefined) {
    const printable = await configForFile(lintOptions, values["print-config"]);
    io.stdout(`${JSON.stringify(printable, null, 2)}\n`);
    return 0;
  }

  const color = values["no-color"] ? false : values.color ? true : io.stdoutIsTTY && !io.env.NO_COLOR && !values["output-file"];
  const progress = io.stderrIsTTY && !io.env.CI ? progressPrinter(io) : undefined;
  const outcome = await lint({ ...lintOptions, onProgress: progress?.update });
  progress?.done();
  if (outcome.ruleTimes) printRuleTimes(outcome.ruleTimes, io);
  if (outcome.baselineRecorded !== undefined) {
    const count = outcome.baselineRecorded;
    io.stderr(`loclint: recorded ${count} finding${count === 1 ? "" : "s"} in ${values["write-baseline"]}\n`);
  }
  if (outcome.baselineStale) {
    const one = outcome.baselineStale === 1;
    io.stderr(`loclint: ${outcome.baselineStale} baseline ${one ? "entry" : "entries"} no longer ${one ? "matches" : "match"}; run --write-baseline to prune them\n`);
  }
  for (const p of outcome.problems) io.stderr(`loclint: ${p.message}\n`);
  for (const n of outcome.notices ?? []) io.stderr(`loclint: ${n.message}\n`);
  let unwritten = 0;
  if (values.fix) {
    const { failed } = await outputFixes(outcome.results);
    for (const f of failed) io.stderr(`loclint: cannot write the fixes of ${f.displayPath}: ${f.message}\n`);
    unwritten = failed.length;
  }
  if (values["fix-dry-run"]) {
    for (const r of outcome.results) {
      if (r.output === undefined) continue;
      const before = outcome.textOf({ ...r, output: undefined });
      if (before !== undefined) io.stdout(unifiedDiff(r.displayPath, before, r.output));
    }
  }

  const result: LintResult = values.quiet ? { ...outcome, results: errorsOnly(outcome.results) } : outcome;
  const recount = (status: RunStatus) => (values.quiet ? recountFindings(status, result.results) : status);
  const formatOptions: FormatOptions = {
    cwd: io.cwd,
    color,
    toolVersion: toolVersion(),
    rulesDocsBase: docsBase(),
    rulesDocsFolder: path.join(packageRoot(), "rules"),
    informationUri: packageRepository() ?? undefined,
    maxWarnings: values.quiet ? -1 : maxWarnings,
    textOf: outcome.textOf,
    // Asked of git only when a report shows it (the format, or the markdown --summary-file): the pre-commit hook's
    // stylish report does not. --quiet: the summaries count what the report lists, errors only.
    status: statusFormats.has(format) || values["summary-file"] ? recount(await outcome.status()) : undefined,
  };
  const text = await formatter(result, formatOptions);
  if (values["output-file"]) {
    const file = path.resolve(io.cwd, values["output-file"]);
    try {
      // A signal meanwhile waits for the rename (then ends the run as it asks): no temporary file stays behind.
      await whileWriting(async () => writeReportFile(file, text));
    } catch (error) {
      io.stderr(`loclint: cannot write ${values["output-file"]}: ${describeWriteError(error)}\n`);
      return 2;
    }
  } else if (text) {
    // The report itself: github annotations are escaped by their formatter and must stay commands.
    rawIo.stdout(text.endsWith("\n") ? text : `${text}\n`);
  }
  if (values["summary-file"]) {
    // Appended, not replaced: a CI job summary file (GitHub's $GITHUB_STEP_SUMMARY) collects every step's.
    try {
      const summary = formatResults("markdown", result, formatOptions);
      await whileWriting(async () => appendReportFile(path.resolve(io.cwd, values["summary-file"]!), summary));
    } catch (error) {
      io.stderr(`loclint: cannot write ${values["summary-file"]}: ${describeWriteError(error)}\n`);
      return 2;
    }
  }
  // Something asked for was not linted (or its fixes not written): the rest is reported, the run fails.
  if (unwritten > 0 || outcome.problems.some((p) => p.kind === "not-linted")) return 2;
  const errors = outcome.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = outcome.results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && !values.quiet && warnings > maxWarnings) {
    io.stderr(`loclint: too many warnings (${warnings}); the maximum is ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; strict: true }>>["values"];

/** The library options the flags ask for: one option per flag (see LINT_OPTION_FLAGS). */
export function toLintOptions(values: Values, positionals: string[], io: Pick<CliIo, "cwd">): LintOptions {
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers expects a whole number of at least 1, got "${values.workers}"`);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    rules[id] = setting;
  }
  return {
    paths: positionals,
    cwd: io.cwd,
    configPath: values.config,
    rules,
    fix: values.fix || values["fix-dry-run"],
    cache: values.cache,
    cacheLocation: values["cache-location"],
    baseline: values.baseline,
    writeBaseline: values["write-baseline"],
    workers,
    staged: values.staged,
    changedSince: values["changed-since"],
    onlyChangedLines: values["only-changed-lines"],
    shard: values.shard,
    ignoreUnknown: values["ignore-unknown"],
  };
}

/** Flags that choose how results are shown, not what is linted: they have no library option. */
export const PRESENTATION_FLAGS = ["format", "output-file", "summary-file", "quiet", "max-warnings", "print-config", "color", "no-color", "fix-dry-run", "help", "version"] as const;
export const CLI_FLAGS = Object.keys(options);

/** LOCLINT_TIMING=1: the slowest rules, as ESLint's TIMING does. */
function printRuleTimes(times: ReadonlyMap<string, number>, io: CliIo): void {
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
