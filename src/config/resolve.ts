// Merging defaults, the config file and `--rule` flags, and the per-file rule settings that overrides give.
import path from "node:path";
import type { Severity } from "../types.js";
import { statSync } from "node:fs";
import { type ConfigSource, ConfigError, configError, quote } from "./errors.js";
import { compileGlob } from "./glob.js";
import { MARKDOWNLINT_RULE_ID, markdownlintDefaults } from "./markdownlint.js";
import { type ConfigFile, findConfigFile, readConfigFile } from "./read.js";
import { DEFAULT_COMMIT_KEYS, DEFAULT_HASH_KEY, type KnownRule, type Override, type ResolvedConfig, type RuleConfig, type RuleSetting } from "./types.js";
import { type NormalizedSetting, type ValidatedConfig, parseSeverity, validateConfig, validateRules } from "./validate.js";

export const DEFAULT_INCLUDE: readonly string[] = ["**/*.md", "**/*.mdx", "**/*.yml", "**/*.yaml"];
export const ALWAYS_IGNORED: readonly string[] = ["**/node_modules/**", "**/.git/**"];
export const DEFAULT_SOURCE_LOCALE = "en-us";

const CLI_SOURCE: ConfigSource = { file: null, label: "--rule", prefix: [], joiner: " " };

export interface LoadConfigOptions {
  /** Where the upward search starts; also what paths in messages are relative to. */
  cwd: string;
  /** `--config <path>` (relative to `cwd`): skips the search; a missing file is an error. */
  configPath?: string;
  knownRules: ReadonlyMap<string, KnownRule>;
  /** `--rule` settings (from `parseRuleFlag`); they win over the config file and its overrides. */
  cliRules?: Record<string, RuleSetting>;
  /**
   * The paths being linted (relative to `cwd`): the search starts from each of them (a file's folder)
   * before `cwd`, as markdownlint-cli2 and ESLint look for configuration near the files they lint.
   */
  searchFrom?: readonly string[];
}

/**
 * Finds, reads, validates and merges the configuration. With no config file, every default applies
 * and `baseDir` is `cwd`. Rule settings merge as defaults ← config `rules` ← `cliRules`; a setting
 * with options replaces earlier options (shallow-merged over the rule's defaults), one without keeps them.
 * @throws ConfigError for any mistake, with a one-line message naming the file and the key.
 */
export async function loadConfig(opts: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = path.resolve(opts.cwd);
  const file =
    opts.configPath !== undefined ? await readConfigFile(path.resolve(cwd, opts.configPath), cwd) : await findConfigNear(cwd, opts.searchFrom ?? []);
  const user: ValidatedConfig = file ? validateConfig(file.value, file.source, opts.knownRules) : { rules: new Map(), overrides: [] };
  const cli = validateRules(CLI_SOURCE, [], opts.cliRules ?? {}, opts.knownRules);
  const configFile = file?.source.file ?? null;
  const baseDir = configFile === null ? cwd : path.dirname(configFile);
  if (user.source !== undefined && file && !isFolder(path.resolve(baseDir, user.source))) {
    throw configError(file.source, ["source"], `the folder ${quote(user.source)} does not exist (relative to ${quote(path.relative(cwd, baseDir) || ".")})`);
  }

  const markdownlint = user.markdownlint ?? false;
  const markdownlintPath = typeof markdownlint === "string" ? path.resolve(baseDir, markdownlint) : markdownlint;
  const rules = new Map<string, RuleConfig>();
  for (const [id, rule] of opts.knownRules) {
    let defaults: RuleConfig = { severity: rule.defaultSeverity, options: { ...rule.defaultOptions } };
    if (id === MARKDOWNLINT_RULE_ID) defaults = await markdownlintDefaults(defaults, markdownlintPath, file?.source ?? CLI_SOURCE);
    rules.set(id, applySetting(applySetting(defaults, user.rules.get(id)), cli.get(id)));
  }

  return {
    configFile,
    baseDir,
    rules,
    layout: user.layout ?? "auto",
    source: user.source === undefined ? null : path.resolve(baseDir, user.source),
    sourceLocale: user.sourceLocale ?? DEFAULT_SOURCE_LOCALE,
    include: user.include ?? [...DEFAULT_INCLUDE],
    ignore: [...ALWAYS_IGNORED, ...(user.ignore ?? [])],
    gitignore: user.gitignore ?? true,
    scope: user.scope ?? "published",
    overrides: user.overrides.map((override) => {
      const resolved: Override = { rules: toSettings(override.rules) };
      if (override.files) resolved.files = override.files;
      if (override.locales) resolved.locales = override.locales;
      return resolved;
    }),
    markdownlint: markdownlintPath,
    provenance: {
      commitKeys: user.provenance?.commitKey !== undefined ? [user.provenance.commitKey] : [...DEFAULT_COMMIT_KEYS],
      hashKey: user.provenance?.hashKey !== undefined ? user.provenance.hashKey : DEFAULT_HASH_KEY,
    },
    cliRules: toSettings(cli),
  };
}

interface CompiledOverride {
  files: RegExp[] | null;
  locales: Set<string> | null;
  rules: [string, NormalizedSetting][];
}

interface CompiledConfig {
  overrides: CompiledOverride[];
  cli: [string, NormalizedSetting][];
  /** Rule maps by which overrides matched ("0110"). */
  byMatch: Map<string, Map<string, RuleConfig>>;
}

const compiledConfigs = new WeakMap<ResolvedConfig, CompiledConfig>();

