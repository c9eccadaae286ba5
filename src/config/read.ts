// Finding the config file (upward from the working folder) and parsing JSON, JSONC and YAML.
import { asReadError, readTextFileAsync } from "../fs/index.js";
import path from "node:path";
import { type Node as JsonNode, type ParseError, parseTree, getNodeValue, printParseErrorCode, stripComments } from "jsonc-parser";
import { parseDocument } from "yaml";
import { type ConfigSource, type KeyPath, configError, quote } from "./errors.js";

/** Names looked for in each folder, in order; the first found wins. */
export const CONFIG_FILE_NAMES = [
  "loclint.config.json",
  "loclint.config.jsonc",
  "loclint.config.yaml",
  "loclint.config.yml",
  ".loclintrc.json",
  "package.json",
] as const;

/** The key of loclint's settings inside package.json. */
export const PACKAGE_JSON_KEY = "loclint";

export interface ConfigFile {
  source: ConfigSource;
  /** The settings: the whole file, or package.json's `loclint` value (not yet validated). */
  value: unknown;
}

/** Searches `start` and each folder above it; null when there is no config file up to the root. Messages name files relative to `cwd`. */
export async function findConfigFile(start: string, cwd: string = start): Promise<ConfigFile | null> {
  let dir = path.resolve(start);
  while (true) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      const text = await readIfFile(file, cwd);
      if (text === null) continue;
      const found = parseConfigText(text, file, cwd);
      // A package.json without our key belongs to someone else: keep looking.
      if (found) return found;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads the file named by `--config`; a missing file or package.json without the key is an error. */
export async function readConfigFile(file: string, cwd: string): Promise<ConfigFile> {
  const source = sourceFor(file, cwd, []);
  let text: string;
  try {
    text = await readTextFileAsync(file);
  } catch (error) {
    const e = asReadError(error);
    if (e.code === "ENOENT") throw configError(source, null, "config file not found");
    if (e.code === "EISDIR") throw configError(source, null, "is a folder, not a config file");
    throw configError(source, null, `cannot read the config file (${e.message})`);
  }
  const found = parseConfigText(text, file, cwd);
  if (!found) throw configError(source, null, `no ${quote(PACKAGE_JSON_KEY)} key`);
  return found;
}

/** Parses a config file's text; null for a package.json without a `loclint` key. */
export function parseConfigText(text: string, file: string, cwd: string): ConfigFile | null {
  const source = sourceFor(file, cwd, []);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const ext = path.extname(file).toLowerCase();
  const isPackage = path.basename(file) === "package.json";
  const value =
    ext === ".json" || ext === ".jsonc" ? parseJson(body, source, ext === ".json" ? "JSON" : "JSONC", isPackage) : parseYaml(body, source);
  if (!isPackage) return { source, value };
  if (typeof value !== "object" || value === null || Array.isArray(value) || !(PACKAGE_JSON_KEY in value)) return null;
  return { source: sourceFor(file, cwd, [PACKAGE_JSON_KEY]), value: (value as Record<string, unknown>)[PACKAGE_JSON_KEY] };
}

/** How a config file is named in messages: relative to the working folder when that is shorter. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(path.resolve(cwd), file);
  const shown = relative === "" || path.isAbsolute(relative) || relative.length > file.length ? file : relative;
  return shown.split(path.sep).join("/");
}

function sourceFor(file: string, cwd: string, prefix: KeyPath): ConfigSource {
  return { file, label: displayPath(file, cwd), prefix };
}

/** A config file's text; null when there is none of that name (a folder of that name is none either). */
async function readIfFile(file: string, cwd: string): Promise<string | null> {
  try {
    return await readTextFileAsync(file);
  } catch (error) {
    const e = asReadError(error);
    if (e.code === "ENOENT" || e.code === "EISDIR") return null;
    // A FIFO, a device, a link to /dev/zero, an unreadable or oversized file where a config should be.
    throw configError(sourceFor(file, cwd, []), null, `cannot read the config file (${e.message})`);
  }
}

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "invalid symbol",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon",
  CommaExpected: "expected a comma",
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "invalid comment",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character",
};

/**
 * JSON with comments and trailing commas allowed (as tsconfig.json), duplicate keys refused:
 * in a package.json only under our key, since the rest is npm's business.
 */
function parseJson(text: string, source: ConfigSource, kind: string, isPackage: boolean): unknown {
  // A file with nothing but comments and blanks is an empty config, not a syntax error.
  if (stripComments(text).trim() === "") return {};
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    throw configError(source, null, `invalid ${kind}: ${JSON_ERRORS[code] ?? code}`, positionAt(text, first.offset));
  }
  if (!tree) return {};
  if (!isPackage) checkDuplicateKeys(tree, [], text, source);
  else if (tree.type === "object") {
    for (const property of tree.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode?.value === PACKAGE_JSON_KEY && valueNode) checkDuplicateKeys(valueNode, [PACKAGE_JSON_KEY], text, source);
    }
  }
  return getNodeValue(tree) as unknown;
}

/** Throws for the first duplicate key in document order. A loop with its own stack: a config nested 100,000 deep must not overflow. */
function checkDuplicateKeys(root: JsonNode, rootKeys: (string | number)[], text: string, source: ConfigSource): void {
  interface Frame {
    node: JsonNode;
    keys: (string | number)[];
    /** The next child to visit. */
    next: number;
    seen: Set<string>;
  }
  const stack: Frame[] = [{ node: root, keys: rootKeys, next: 0, seen: new Set() }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { node, keys } = frame;
    const children = node.type === "object" || node.type === "array" ? (node.children ?? []) : [];
    if (frame.next >= children.length) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const child = children[index]!;
    if (node.type === "array") {
      stack.push({ node: child, keys: [...keys, index], next: 0, seen: new Set() });
      continue;
    }
    const [keyNode, valueNode] = child.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    if (frame.seen.has(key)) throw configError(source, [...keys, key], "duplicate key", positionAt(text, keyNode.offset));
    frame.seen.add(key);
    if (valueNode) stack.push({ node: valueNode, keys: [...keys, key], next: 0, seen: new Set() });
  }
}

function parseYaml(text: string, source: ConfigSource): unknown {
  const doc = parseDocument(text, { prettyErrors: false });
  const first = doc.errors[0];
  if (first) throw configError(source, null, `invalid YAML: ${first.message}`, positionAt(text, first.pos[0]));
  // An empty document (blank, or only comments) is an empty config.
  if (doc.contents === null) return {};
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

/** 1-based line and column (UTF-16 code units) of an offset; CRLF counts as one line break. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
