// A file's blocks as alignment sees them: kind, heading id, and the tokens a translation must keep.
import type { LocalizedFile } from "../parse/file.js";
import type { Block } from "../parse/model.js";
import { codeLines } from "./code.js";

/**
 * What a block is for alignment. The scanner's kinds, refined from the text: a paragraph holding only a
 * Docs alert (`> [!NOTE]`) is "alert", one starting with an HTML tag is "html", and one that is only an
 * include or shortcode (`[!INCLUDE …]`, `:::image …:::`, `{{< … >}}`, `{{% … %}}`, `:::note`) is "marker".
 */
export type AlignKind = "heading" | "paragraph" | "list-item" | "table-row" | "code" | "definition" | "alert" | "html" | "marker";

export interface AlignBlock {
  /** Position in the file's block list. */
  index: number;
  kind: AlignKind;
  /** [start, end) in the file's text (see {@link Block}). */
  start: number;
  end: number;
  /** Heading level, list item depth; 0 otherwise. */
  level: number;
  quote: number;
  /** Headings: the explicit id (`{#id}`) or `<a name>`/`id` anchor, null when there is none. */
  id: string | null;
  /** Code: the fence's language (first word of the info string, lower case), "" when none. */
  lang: string;
  /**
   * What translation must keep, in document order: link targets, bare URLs, inline code, numbers,
   * anchors, shortcode and marker names; for code, its lines without comments. Every token starts with
   * a one-letter type and a colon (`l:`, `u:`, `c:`, `n:`, `a:`, `s:`, `k:`).
   */
  tokens: string[];
  /** The tokens sorted and joined: blocks with equal keys keep the same invariants. */
  key: string;
  /** The tokens as interned ids, sorted (for fast overlap counts). */
  ids: Int32Array;
  /** The block's share of its file's text (0..1), for telling blocks without tokens apart. */
  share: number;
}

const cache = new WeakMap<LocalizedFile, AlignBlock[]>();
const NO_IDS = new Int32Array(0);
/** Token → id, shared by every file of the thread so that ids compare across files; grows with the run's distinct tokens. */
const interned = new Map<string, number>();

function intern(token: string): number {
  let id = interned.get(token);
  if (id === undefined) {
    id = interned.size;
    interned.set(token, id);
  }
  return id;
}

/** The file's blocks (comments left out), built once per file. YAML files have none. */
export function alignBlocks(file: LocalizedFile): AlignBlock[] {
  let blocks = cache.get(file);
  if (blocks) return blocks;
  blocks = file.kind === "markdown" && !file.unreadable ? build(file) : [];
  cache.set(file, blocks);
  return blocks;
}

/** Alignment keys by character: locale path segments are neutral (`/de-de/` is `/en-us/` translated). */
const LOCALE_SEGMENT = /\/[a-z]{2}(?:-[a-z]{2,4})?(?:-[a-z]{2})?\//i;
const URL = /\bhttps?:\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;
/** Digit runs: "1,000" and "1.000" give the same tokens, so do "04/27/2021" and "27.04.2021" as a multiset. */
const NUMBER = /\d+/g;
const SHORTCODE = /\{\{[<%][\s/]*([\w.-]+)/g;
const MARKER = /\[!([A-Za-z]+)|^:::[ \t]*([A-Za-z][\w-]*)/gm;
const HEADING_ID = /\{#([^}\s]+)\}\s*$/;
const HTML_START = /^<\/?[A-Za-z][\w-]*(?:[\s/>]|$)/;
const MARKER_ONLY = /^(?:\[!INCLUDE\b[^\]]*\]\([^)]*\)\]|:::image\b[\s\S]*?:::|\{\{[<%][\s\S]*?[>%]\}\}|:::[ \t]*[A-Za-z][\w-]*[^\n]*|\[!div\b[^\]]*\])\s*$/i;

export function normalizeTarget(target: string): string {
  let t = target.trim();
  if (t.includes("&amp;")) t = t.replace(/&amp;/g, "&");
  const m = LOCALE_SEGMENT.exec(t);
  if (m && /^\/(?:[a-z]{2}-[a-z]{2,4}|[a-z]{2})\/$/i.test(m[0]) && isLocaleLike(m[0].slice(1, -1))) t = `${t.slice(0, m.index)}/{locale}/${t.slice(m.index + m[0].length)}`;
  return t;
}

function isLocaleLike(segment: string): boolean {
  // Two letters alone are too common as real path segments ("/go/", "/js/"): only `xx-yy` counts.
  return /^[a-z]{2}-[a-z]{2,4}$/i.test(segment);
}

