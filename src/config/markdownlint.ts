// The `markdownlint` setting: whether the markdownlint rule is on by default, and the user's .markdownlint file.
import fs from "node:fs";
import { type ParseError, parse as parseJsonc, printParseErrorCode } from "jsonc-parser";
import { readTextFile, readTextFileAsync } from "../fs/index.js";
import type { Configuration } from "markdownlint";
import { parse as parseYaml } from "yaml";
import { type ConfigSource, configError } from "./errors.js";
import type { RuleConfig } from "./types.js";

/** The rule that runs markdownlint; the top-level `markdownlint` key configures it. */
export const MARKDOWNLINT_RULE_ID = "markdownlint";

/**
 * The markdownlint rule's defaults for a `markdownlint` setting: false leaves the rule off (a `rules`
 * setting can still turn it on), true keeps its default severity and options, and a path (absolute)
 * also makes the file's markdownlint configuration (with `extends` resolved) its `config` option.
 * @throws ConfigError when the file cannot be read or parsed.
 */
export async function markdownlintDefaults(defaults: RuleConfig, setting: boolean | string, source: ConfigSource): Promise<RuleConfig> {
  if (setting === false) return { ...defaults, severity: "off" };
  if (setting === true) return defaults;
  const { readConfig } = await import("markdownlint/promise");
  let config: object;
  try {
    config = await readConfig(setting, [parseJsoncStrict, (text: string) => parseYaml(text) as Configuration], SAFE_FS);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const problem = e.code === "ENOENT" ? `markdownlint config file not found: ${setting}` : `cannot read the markdownlint config file ${setting}: ${e.message ?? String(error)}`;
    throw configError(source, ["markdownlint"], problem);
  }
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw configError(source, ["markdownlint"], `the markdownlint config file ${setting} does not hold an object`);
  }
  return { ...defaults, options: { ...defaults.options, config } };
}

/** markdownlint reads the file and its `extends` chain itself: through the file layer, so a FIFO or `/dev/zero` fails at once. */
const SAFE_FS = {
  access: (file: string, callback: (error: Error) => void) => fs.access(file, (error) => callback(error as Error)),
  accessSync: (file: string) => fs.accessSync(file),
  readFile: (file: string, _encoding: string, callback: (error: Error, text: string) => void) => {
    readTextFileAsync(file).then(
      (text) => callback(null as unknown as Error, text),
      (error: Error) => callback(error, ""),
    );
  },
  readFileSync: (file: string) => readTextFile(file),
};

function parseJsoncStrict(text: string): Configuration {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true }) as Configuration;
  if (errors.length > 0) throw new Error(`${printParseErrorCode(errors[0]!.error)} at offset ${errors[0]!.offset}`);
  return value;
}
