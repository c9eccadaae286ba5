// `--format <name|path|package>`: a built-in formatter, or a formatter module loaded the way ESLint loads one,
// so the `eslint-formatter-*` packages people already use work unchanged.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { LintResult } from "../types.js";
import { toEslintResults, type EslintResult } from "./json.js";
import { rulesMetaOf, type RuleMeta } from "./meta.js";
import { maxWarningsExceeded, type FormatOptions, type Formatter } from "./shared.js";

/** What ESLint passes a formatter besides the results (`ESLint.LintResultData`). */
export interface FormatterContext {
  cwd: string;
  rulesMeta: Record<string, RuleMeta>;
  color: boolean;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
}

/** An ESLint formatter module's export: text, or a promise of it. */
export type EslintFormatter = (results: EslintResult[], context: FormatterContext) => string | Promise<string>;

/** A loaded formatter: the whole report as text. */
export type LoadedFormatter = (result: LintResult, options: FormatOptions) => Promise<string>;

export class FormatterLoadError extends Error {}

/**
 * ESLint's package naming: "gitlab" → "eslint-formatter-gitlab", "@scope" → "@scope/eslint-formatter",
 * "@scope/x" → "@scope/eslint-formatter-x"; names that already carry the prefix are kept.
 */
export function formatterPackageName(name: string): string {
  const prefix = "eslint-formatter";
  if (name.startsWith("@")) {
    const slash = name.indexOf("/");
    if (slash === -1) return `${name}/${prefix}`;
    const scope = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    return rest === prefix || rest.startsWith(`${prefix}-`) ? name : `${scope}/${prefix}-${rest}`;
  }
  return name === prefix || name.startsWith(`${prefix}-`) ? name : `${prefix}-${name}`;
}

/** The file a format name designates: a path (it has a slash and is not a scoped package), else a package from `cwd`. */
export function resolveFormatter(name: string, cwd: string): string {
  const normalized = name.replace(/\\/g, "/");
  if (!normalized.startsWith("@") && normalized.includes("/")) return path.resolve(cwd, normalized);
  const packageName = formatterPackageName(normalized);
  try {
    return createRequire(path.join(cwd, "__placeholder__.js")).resolve(packageName);
  } catch {
    throw new FormatterLoadError(`cannot find the formatter "${name}": no built-in format of that name, and no package "${packageName}" installed where loclint runs`);
  }
}

/** `builtins` are the formatters known by name; anything else is loaded as an ESLint formatter module. */
export async function loadFormatter(name: string, cwd: string, builtins: Readonly<Record<string, Formatter>>): Promise<LoadedFormatter> {
  if (Object.hasOwn(builtins, name)) {
    const builtin = builtins[name]!;
    return async (result, options) => builtin(result, options);
  }
  const file = resolveFormatter(name, cwd);
  let loaded: unknown;
  try {
    loaded = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND" ? "no such file" : (error as Error).message.split("\n")[0];
    throw new FormatterLoadError(`cannot load the formatter "${name}" (${file}): ${reason}`);
  }
  if (typeof loaded !== "function") throw new FormatterLoadError(`the formatter "${name}" (${file}) does not export a function`);
  const formatter = loaded as EslintFormatter;
  return async (result, options) => {
    const context: FormatterContext = { cwd: options.cwd, rulesMeta: rulesMetaOf(result, options), color: options.color };
    const exceeded = maxWarningsExceeded(result, options);
    if (exceeded) context.maxWarningsExceeded = exceeded;
    const text: unknown = await formatter(toEslintResults(result), context);
    if (text === undefined || text === null) return "";
    return typeof text === "string" ? text : String(text);
  };
}
