// Front matter and YAML metadata with the exact offset of every key and value.
import { isMap, isScalar, isSeq, Parser, parseDocument, type CST, type Document, type Node, type Pair } from "yaml";
import type { Metadata, MetadataEntry, ParseProblem } from "./model.js";

export interface FrontMatterParse {
  metadata: Metadata | null;
  /** Offset where the Markdown body starts (0 when there is no front matter). */
  bodyStart: number;
  problems: ParseProblem[];
}

// A line of the common flat form: `key: value` with a plain or quoted scalar that needs no YAML parser.
// The value is trimmed by hand: a lazy `(.*?)[ \t]*$` was quadratic on a value with a long run of spaces inside.
const simpleLine = /^([A-Za-z0-9_][\w.-]*):(?:[ \t]+(.*))?$/;
const plainUnsafe = /^[-?:,[\]{}#&*!|>'"%@`]|: |\s#|:$/;
const doubleQuoted = /^"(?:[^"\\]|\\["\\/bfnrt0 ]|\\u[0-9a-fA-F]{4})*"$/;
const singleQuoted = /^'(?:[^']|'')*'$/;

/**
 * Parses Markdown front matter (`---` … `---` at the very start). Simple `key: value` lines are read
 * by hand for speed; anything else goes through the `yaml` library, whose errors become problems.
 */
export function parseFrontMatter(text: string): FrontMatterParse {
  if (!text.startsWith("---")) return { metadata: null, bodyStart: 0, problems: [] };
  const firstEnd = text.indexOf("\n");
  const firstLine = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, "");
  if (firstLine.trimEnd() !== "---") return { metadata: null, bodyStart: 0, problems: [] };
  const yamlStart = firstEnd + 1;

  let pos = yamlStart;
  let closeStart = -1;
  let closeEnd = -1;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, "").trimEnd();
    if (line === "---" || line === "...") {
      closeStart = pos;
      closeEnd = end === text.length ? end : end + 1;
      break;
    }
    pos = end + 1;
  }
  if (closeStart === -1) {
    return {
      metadata: null,
      bodyStart: 0,
      problems: [{ message: 'Front matter is not closed: expected a "---" line after the metadata', offset: 0 }],
    };
  }
  const yamlText = text.slice(yamlStart, closeStart);
  const fast = parseSimpleMap(yamlText, yamlStart);
  if (fast) {
    return { metadata: { kind: "front-matter", entries: fast, start: 0, end: closeEnd }, bodyStart: closeEnd, problems: [] };
  }
  const { entries, problems, document } = parseYamlMap(yamlText, yamlStart, null);
  if (!entries && problems.length === 0 && document.contents !== null) {
    const kind = isSeq(document.contents) ? "a list" : "a single value";
    problems.push({ message: `Expected front matter to be a map of keys and values but found ${kind}`, offset: yamlStart });
  }
  return {
    metadata: entries ? { kind: "front-matter", entries, start: 0, end: closeEnd } : null,
    bodyStart: closeEnd,
    problems,
  };
}

function parseSimpleMap(yamlText: string, base: number): Map<string, MetadataEntry> | null {
  const entries = new Map<string, MetadataEntry>();
  let pos = 0;
  while (pos < yamlText.length) {
    let end = yamlText.indexOf("\n", pos);
    if (end === -1) end = yamlText.length;
    let line = yamlText.slice(pos, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() !== "" && !line.startsWith("#")) {
      const m = simpleLine.exec(line);
      if (!m) return null;
      const key = m[1]!;
      const raw = trimBlanksEnd(m[2] ?? "");
      if (entries.has(key) || raw === "") return null;
      let value: string;
      if (raw.startsWith('"')) {
        if (!doubleQuoted.test(raw)) return null;
        try {
          value = JSON.parse(raw.replace(/\\ /g, " ").replace(/\\0/g, "\\u0000")) as string;
        } catch {
          return null;
        }
      } else if (raw.startsWith("'")) {
        if (!singleQuoted.test(raw)) return null;
        value = raw.slice(1, -1).replace(/''/g, "'");
      } else {
        if (plainUnsafe.test(raw) || raw.includes("\t")) return null;
        value = raw;
      }
      const valueOffset = base + pos + line.indexOf(raw, key.length + 1);
      entries.set(key, { key, value, keyOffset: base + pos, valueOffset, valueEnd: valueOffset + raw.length });
    }
    pos = end + 1;
  }
  return entries;
}

/** `s` without trailing spaces and tabs. */
function trimBlanksEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Parses YAML with the `yaml` library and returns the entries of the top-level map, or of the map
 * under `under` (e.g. "metadata" in `### YamlMime:FAQ` files).
 */
export function parseYamlMap(
  yamlText: string,
  base: number,
  under: string | null,
): { entries: Map<string, MetadataEntry> | null; problems: ParseProblem[]; document: Document } {
  const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
  let openers: Record<Opener["kind"], number[]> | undefined;
  const problems: ParseProblem[] = document.errors.map((e) => {
    let at = e.pos?.[0] ?? 0;
    const wants = unclosedKind(e.code, e.message);
    if (wants) {
      openers ??= unclosedOpeners(yamlText);
      const opener = lastBefore(openers, wants, at);
      if (opener !== -1) at = opener;
    }
    return { message: `Invalid YAML: ${firstSentence(e.message)}`, offset: base + at };
  });
  let map: Node | null = document.contents as Node | null;
  if (under !== null) {
    map = isMap(map) ? ((map.get(under, true) as Node | undefined) ?? null) : null;
  }
  return { entries: entriesOf(map, yamlText, base), problems, document };
}

