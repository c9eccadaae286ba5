// The library entry: `lint()` does what the command does and returns data.
import { loadConfig } from "./config/index.js";
import type { RuleSetting } from "./config/types.js";
import { runLint, type RunProblem } from "./engine/run.js";
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
}

export type LintOutcome = LintResult & { problems: RunProblem[] };

/** Lints localized files against their siblings. Throws ConfigError for a bad configuration. */
export async function lint(options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const knownRules = new Map(builtinRules.map((r) => [r.id, r]));
  const config = await loadConfig({ cwd, configPath: options.configPath, knownRules, cliRules: options.rules });
  return runLint({
    cwd,
    paths: options.paths?.length ? options.paths : ["."],
    config,
    rules: builtinRules,
    fix: options.fix,
    workers: options.workers,
    onProgress: options.onProgress,
  });
}
