// Configuration: finding, validating and merging loclint's settings.
export { ConfigError } from "./errors.js";
export { compileGlob } from "./glob.js";
export { CONFIG_FILE_NAMES } from "./read.js";
export { ALWAYS_IGNORED, DEFAULT_INCLUDE, DEFAULT_SOURCE_LOCALE, type LoadConfigOptions, loadConfig, overridesMatchingNothing, rulesForFile } from "./resolve.js";
export { parseRuleFlag } from "./rule-flag.js";
export type { KnownRule, Override, ResolvedConfig, RuleConfig, RuleSetting, UserConfig } from "./types.js";
