// Public API of the loclint package.
export { configForFile, errorsOnly, lint, LINT_OPTION_FLAGS, LintOptionsError, type LintOptions, type LintOutcome } from "./lint.js";
export { runCli, type CliIo } from "./cli/index.js";
export { outputFixes, type FixesWritten } from "./pipeline/write.js";
export {
  applyBaseline,
  BaselineError,
  createBaseline,
  fingerprintOf,
  readBaseline,
  writeBaseline,
  type Baseline,
  type BaselineEntry,
  type BaselineOutcome,
} from "./pipeline/baseline.js";
export { unifiedDiff } from "./pipeline/diff.js";
export { recountFindings, type RunStatus } from "./pipeline/status.js";
export { ConfigError } from "./config/index.js";
export { GitError } from "./git/run.js";
export { rules } from "../rules/index.js";
export { defineRule, findingAt, quote, relatedAt, type Rule, type RuleContext } from "./engine/rule.js";
export type { LocalizedFile } from "./parse/file.js";
export type { SiblingGroup } from "./shared/group.js";
export type * from "./types.js";
export type { UserConfig, ResolvedConfig, RuleSetting } from "./config/types.js";
