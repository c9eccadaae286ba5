// The formatters by name: the CLI's `--format` picks one and writes what it returns.
import type { LintResult } from "../types.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatJson, formatJsonWithMetadata } from "./json.js";
import { loadFormatter as loadFormatterModule, type LoadedFormatter } from "./load.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { type FormatOptions, type Formatter, wellFormed } from "./shared.js";
import { formatStatusJson } from "./status-json.js";
import { formatStylish } from "./stylish.js";

export type { FormatOptions, Formatter } from "./shared.js";
export { toEslintResults, type EslintResult, type EslintMessage } from "./json.js";
export { toSarif, type SarifLog } from "./sarif.js";
export { rulesMetaOf, type RuleMeta } from "./meta.js";
export { FormatterLoadError, formatterPackageName, type EslintFormatter, type FormatterContext, type LoadedFormatter } from "./load.js";

const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  compact: formatCompact,
  json: formatJson,
  "json-with-metadata": formatJsonWithMetadata,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  html: formatHtml,
  markdown: formatMarkdown,
  "status-json": formatStatusJson,
};

/** The built-in formats that show the run's status (`FormatOptions.status`): the others never read it. */
export const statusFormats: ReadonlySet<string> = new Set(["html", "markdown", "status-json"]);

/** The names `formatResults` accepts, default ("stylish") first. */
export const formatNames: readonly string[] = Object.freeze(Object.keys(formatters));

/**
 * The whole report as text, to be written as is: it ends with "\n" unless it is empty, which
 * stylish, compact and github are when there is no finding. Throws on an unknown format name.
 */
export function formatResults(format: string, result: LintResult, options: FormatOptions): string {
  const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined;
  if (!formatter) {
    throw new Error(`Unknown format "${format}"; expected one of ${formatNames.map((n) => `"${n}"`).join(", ")}`);
  }
  // Every format is valid Unicode: JSON and SARIF through their replacer, the text formats here.
  return wellFormed(formatter(result, options));
}

/**
 * A built-in formatter by name, else an ESLint formatter module: a path (relative to `cwd`) or a package
 * resolved from `cwd` ("gitlab" → eslint-formatter-gitlab). Throws FormatterLoadError when there is none.
 */
export function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  return loadFormatterModule(name, cwd, formatters);
}