function build(file: LocalizedFile): AlignBlock[] {
  const scan = file.markdown;
  const text = file.text;
  const links = scan.links;
  const anchors = scan.anchors;
  const code = scan.codeRanges;
  // Inline code spans only: fences are blocks of their own. The scanner lists spans after their fence, so sort.
  const spans = code.filter((r) => text.charCodeAt(r[0]) === 96 && !isFenceAt(text, r[0])).sort((a, b) => a[0] - b[0]);
  const total = Math.max(1, text.length - file.bodyStart);
  const out: AlignBlock[] = [];
  let li = 0;
  let ai = 0;
  let si = 0;
  for (const b of scan.blocks) {
    if (b.kind === "comment") continue;
    while (li < links.length && links[li]!.start < b.start) li++;
    while (ai < anchors.length && anchors[ai]!.offset < b.start) ai++;
    while (si < spans.length && spans[si]![0] < b.start) si++;
    const block = makeBlock(file, b, out.length, total);
    if (b.kind === "code") {
      block.tokens = codeLines(text.slice(b.contentStart ?? b.start, b.contentEnd ?? b.end), block.lang).map((l) => `k:${l.text}`);
    } else {
      const tokens: string[] = [];
      const linkOffsets = new Set<number>();
      for (let k = li; k < links.length && links[k]!.start < b.end; k++) {
        tokens.push(`l:${normalizeTarget(links[k]!.target)}`);
        linkOffsets.add(links[k]!.offset);
      }
      for (let k = ai; k < anchors.length && anchors[k]!.offset < b.end; k++) tokens.push(`a:${anchors[k]!.name}`);
      const masked = maskedProse(text, b.start, b.end, spans, si, tokens, linkOffsets);
      URL.lastIndex = 0;
      for (let m = URL.exec(masked); m; m = URL.exec(masked)) tokens.push(`u:${normalizeTarget(m[0])}`);
      const withoutUrls = masked.includes("://") ? masked.replace(URL, " ") : masked;
      NUMBER.lastIndex = 0;
      for (let m = NUMBER.exec(withoutUrls); m; m = NUMBER.exec(withoutUrls)) tokens.push(`n:${Number(m[0])}`);
      SHORTCODE.lastIndex = 0;
      for (let m = SHORTCODE.exec(masked); m; m = SHORTCODE.exec(masked)) tokens.push(`s:${m[1]!.toLowerCase()}`);
      MARKER.lastIndex = 0;
      for (let m = MARKER.exec(masked); m; m = MARKER.exec(masked)) tokens.push(`s:${(m[1] ?? m[2]!).toUpperCase()}`);
      if (block.kind === "heading" && block.id && !tokens.includes(`a:${block.id}`)) tokens.push(`a:${block.id}`);
      block.tokens = tokens;
    }
    const sorted = [...block.tokens].sort();
    block.key = sorted.join("\n");
    block.ids = Int32Array.from(block.tokens, intern).sort();
    out.push(block);
  }
  return out;
}

function makeBlock(file: LocalizedFile, b: Block, index: number, total: number): AlignBlock {
  const text = file.text;
  let kind: AlignKind = b.kind === "comment" ? "html" : b.kind;
  let id: string | null = null;
  let lang = "";
  let end = b.end;
  if (b.kind === "heading") {
    const line = text.slice(b.start, b.end);
    const m = HEADING_ID.exec(line);
    if (m) id = m[1]!;
    else {
      const a = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']*)["']/i.exec(line);
      if (a) id = a[1]!;
    }
  } else if (b.kind === "code") {
    lang = (b.info ?? "").split(/[\s{,]/)[0]!.toLowerCase();
  } else if (b.kind === "paragraph") {
    const c = text.charCodeAt(b.start);
    if (c === 60 && HTML_START.test(text.slice(b.start, Math.min(b.end, b.start + 40)))) kind = "html";
    else if (c === 91 || c === 58 || c === 123) {
      const body = text.slice(b.start, b.end);
      if (b.quote > 0 && /^\[!(?!INCLUDE|div)[A-Za-z]+\]\s*$/i.test(body.split("\n")[0]!.trim())) kind = "alert";
      else if (MARKER_ONLY.test(body)) kind = "marker";
    }
  }
  if (end < b.start) end = b.start;
  return { index, kind, start: b.start, end, level: b.level, quote: b.quote, id, lang, tokens: [], key: "", ids: NO_IDS, share: (end - b.start) / total };
}

function isFenceAt(text: string, at: number): boolean {
  return text.startsWith("```", at) && (at === 0 || text.charCodeAt(at - 1) === 10 || /^[ \t>]*$/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at)));
}

/**
 * The block's text with inline code spans and link destinations blanked (their tokens are taken
 * whole), so numbers and URLs are read from prose only. Inline code becomes `c:` tokens.
 */
function maskedProse(text: string, start: number, end: number, spans: readonly [number, number][], si: number, tokens: string[], linkOffsets: Set<number>): string {
  let out = "";
  let at = start;
  for (let k = si; k < spans.length && spans[k]![0] < end; k++) {
    const [s, e] = spans[k]!;
    if (s < at) continue;
    out += text.slice(at, s);
    tokens.push(`c:${text.slice(s, Math.min(e, end)).replace(/^`+|`+$/g, "").trim()}`);
    out += " ";
    at = Math.min(e, end);
  }
  out += text.slice(at, end);
  if (linkOffsets.size === 0) return out;
  // Link destinations hold numbers and URLs already counted as `l:` tokens: blank them out.
  return out.replace(/\]\([^)\s]*\)/g, "]( )").replace(/\b(?:href|src)\s*=\s*"[^"]*"/gi, " ");
}
