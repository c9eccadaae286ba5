// YAML localized files (TOC.yml, `### YamlMime:FAQ`, landing pages): metadata view and link targets.
import { isMap, isScalar, visit, type Node } from "yaml";
import { entriesOf, parseYamlMap } from "./frontmatter.js";
import type { Link, Metadata, ParseProblem } from "./model.js";

export interface YamlFileParse {
  metadata: Metadata | null;
  links: Link[];
  problems: ParseProblem[];
  /** The `### YamlMime:X` type, when the file declares one. */
  yamlMime: string | null;
}

/** Keys whose scalar values are link targets in Docs YAML (TOC, landing and hub pages). */
const linkKeys = new Set(["href", "tocHref", "topicHref", "url", "src", "imageSrc", "homepage"]);

export function parseYamlFile(text: string): YamlFileParse {
  const mime = /^### YamlMime:(\S+)/.exec(text);
  const { entries, problems, document } = parseYamlMap(text, 0, null);
  let metadata: Metadata | null = null;
  const root = document.contents as Node | null;
  if (isMap(root)) {
    const inner = root.get("metadata", true) as Node | undefined;
    if (isMap(inner) && inner.range) {
      const nested = entriesOf(inner, text, 0);
      if (nested) metadata = { kind: "yaml-metadata", entries: nested, start: inner.range[0], end: inner.range[1] };
    } else if (entries && [...entries.keys()].some((k) => k.startsWith("ms."))) {
      metadata = { kind: "yaml-root", entries, start: root.range?.[0] ?? 0, end: root.range?.[1] ?? text.length };
    }
  }
  const links: Link[] = [];
  visit(document, {
    Pair(_key, pair) {
      const k = pair.key as Node | null;
      const v = pair.value as Node | null;
      if (!isScalar(k) || !isScalar(v) || !v.range) return;
      if (!linkKeys.has(String(k.value)) || typeof v.value !== "string" || v.value === "") return;
      let offset = v.range[0];
      const first = text[offset];
      if (first === '"' || first === "'") offset++;
      links.push({ target: v.value.trim(), offset, kind: "yaml", start: k.range?.[0] ?? offset });
    },
  });
  return { metadata, links, problems: entries === null && problems.length === 0 ? [] : problems, yamlMime: mime?.[1] ?? null };
}

/**
 * A same-length copy of a YAML file in which escaped quotes and `\n` escapes of double-quoted
 * strings become real quotes and newlines, so the Markdown and HTML scanners can read Markdown kept
 * in YAML strings with offsets that still point into the original text.
 */
export function yamlMarkdownView(text: string): string {
  if (text.indexOf("\\") === -1) return text;
  // An escaped quote after "=" opens an attribute value (`= "`), any other closes one (`" `): the padding
  // stays outside the value, so `source=\"x.png\"` reads as `source= "x.png" `.
  return text.replace(/=?\\"/g, (m) => (m.length === 3 ? '= "' : '" ')).replace(/\\n/g, " \n");
}
