// Command line: parse arguments, run the engine, print a report, return the exit code (0, 1 or 2).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, parseRuleFlag, rulesForFile } from "../config/index.js";
import type { RuleSetting } from "../config/types.js";
import { RuleCrash } from "../engine/lint-group.js";
import { runLint } from "../engine/run.js";
import { applyScope, resolveScope } from "../engine/scope.js";
import { parseShard } from "../engine/shard.js";
import { writeFileAtomic } from "../engine/write.js";
import { GitError } from "../git/run.js";
import { formatNames, formatResults } from "../report/index.js";
import { rules as builtinRules } from "../../rules/index.js";
import type { LintResult } from "../types.js";
import { toolVersion } from "../version.js";
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
    if (error instanceof ConfigError || error instanceof GitError) {
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
  const outcome = applyScope(
    await runLint({
      cwd: io.cwd,
      paths: scope.paths,
      config,
      rules: builtinRules,
      fix: values.fix,
      workers,
      onProgress: progress?.update,
      readOverride: scope.readOverride,
      selectGroup: scope.selectGroup,
    }),
    scope,
  );
  progress?.done();
  for (const p of outcome.problems) io.stderr(`loclint: ${p.message}\n`);
  if (values.fix) writeFixes(outcome, io);

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

function docsBase(): string {
  return `https://github.com/loclint/loclint/blob/v${toolVersion()}/rules/`;
}

function writeFixes(outcome: LintResult, io: CliIo): void {
  for (const r of outcome.results) {
    if (r.output === undefined) continue;
    try {
      writeFileAtomic(r.filePath, r.output);
    } catch (error) {
      io.stderr(`loclint: cannot write the fixes of ${r.displayPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
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
