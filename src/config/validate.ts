// Validating what users write (UserConfig) into normalized settings, one ConfigError per mistake.
import type { Severity } from "../types.js";
import { type ConfigSource, type KeyPath, configError, describeValue, isPlainObject, quote } from "./errors.js";
import { didYouMean } from "./suggest.js";
import type { KnownRule } from "./types.js";

/** A rule setting after validation: `options` already has the rule's defaults merged in; null keeps earlier options. */
export interface NormalizedSetting {
  severity: Severity;
  options: Record<string, unknown> | null;
}

export interface ValidatedOverride {
  files: string[] | null;
  locales: string[] | null;
  rules: Map<string, NormalizedSetting>;
}

/** A config file's settings, checked; absent keys are undefined. */
export interface ValidatedConfig {
  rules: Map<string, NormalizedSetting>;
  layout?: "auto" | { pattern: string };
  source?: string;
  sourceLocale?: string;
  include?: string[];
  ignore?: string[];
  gitignore?: boolean;
  overrides: ValidatedOverride[];
  markdownlint?: boolean | string;
  provenance?: { commitKey?: string; hashKey?: string | null };
}

const TOP_LEVEL_KEYS = [
  "$schema",
  "gitignore",
  "ignore",
  "include",
  "layout",
  "markdownlint",
  "overrides",
  "provenance",
  "rules",
  "source",
  "sourceLocale",
] as const;
const OVERRIDE_KEYS = ["files", "locales", "rules"] as const;
const LAYOUT_KEYS = ["pattern"] as const;
const PROVENANCE_KEYS = ["commitKey", "hashKey"] as const;

const SEVERITIES: readonly Severity[] = ["off", "warn", "error"];
const ALLOWED_SEVERITIES = 'expected "off", "warn" or "error" (or 0, 1, 2)';

/** `"off"`, `"warn"`, `"error"`, or ESLint's 0, 1, 2; null for anything else. */
export function parseSeverity(value: unknown): Severity | null {
  if (typeof value === "number") return Number.isInteger(value) ? (SEVERITIES[value] ?? null) : null;
  if (typeof value === "string") return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : null;
  return null;
}

/** The problem text for a value that is not a severity. */
export function severityProblem(value: unknown): string {
  const hint = typeof value === "string" ? didYouMean(value, SEVERITIES) : "";
  return `invalid severity ${describeValue(value)}; ${ALLOWED_SEVERITIES}${hint}`;
}

export function validateConfig(
  value: unknown,
  source: ConfigSource,
  knownRules: ReadonlyMap<string, KnownRule>,
): ValidatedConfig {
  if (!isPlainObject(value)) {
    throw source.prefix.length > 0
      ? configError(source, [], `expected an object, found ${describeValue(value)}`)
      : configError(source, null, `expected an object at the top level, found ${describeValue(value)}`);
  }
  checkKeys(source, [], value, TOP_LEVEL_KEYS);
  const config: ValidatedConfig = { rules: new Map(), overrides: [] };
  if (value.rules !== undefined) config.rules = validateRules(source, ["rules"], value.rules, knownRules);
  if (value.layout !== undefined) config.layout = validateLayout(source, value.layout);
  if (value.source !== undefined) config.source = expectString(source, ["source"], value.source, "a folder path");
  if (value.sourceLocale !== undefined) config.sourceLocale = expectString(source, ["sourceLocale"], value.sourceLocale, "a locale");
  if (value.include !== undefined) config.include = expectStrings(source, ["include"], value.include, "glob");
  if (value.ignore !== undefined) config.ignore = expectStrings(source, ["ignore"], value.ignore, "glob");
  if (value.gitignore !== undefined) config.gitignore = expectBoolean(source, ["gitignore"], value.gitignore);
  if (value.overrides !== undefined) config.overrides = validateOverrides(source, value.overrides, knownRules);
  if (value.markdownlint !== undefined) {
    const setting = value.markdownlint;
    if (typeof setting !== "boolean" && (typeof setting !== "string" || setting === "")) {
      throw configError(source, ["markdownlint"], `expected true, false or the path of a .markdownlint file, found ${describeValue(setting)}`);
    }
    config.markdownlint = setting;
  }
  if (value.provenance !== undefined) config.provenance = validateProvenance(source, value.provenance);
  if (value.$schema !== undefined) expectString(source, ["$schema"], value.$schema, "a schema URL");
  return config;
}

export function validateRules(
  source: ConfigSource,
  keys: KeyPath,
  value: unknown,
  knownRules: ReadonlyMap<string, KnownRule>,
): Map<string, NormalizedSetting> {
  if (!isPlainObject(value)) throw configError(source, keys, `expected an object of rule settings, found ${describeValue(value)}`);
  const rules = new Map<string, NormalizedSetting>();
  for (const [id, setting] of Object.entries(value)) {
    rules.set(id, validateRuleSetting(source, [...keys, id], id, setting, knownRules));
  }
  return rules;
}

