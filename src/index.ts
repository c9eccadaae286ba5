// Public API of the loclint package.
export { lint, type LintOptions, type LintOutcome } from "./lint.js";
export { runCli, type CliIo } from "./cli/index.js";
export { outputFixes, type FixesWritten } from "./engine/write.js";
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
} from "./engine/baseline.js";
export { unifiedDiff } from "./engine/diff.js";
export { ConfigError } from "./config/index.js";
export { GitError } from "./git/run.js";
export { rules } from "../rules/index.js";
export { defineRule, findingAt, relatedAt, type Rule, type RuleContext } from "./engine/rule.js";
export type { LocalizedFile } from "./parse/file.js";
export type { SiblingGroup } from "./engine/group.js";
export type * from "./types.js";
export type { UserConfig, ResolvedConfig, RuleSetting } from "./config/types.js";
