// Configuration shapes: what users write (UserConfig) and what the engine uses (ResolvedConfig).
import type { Severity } from "../types.js";

/**
 * `"error"`, `["warn"]` or `["error", { ...options }]`, as in ESLint. Config files may also write
 * ESLint's 0, 1, 2; after loading, severities are always the words.
 */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export interface Override {
  /** Globs relative to the config file's folder (`**\/de-de/**`, `partner-center/*.md`). */
  files?: string[];
  /** Locales the override applies to (`de-de`, `ja-jp`; case-insensitive). */
  locales?: string[];
  rules: Record<string, RuleSetting>;
}

export interface UserConfig {
  rules?: Record<string, RuleSetting>;
  /** How locales appear in paths. Default "auto": `<name>.<locale>` folders, then `<root>/<locale>/` folders. */
  layout?: "auto" | { pattern: string };
  /** The English source tree, a folder with the same relative paths as each locale root. */
  source?: string;
  /** Locale of the source tree. Default "en-us". */
  sourceLocale?: string;
  /** Globs of files to lint. Default `["**\/*.md", "**\/*.yml", "**\/*.yaml"]`. */
  include?: string[];
  /** Globs never linted (in addition to .gitignore). */
  ignore?: string[];
  /** Honour .gitignore files. Default true. */
  gitignore?: boolean;
  overrides?: Override[];
  /** Run markdownlint's rules too: true, or the path of a `.markdownlint.*` file. Default false. */
  markdownlint?: boolean | string;
  /** Where a translation names the English version it was made from (see {@link ProvenanceConfig}). */
  provenance?: { commitKey?: string; hashKey?: string | null };
}

/**
 * The front-matter keys that pin a translation to its English source: `commitKeys` (the English
 * commit it was translated from, a dotted path reaching into nested maps: `l10n.sourceCommit`), the
 * first present being used, and `hashKey` (the SHA-1 of the English file then), or null for none.
 */
export interface ProvenanceConfig {
  commitKeys: string[];
  hashKey: string | null;
}

/** The commit keys looked for without configuration: Microsoft Docs, MDN translated-content, OpenTelemetry. */
export const DEFAULT_COMMIT_KEYS: readonly string[] = ["ms.sourcegitcommit", "l10n.sourceCommit", "default_lang_commit"];
export const DEFAULT_HASH_KEY = "ms.openlocfilehash";

/** What configuration needs to know about a rule (the rule registry provides it). */
export interface KnownRule {
  id: string;
  defaultSeverity: "warn" | "error";
  /** Options a setting's own options are shallow-merged over (a plain object; `object` so a typed rule fits). */
  defaultOptions?: object;
  /** Checks the merged options; returns a one-line problem (`"max" must be a positive number`) or null. */
  validateOptions?(options: Record<string, unknown>): string | null;
}

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, or null when defaults are used. */
  configFile: string | null;
  /** Folder that globs and relative paths in the config are resolved against (absolute). */
  baseDir: string;
  /** Every known rule, with its severity (default or configured) and options (defaults merged). */
  rules: Map<string, RuleConfig>;
  layout: "auto" | { pattern: string };
  /** Absolute path of the English source tree, when configured. */
  source: string | null;
  sourceLocale: string;
  include: string[];
  /** The configured globs after `**\/node_modules/**` and `**\/.git/**`, which are always ignored. */
  ignore: string[];
  gitignore: boolean;
  /** As written, except that rule settings are normalized to `[severity]` or `[severity, options with defaults]`. */
  overrides: Override[];
  /** A path is absolute (resolved against `baseDir`). */
  markdownlint: boolean | string;
  /** The pin keys; absent in a hand-built config, which means the defaults. */
  provenance?: ProvenanceConfig;
  /**
   * `--rule` settings, normalized as in `overrides`. Already part of `rules`; kept so that `rulesForFile`
   * can apply them again after overrides, since the command line wins over everything.
   */
  cliRules?: Record<string, RuleSetting>;
}