/** The entries of a YAML map node, or null when the node is not a map. `base` is the text's offset in the file. */
export function entriesOf(map: Node | null, yamlText: string, base: number): Map<string, MetadataEntry> | null {
  if (!isMap(map)) return null;
  const entries = new Map<string, MetadataEntry>();
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const valueNode = pair.value;
    let value: string | null = null;
    let valueOffset = base + pair.key.range[1];
    let valueEnd = valueOffset;
    if (valueNode && valueNode.range) {
      valueOffset = base + valueNode.range[0];
      valueEnd = base + valueNode.range[1];
      if (isScalar(valueNode)) value = scalarText(valueNode, yamlText);
      else if (isSeq(valueNode)) value = null;
    }
    entries.set(key, { key, value, keyOffset: base + pair.key.range[0], valueOffset, valueEnd });
  }
  return entries;
}

function scalarText(node: { value: unknown; source?: string; range?: [number, number, number] | null }, src: string): string | null {
  const v = node.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  // Numbers, booleans and dates keep the spelling of the file (a locfileid of 0123 must stay "0123").
  if (node.range) return src.slice(node.range[0], node.range[1]).trim();
  return String(v);
}

/** A quote or bracket that opens a scalar or flow collection the text never closes. */
interface Opener {
  kind: "quote" | "flow";
  offset: number;
}

/**
 * The kind of opener an error is about, when the parser reports it where it gave up looking for the
 * closing character (the end of the front matter for `title: "Unclosed`, the next key for `tags: [a, b`):
 * the finding belongs at the opening quote or bracket, where a person would add the missing one.
 */
function unclosedKind(code: string, message: string): Opener["kind"] | null {
  if (code === "MISSING_CHAR" && /closing ["']?quote/.test(message)) return "quote";
  if (code === "BAD_INDENT" && /^Flow (sequence|map)\b.*end with/.test(message)) return "flow";
  return null;
}

/** Offsets of quoted scalars with no closing quote and of flow collections with no closing bracket, ascending, by kind (yaml's CST). */
function unclosedOpeners(yamlText: string): Record<Opener["kind"], number[]> {
  const found: Opener[] = [];
  // An explicit stack, not recursion: front matter of 100,000 nested "[" is valid input.
  const stack: (CST.Token | null | undefined)[] = [...new Parser().parse(yamlText)];
  while (stack.length) {
    const token = stack.pop();
    if (!token) continue;
    switch (token.type) {
      case "double-quoted-scalar":
      case "single-quoted-scalar": {
        const quote = token.source[0]!;
        const body = token.source.slice(1).replace(quote === "'" ? /''/g : /\\./g, "");
        if (!body.includes(quote)) found.push({ kind: "quote", offset: token.offset });
        break;
      }
      case "flow-collection":
        if (!token.end.some((t) => t.type === "flow-seq-end" || t.type === "flow-map-end")) found.push({ kind: "flow", offset: token.start.offset });
        for (const item of token.items) stack.push(item.key, item.value);
        break;
      case "document":
        stack.push(token.value);
        break;
      case "block-map":
      case "block-seq":
        for (const item of token.items) stack.push("key" in item ? item.key : null, item.value);
        break;
      default:
        break;
    }
  }
  const byKind: Record<Opener["kind"], number[]> = { quote: [], flow: [] };
  for (const o of found) byKind[o.kind].push(o.offset);
  byKind.quote.sort((a, b) => a - b);
  byKind.flow.sort((a, b) => a - b);
  return byKind;
}

/** The offset of the last opener of `kind` before `at` (binary search in ascending offsets), or -1. */
function lastBefore(openers: Record<Opener["kind"], number[]>, kind: Opener["kind"], at: number): number {
  const list = openers[kind];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? -1 : list[lo - 1]!;
}

function firstSentence(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

/**
 * The front-matter entry at a key path: the key itself (`ms.sourcegitcommit`), else a dotted path
 * into nested maps (`l10n.sourceCommit` for `l10n:` then `  sourceCommit: …`), read with `yaml` only
 * when the first part names a map. Undefined when there is no scalar there.
 */
export function metadataEntryAt(text: string, metadata: Metadata | null, keyPath: string): MetadataEntry | undefined {
  if (!metadata) return undefined;
  const flat = metadata.entries.get(keyPath);
  if (flat || metadata.kind !== "front-matter" || !keyPath.includes(".")) return flat;
  const parts = keyPath.split(".");
  const head = metadata.entries.get(parts[0]!);
  if (!head || head.value !== null) return undefined;
  const yamlStart = text.indexOf("\n") + 1;
  const closeLine = text.lastIndexOf("\n", metadata.end - 2) + 1;
  const yamlText = text.slice(yamlStart, closeLine);
  const document = parseDocument(yamlText, { prettyErrors: false });
  const parent = document.getIn(parts.slice(0, -1), true) as Node | undefined;
  const entries = entriesOf(parent ?? null, yamlText, yamlStart);
  const found = entries?.get(parts.at(-1)!);
  return found ? { ...found, key: keyPath } : undefined;
}