/**
 * The rules for one file: `config.rules` with each matching override applied in order, then `--rule`
 * flags again. `files` globs are matched against the path relative to `baseDir` (`/` separators),
 * `locales` case-insensitively; an override with both needs both. A file outside `baseDir` matches no
 * `files` glob, and one whose locale is null matches no `locales`. The map is shared between files with the same matches: do not mutate it.
 * Globs are compiled on first use, so later changes to `config.overrides` are not seen.
 */
export function rulesForFile(config: ResolvedConfig, absPath: string, locale: string | null): Map<string, RuleConfig> {
  const compiled = compile(config);
  if (compiled.overrides.length === 0) return config.rules;
  const relative = path.relative(config.baseDir, path.resolve(config.baseDir, absPath)).split(path.sep).join("/");
  // `**` would happily match `../`: a file outside the config folder matches no `files` glob.
  const inside = relative !== ".." && !relative.startsWith("../") && !path.isAbsolute(relative);
  const wanted = locale === null ? null : locale.toLowerCase();
  let signature = "";
  for (const override of compiled.overrides) {
    const localeMatches = override.locales === null || (wanted !== null && override.locales.has(wanted));
    const fileMatches = override.files === null || (inside && override.files.some((glob) => glob.test(relative)));
    signature += localeMatches && fileMatches ? "1" : "0";
  }
  if (!signature.includes("1")) return config.rules;
  let rules = compiled.byMatch.get(signature);
  if (!rules) {
    rules = new Map(config.rules);
    compiled.overrides.forEach((override, index) => {
      if (signature[index] === "1") for (const [id, setting] of override.rules) rules!.set(id, applySetting(rules!.get(id), setting));
    });
    for (const [id, setting] of compiled.cli) rules.set(id, applySetting(rules.get(id), setting));
    compiled.byMatch.set(signature, rules);
  }
  return rules;
}

function compile(config: ResolvedConfig): CompiledConfig {
  let compiled = compiledConfigs.get(config);
  if (!compiled) {
    compiled = {
      overrides: config.overrides.map((override) => ({
        files: override.files ? override.files.map(compileGlob) : null,
        locales: override.locales ? new Set(override.locales.map((locale) => locale.toLowerCase())) : null,
        rules: Object.entries(override.rules).map(([id, setting]) => [id, normalize(id, setting)]),
      })),
      cli: Object.entries(config.cliRules ?? {}).map(([id, setting]) => [id, normalize(id, setting)]),
      byMatch: new Map(),
    };
    compiledConfigs.set(config, compiled);
  }
  return compiled;
}

/**
 * The configuration file for a run over `paths`: the nearest one above each path (its own folder for a
 * folder, the folder holding it for a file), else the nearest one above `cwd`. Paths that find
 * different files are an error: one run has one configuration.
 */
async function findConfigNear(cwd: string, paths: readonly string[]): Promise<ConfigFile | null> {
  const starts = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      continue; // discovery reports a missing path
    }
    starts.add(stat.isDirectory() ? abs : path.dirname(abs));
  }
  const atCwd = await findConfigFile(cwd);
  const found = new Map<string, ConfigFile>();
  for (const start of starts) {
    // cwd itself or a folder above it: cwd's own search answers for it.
    const rel = path.relative(start, cwd);
    const file = rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel)) ? atCwd : await findConfigFile(start, cwd);
    if (file) found.set(file.source.file ?? "", file);
  }
  if (found.size > 1) {
    const names = [...found.keys()].map((f) => quote(path.relative(cwd, f) || f));
    throw new ConfigError(`the paths given find different configuration files (${names.join(" and ")}); lint them in separate runs, or choose one with --config`, null, null);
  }
  const [only] = found.values();
  return only ?? atCwd;
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The overrides whose `files` globs match none of `files` (absolute paths): most often a glob written
 * for another layout, or a folder renamed. One line each, naming the override.
 */
export function overridesMatchingNothing(config: ResolvedConfig, files: readonly string[]): string[] {
  const compiled = compile(config);
  const label = config.configFile ?? "configuration";
  const relatives = files.map((f) => path.relative(config.baseDir, f).split(path.sep).join("/")).filter((r) => r !== ".." && !r.startsWith("../"));
  const unused: string[] = [];
  compiled.overrides.forEach((override, index) => {
    if (!override.files) return;
    if (relatives.some((r) => override.files!.some((glob) => glob.test(r)))) return;
    const globs = config.overrides[index]!.files!.map((g) => quote(g)).join(", ");
    unused.push(`${path.basename(label)}: overrides[${index}].files (${globs}) matches no file of this run`);
  });
  return unused;
}

function applySetting(current: RuleConfig | undefined, setting: NormalizedSetting | undefined): RuleConfig {
  const base = current ?? { severity: "off", options: {} };
  if (!setting) return base;
  return { severity: setting.severity, options: { ...(setting.options ?? base.options) } };
}

function toSettings(rules: Map<string, NormalizedSetting>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, { severity, options }] of rules) settings[id] = options ? [severity, options] : severity;
  return settings;
}

/** Settings in a ResolvedConfig are normalized by loadConfig; this also accepts a hand-built config's. */
function normalize(id: string, setting: RuleSetting): NormalizedSetting {
  const raw: unknown = Array.isArray(setting) ? setting[0] : setting;
  const severity: Severity | null = parseSeverity(raw);
  if (severity === null) throw new ConfigError(`rules.${JSON.stringify(id)}: invalid severity ${JSON.stringify(raw)}`, null, id);
  return { severity, options: Array.isArray(setting) && setting.length === 2 ? setting[1] : null };
}