/** Checks one `"id": setting` entry: the rule exists, the severity is valid, the options pass the rule's check. */
export function validateRuleSetting(
  source: ConfigSource,
  keys: KeyPath,
  id: string,
  value: unknown,
  knownRules: ReadonlyMap<string, KnownRule>,
): NormalizedSetting {
  const rule = knownRules.get(id);
  if (!rule) throw configError(source, keys, `unknown rule ${quote(id)}${didYouMean(id, knownRules.keys())}`);
  if (!Array.isArray(value)) {
    if (typeof value !== "string" && typeof value !== "number") {
      throw configError(source, keys, `expected a severity or [severity, options], found ${describeValue(value)}`);
    }
    const severity = parseSeverity(value);
    if (severity === null) throw configError(source, keys, severityProblem(value));
    return { severity, options: null };
  }
  if (value.length < 1 || value.length > 2) {
    throw configError(source, keys, `expected [severity] or [severity, options], found an array of ${value.length} items`);
  }
  const severity = parseSeverity(value[0]);
  if (severity === null) throw configError(source, [...keys, 0], severityProblem(value[0]));
  if (value.length === 1) return { severity, options: null };
  const given: unknown = value[1];
  if (!isPlainObject(given)) throw configError(source, [...keys, 1], `options must be an object, found ${describeValue(given)}`);
  const options = { ...rule.defaultOptions, ...given };
  const problem = rule.validateOptions?.(options) ?? null;
  if (problem !== null) throw configError(source, [...keys, 1], `invalid options: ${problem}`);
  return { severity, options };
}

function validateLayout(source: ConfigSource, value: unknown): "auto" | { pattern: string } {
  if (value === "auto") return value;
  if (!isPlainObject(value)) {
    throw configError(source, ["layout"], `expected "auto" or { "pattern": "..." }, found ${describeValue(value)}`);
  }
  checkKeys(source, ["layout"], value, LAYOUT_KEYS);
  if (value.pattern === undefined) throw configError(source, ["layout"], `missing key "pattern"`);
  const pattern = expectString(source, ["layout", "pattern"], value.pattern, "a path pattern");
  if (!pattern.includes("{locale}")) {
    throw configError(source, ["layout", "pattern"], `the pattern must contain "{locale}", found ${quote(pattern)}`);
  }
  return { pattern };
}

function validateProvenance(source: ConfigSource, value: unknown): { commitKey?: string; hashKey?: string | null } {
  if (!isPlainObject(value)) throw configError(source, ["provenance"], `expected an object with "commitKey" and "hashKey", found ${describeValue(value)}`);
  checkKeys(source, ["provenance"], value, PROVENANCE_KEYS);
  const result: { commitKey?: string; hashKey?: string | null } = {};
  if (value.commitKey !== undefined) result.commitKey = expectString(source, ["provenance", "commitKey"], value.commitKey, "a front-matter key");
  if (value.hashKey === null) result.hashKey = null;
  else if (value.hashKey !== undefined) result.hashKey = expectString(source, ["provenance", "hashKey"], value.hashKey, "a front-matter key or null");
  return result;
}

function validateOverrides(
  source: ConfigSource,
  value: unknown,
  knownRules: ReadonlyMap<string, KnownRule>,
): ValidatedOverride[] {
  if (!Array.isArray(value)) throw configError(source, ["overrides"], `expected an array of overrides, found ${describeValue(value)}`);
  return value.map((entry: unknown, index) => {
    const keys = ["overrides", index];
    if (!isPlainObject(entry)) throw configError(source, keys, `expected an object, found ${describeValue(entry)}`);
    checkKeys(source, keys, entry, OVERRIDE_KEYS);
    const files = entry.files === undefined ? null : expectStrings(source, [...keys, "files"], entry.files, "glob");
    const locales = entry.locales === undefined ? null : expectStrings(source, [...keys, "locales"], entry.locales, "locale");
    if (files === null && locales === null) throw configError(source, keys, `an override needs "files" or "locales"`);
    if (files?.length === 0) throw configError(source, [...keys, "files"], "must not be empty");
    if (locales?.length === 0) throw configError(source, [...keys, "locales"], "must not be empty");
    if (entry.rules === undefined) throw configError(source, keys, `missing key "rules"`);
    return { files, locales, rules: validateRules(source, [...keys, "rules"], entry.rules, knownRules) };
  });
}

function checkKeys(source: ConfigSource, keys: KeyPath, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const names = allowed.filter((name) => !name.startsWith("$"));
      throw configError(source, [...keys, key], `unknown key ${quote(key)}${didYouMean(key, names)}`);
    }
  }
}

function expectString(source: ConfigSource, keys: KeyPath, value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw configError(source, keys, `expected ${what} (a non-empty string), found ${describeValue(value)}`);
  return value;
}

function expectBoolean(source: ConfigSource, keys: KeyPath, value: unknown): boolean {
  if (typeof value !== "boolean") throw configError(source, keys, `expected true or false, found ${describeValue(value)}`);
  return value;
}

function expectStrings(source: ConfigSource, keys: KeyPath, value: unknown, what: "glob" | "locale"): string[] {
  if (!Array.isArray(value)) throw configError(source, keys, `expected an array of ${what}s, found ${describeValue(value)}`);
  return value.map((item: unknown, index) => {
    if (typeof item !== "string" || item === "") throw configError(source, [...keys, index], `expected a ${what} (a non-empty string), found ${describeValue(item)}`);
    return item;
  });
}
