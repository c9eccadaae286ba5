// ConfigError, and the helpers that give every configuration mistake the same one-line shape.

/** Where a value sits in a config file: `["rules", "span-pairing", 1]`. */
export type KeyPath = readonly (string | number)[];

/**
 * A mistake in configuration (a config file or a `--rule` flag). The message is one line,
 * `<file>[:line:col]: <key path>: <problem>`, e.g.
 * `loclint.config.json: rules."span-pairs": unknown rule "span-pairs"; did you mean "span-pairing"?`.
 */
export class ConfigError extends Error {
  /** Absolute path of the config file, or null for a command-line flag. */
  readonly file: string | null;
  /** Key path as printed (`rules."span-pairing"`, `overrides[0].files`), or null when the whole file is at fault. */
  readonly key: string | null;

  constructor(message: string, file: string | null = null, key: string | null = null) {
    super(oneLine(message));
    this.name = "ConfigError";
    this.file = file;
    this.key = key;
  }
}

/** The file a value came from: its absolute path, how to show it, and the keys above the config (`loclint` in package.json). */
export interface ConfigSource {
  file: string | null;
  label: string;
  prefix: KeyPath;
  /** Between label and key path; default ": " (`--rule "id": ...` uses " "). */
  joiner?: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `rules."span-pairing"`, `overrides[0].files[2]`, `loclint.include`. */
export function formatKeyPath(keys: KeyPath): string {
  let out = "";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += out === "" ? quote(key) : `.${quote(key)}`;
  }
  return out;
}

export function configError(
  source: ConfigSource,
  keys: KeyPath | null,
  problem: string,
  position?: { line: number; column: number },
): ConfigError {
  const where = position ? `${source.label}:${position.line}:${position.column}` : source.label;
  const fullKeys = keys === null ? null : [...source.prefix, ...keys];
  const key = fullKeys && fullKeys.length > 0 ? formatKeyPath(fullKeys) : null;
  return new ConfigError(key ? `${where}${source.joiner ?? ": "}${key}: ${problem}` : `${where}: ${problem}`, source.file, key);
}

/** A string in double quotes, escaped as JSON so that it stays on one line. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** A value as named in a message: scalars literally (`"warning"`, `42`), containers by kind (`an array`). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return quote(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
