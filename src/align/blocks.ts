// A file's blocks as alignment sees them: kind, heading id, and the tokens a translation must keep.
import { normalizeLocaleTag } from "../shared/locale-tag.js";
import type { LocalizedFile } from "../parse/file.js";
import type { Block, Link } from "../parse/model.js";
import { slugify } from "../parse/slug.js";
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
  /** Headings: the text without `#`s and id, lower case: an untranslated heading (a term, a product name) pairs by it. */
  title: string;
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
  /** Kind and key in one string: what an anchor must share with its partner. */
  anchor: string;
  /** The block's share of its file's text (0..1), for telling blocks without tokens apart. */
  share: number;
  /**
   * Table rows: the cells' text, trimmed and lower-cased, empty ones left out. A translation keeps many
   * cells as they are (names, languages, symbols), which tells rows without tokens apart. Empty otherwise.
   */
  cells: string[];
  /**
   * Paragraphs and list items without a link or code: the Latin-script words with a capital letter
   * (Java, Kubernetes, gRPC), names a translation mostly keeps, which tell such blocks apart. Empty otherwise.
   */
  names: string[];
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

/** A path segment shaped like a locale tag (`/de-de/`, `/ko/`, `/zh_Hans/`); {@link normalizeLocaleTag} says whether it is one. */
const LOCALE_SEGMENT = /\/([a-z]{2,3}(?:[-_][a-z0-9]{2,4}){0,2})(?=\/|$)/gi;
const HEADING_ID = /\{#([^}\s]+)\}\s*$/;
const HTML_START = /^<\/?[A-Za-z][\w-]*(?:[\s/>]|$)/;
/** Inline HTML a paragraph may start with (`<kbd>Ctrl</kbd> を押して…`): still a paragraph, not an HTML block. */
const INLINE_TAG = /^<(?:a|abbr|b|bdi|bdo|br|cite|code|data|dfn|em|i|img|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b/i;
/** A paragraph that is only an attribute list (`{#install}`, `{.note}`): markup for the block after it, not content. */
const ATTRIBUTES_ONLY = /^\{[#.][^{}\n]*\}\s*$/;
/** A paragraph that is only a Docs or GitHub alert marker line, with an optional title: `> [!NOTE]`, `> [!CAUTION] Title`. */
const ALERT_MARKER_LINE = /^[ \t]*(?:>[ \t]*)*\[!(?!INCLUDE|div)[A-Za-z]+\][^\n]*$/i;
/** Content that is only Hugo shortcodes. */
const SHORTCODES_ONLY = /^\s*(?:\{\{[<%][\s\S]*?[>%]\}\}\s*)+$/;
const MARKER_ONLY = /^(?:\[!INCLUDE\b[^\]]*\]\([^)]*\)\]|:::image\b[\s\S]*?:::|\{\{[<%][\s\S]*?[>%]\}\}|:::[ \t]*\p{L}[\p{L}\w-]*[^\n]*|\[!div\b[^\]]*\])\s*$/iu;

/** A link target as compared: `&amp;` is `&`, and a locale path segment (`/de-de/`, `/ko/`, `/zh-hans/`) is left out (a link localized to the reader's language). */
export function normalizeTarget(target: string): string {
  let t = target.trim();
  if (t.includes("&amp;")) t = t.replace(/&amp;/g, "&");
  // Percent-encoding and a query's `+` for a blank are how a link is written, not where it goes: `%22good+first+issue%22` is `%22good%20first%20issue%22`.
  if (t.includes("%") || t.includes("+")) t = decodeTarget(t);
  if (!t.includes("/")) return t;
  LOCALE_SEGMENT.lastIndex = 0;
  for (let m = LOCALE_SEGMENT.exec(t); m; m = LOCALE_SEGMENT.exec(t)) {
    // Left out, not blanked: Hugo's English `/docs/x/` is its Korean `/ko/docs/x/`.
    if (normalizeLocaleTag(m[1]!) !== null) return t.slice(0, m.index) + t.slice(m.index + m[0].length);
  }
  return t;
}

/** True when `next` continues the blockquote `b` is in: as deep a quote, with only blank quote lines between. */
function quoteGoesOn(text: string, b: Block, next: Block | undefined): boolean {
  return next !== undefined && next.quote >= b.quote && /^[\s>]*$/.test(text.slice(b.end, next.start).replace(/^[^\n]*/, ""));
}

/** A target with `+` read as a blank and its runs of percent-escapes decoded (a run that is no UTF-8 stays as written). */
function decodeTarget(t: string): string {
  return t.replace(/\+/g, " ").replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
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
  const scanned = scan.blocks;
  for (let bi = 0; bi < scanned.length; bi++) {
    const b = scanned[bi]!;
    if (b.kind === "comment") continue;
    if (b.kind === "paragraph" && text.charCodeAt(b.start) === 123 && ATTRIBUTES_ONLY.test(text.slice(b.start, b.end))) continue;
    // An alert's marker on a line of its own (`> [!NOTE]`, then `>` and the text) is the admonition's syntax, as
    // `{{% alert %}}`, `{{< note >}}` or `:::note` are in other translations of the same page: its text is compared.
    // A marker line the quote ends with (`> [!IMPORTANT] Note the path.`) holds the alert's text itself.
    if (b.kind === "paragraph" && b.quote > 0 && ALERT_MARKER_LINE.test(text.slice(b.start, b.end)) && quoteGoesOn(text, b, scanned[bi + 1])) continue;
    while (li < links.length && links[li]!.start < b.start) li++;
    while (ai < anchors.length && anchors[ai]!.offset < b.start) ai++;
    while (si < spans.length && spans[si]![0] < b.start) si++;
    const block = makeBlock(file, b, out.length, total);
    if (block.kind === "code") {
      block.tokens = codeLines(text.slice(b.contentStart ?? b.start, b.contentEnd ?? b.end), block.lang).map((l) => `k:${l.key}`);
    } else {
      const tokens: string[] = [];
      for (; li < links.length && links[li]!.start < b.end; li++) tokens.push(`l:${normalizeTarget(links[li]!.target)}`);
      for (; ai < anchors.length && anchors[ai]!.offset < b.end; ai++) tokens.push(`a:${anchors[ai]!.name}`);
      si = proseTokens(text, b.start, b.end, spans, si, links, tokens);
      // A heading's anchor: its explicit id, else the slug of its text (what an English heading without an
      // id is linked by, and what a translation keeps as `{#slug}`), so a reordered glossary still pairs.
      if (block.kind === "heading") {
        const anchor = block.id ?? slugify(block.title);
        if (anchor && !tokens.includes(`a:${anchor}`)) tokens.push(`a:${anchor}`);
      }
      block.tokens = tokens;
    }
    if ((block.kind === "paragraph" || block.kind === "list-item") && block.tokens.every((t) => t.startsWith("n:"))) block.names = namesOf(text.slice(b.start, block.end));
    if (block.tokens.length > 0) {
      block.key = block.tokens.length === 1 ? block.tokens[0]! : [...block.tokens].sort().join("\n");
      block.anchor = `${block.kind}\n${block.key}`;
      block.ids = Int32Array.from(block.tokens, intern).sort();
    }
    out.push(block);
  }
  return out;
}

function makeBlock(file: LocalizedFile, b: Block, index: number, total: number): AlignBlock {
  const text = file.text;
  let kind: AlignKind = b.kind === "comment" ? "html" : b.kind;
  let id: string | null = null;
  let title = "";
  let lang = "";
  let end = b.end;
  if (b.kind === "heading") {
    const line = text.slice(b.start, b.end);
    title = line.replace(/^#{1,6}[ \t]+/, "").replace(/[ \t]*\{#[^}]*\}[ \t]*$/, "").replace(/[ \t]+#+[ \t]*$/, "").trim().toLowerCase();
    const m = HEADING_ID.exec(line);
    if (m) id = m[1]!;
    else {
      const a = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']*)["']/i.exec(line);
      if (a) id = a[1]!;
    }
  } else if (b.kind === "code") {
    lang = (b.info ?? "").split(/[\s{,]/)[0]!.toLowerCase();
    // Shortcodes indented four blanks (`    {{% /tab %}}`) read as code, but Hugo runs them: markers.
    if (lang === "" && SHORTCODES_ONLY.test(text.slice(b.contentStart ?? b.start, b.contentEnd ?? b.end))) kind = "marker";
  } else if (b.kind === "paragraph") {
    const c = text.charCodeAt(b.start);
    if (c === 60 && HTML_START.test(text.slice(b.start, Math.min(b.end, b.start + 40))) && !INLINE_TAG.test(text.slice(b.start, Math.min(b.end, b.start + 12)))) kind = "html";
    else if (c === 91 || c === 58 || c === 123) {
      const body = text.slice(b.start, b.end);
      // `[label]:` with its destination on the next line is a link definition (the scanner reads one-line ones);
      // a footnote `[^1]:` is one whether its text follows the colon or starts on the next, indented, line.
      if (c === 91 && (FOOTNOTE.test(body) || isDefinitionRun(body))) kind = "definition";
      if (kind === "definition") {
        // Kept as is.
      } else if (b.quote > 0 && /^\[!(?!INCLUDE|div)[A-Za-z]+\]/i.test(body)) kind = "alert";
      // A shortcode around prose (`{{% alert %}} Restart it. {{% /alert %}}`) is a paragraph: its text is translated.
      else if (MARKER_ONLY.test(body) && !(c === 123 && /\p{L}/u.test(body.replace(/\{\{[<%][\s\S]*?[>%]\}\}/g, "")))) kind = "marker";
    }
  }
  if (end < b.start) end = b.start;
  return { index, kind, start: b.start, end, level: b.level, quote: b.quote, id, title, lang, tokens: [], key: "", ids: NO_IDS, anchor: "", share: (end - b.start) / total, cells: b.kind === "table-row" ? cellsOf(text.slice(b.start, end)) : NO_CELLS, names: NO_CELLS };
}

const NO_CELLS: string[] = [];

/** A table row's cells as compared (see {@link AlignBlock.cells}): `| Cart | .NET | ✅ |` gives cart, .net, ✅. */
function cellsOf(row: string): string[] {
  const out: string[] = [];
  for (const cell of row.replace(/\\\|/g, "\u0000").split("|")) {
    const c = cell.trim().toLowerCase();
    if (c !== "" && !/^[-:\s]+$/.test(c)) out.push(c);
  }
  return out;
}

/**
 * Latin-script words with a capital letter, at most one each (see {@link AlignBlock.names}), a plural
 * `s` dropped (SDKs is SDK); the block's first word is left out, capital because it starts the sentence
 * ("Use for", "Examples").
 */
function namesOf(text: string): string[] {
  const out = new Set<string>();
  let first = true;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[.+#/-][A-Za-z0-9]+)*/g)) {
    if (first) {
      first = false;
      continue;
    }
    const w = m[0];
    if (w.length > 1 && /[A-Z]/.test(w)) out.add(w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w);
  }
  return [...out];
}

/** Lines that are all `[label]: destination` definitions, a destination possibly on the line after its label. */
/** A footnote definition's start: `[^label]:`. */
const FOOTNOTE = /^\[\^[^\]\s]+\]:/;

function isDefinitionRun(body: string): boolean {
  const lines = body.split("\n");
  let k = 0;
  while (k < lines.length) {
    const m = /^[ \t]*\[[^\]]+\]:[ \t]*(\S*)/.exec(lines[k]!);
    if (!m) return false;
    k++;
    // The destination on the next line when the label's line has none.
    if (m[1] === "" && k < lines.length && !/^[ \t]*\[/.test(lines[k]!)) k++;
  }
  return true;
}

function isFenceAt(text: string, at: number): boolean {
  return text.startsWith("```", at) && (at === 0 || text.charCodeAt(at - 1) === 10 || /^[ \t>]*$/.test(text.slice(text.lastIndexOf("\n", at - 1) + 1, at)));
}

/**
 * Reads the prose tokens of [start, end) in one pass: inline code spans (`c:`, from `spans`, sorted,
 * from index `si`), bare URLs (`u:`), numbers (`n:`, see {@link readNumber}: "1,000", "1 000" and
 * "١٬٠٠٠" give the same token, "04/27/2021" and "27.04.2021" the same multiset), shortcode names (`{{< name`, `{{% name`) and Docs
 * markers (`[!NOTE`, `:::image`) as `s:`. Link destinations are skipped: they are `l:` tokens already.
 * Returns the index of the first span at or after `end`.
 */
function proseTokens(text: string, start: number, end: number, spans: readonly [number, number][], si: number, links: readonly Link[], tokens: string[]): number {
  // Link destinations of this block, as [from, to) ranges, in order.
  let li = firstLinkAt(links, start);
  let i = start;
  while (i < end) {
    while (si < spans.length && spans[si]![1] <= i) si++;
    const span = spans[si];
    if (span && span[0] <= i) {
      tokens.push(`c:${text.slice(span[0], Math.min(span[1], end)).replace(/^`+|`+$/g, "").trim()}`);
      i = span[1];
      continue;
    }
    while (li < links.length && links[li]!.offset + links[li]!.target.length <= i) li++;
    const link = links[li];
    if (link && link.offset <= i && link.target.length > 0) {
      i = link.offset + link.target.length;
      continue;
    }
    // Jump natively to the next character that may start a token, or to the next span or link destination.
    let stop = end;
    if (span && span[0] < stop) stop = span[0];
    if (link && link.offset < stop) stop = link.offset;
    const found = nextTokenStart(text, i);
    if (found >= stop) {
      i = stop;
      continue;
    }
    i = found;
    const c = text.charCodeAt(i);
    if (digitValue(c) !== -1) {
      const n = readNumber(text, i, end);
      if (n.value !== null) tokens.push(`n:${n.value}`);
      i = n.next;
    } else if (c === 60 && isLetter(text.charCodeAt(i + 1))) {
      // An HTML tag's attributes (`width="32"`) are markup, not prose: skipped to its `>` on the line.
      let j = i + 1;
      while (j < end && text.charCodeAt(j) !== 62 && text.charCodeAt(j) !== 10) j++;
      i = j + 1;
    } else if (c === 104 && text.startsWith("http", i) && (text.startsWith("://", i + 4) || text.startsWith("s://", i + 4))) {
      let j = i;
      while (j < end && isUrlChar(text.charCodeAt(j))) j++;
      while (j > i && isTrailingPunctuation(text.charCodeAt(j - 1))) j--;
      tokens.push(`u:${normalizeTarget(text.slice(i, j))}`);
      i = j;
    } else if (c === 123 && text.charCodeAt(i + 1) === 123 && (text.charCodeAt(i + 2) === 60 || text.charCodeAt(i + 2) === 37)) {
      let j = i + 3;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 47)) j++;
      const k = j;
      while (j < end && isNameChar(text.charCodeAt(j))) j++;
      if (j > k) tokens.push(`s:${text.slice(k, j).toLowerCase()}`);
      i = j;
    } else if (c === 91 && text.charCodeAt(i + 1) === 33) {
      let j = i + 2;
      while (j < end && isLetter(text.charCodeAt(j))) j++;
      if (j > i + 2) tokens.push(`s:${text.slice(i + 2, j).toUpperCase()}`);
      i = j;
    } else if (c === 58 && text.startsWith(":::", i) && (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 62)) {
      let j = i + 3;
      while (j < end && text.charCodeAt(j) === 32) j++;
      const k = j;
      while (j < end && isNameChar(text.charCodeAt(j))) j++;
      if (j > k) tokens.push(`s:${text.slice(k, j).toUpperCase()}`);
      i = Math.max(j, i + 3);
    } else i++;
  }
  while (si < spans.length && spans[si]![0] < end) si++;
  return si;
}

/** Characters a prose token starts with: a digit (of any script {@link digitValue} reads), `<`, `h` (of http), `{`, `[`, `:`. */
const TOKEN_START = /[0-9<h{[:\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\uFF10-\uFF19]/g;

/** The last search, reused while the scan stays before its answer: each character is searched once per file. */
const lastSearch = { text: "", from: -1, found: -1 };

/** Offset of the first {@link TOKEN_START} character at or after `i` (the text's length when none). */
function nextTokenStart(text: string, i: number): number {
  if (lastSearch.text === text && lastSearch.from <= i && i <= lastSearch.found) return lastSearch.found;
  TOKEN_START.lastIndex = i;
  const found = TOKEN_START.test(text) ? TOKEN_START.lastIndex - 1 : text.length;
  lastSearch.text = text;
  lastSearch.from = i;
  lastSearch.found = found;
  return found;
}

function firstLinkAt(links: readonly Link[], offset: number): number {
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Zero of each decimal digit script a translation may write numbers in: ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width. */
const DIGIT_ZEROS = [48, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

/** The value 0..9 of a decimal digit in any script of {@link DIGIT_ZEROS}, else -1. */
export function digitValue(c: number): number {
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
  return -1;
}

/** Thousands separators between groups of three digits: `1,000`, `1.000`, `1 000` (also no-break and thin spaces), `1'000`, `1٬000`. */
const GROUPING = new Set([44, 46, 32, 0xa0, 0x202f, 0x2009, 39, 0x2019, 0x66c]);
/** After a number, what makes it a time of day, which translations write their own way (`0600 PT` is `午前6時（PT）`, `18:00` is `6 PM`). */
const TIME_AFTER = /^[ \t\u00a0]?(?:[aApP]\.?[mM]\b\.?|(?:UTC|GMT|Z|[A-Z]{1,4}T)\b)/;

/**
 * Reads the number that starts at `i`: digits of any script as their ASCII value, thousands groups
 * joined (`1,000`, `1.000`, `1 000` and `1000` are all "1000"), leading zeros dropped. A decimal part
 * or the parts of a date or version are numbers of their own (`27.04.2021` and `04/27/2021` give the
 * same three). Times of day (`18:00`, `6 pm`, `0600 PT`) and footnote or citation markers (`[3]`,
 * `\[3\]`, `[^3]`, `<sup>3</sup>`, which a translation numbers its own way) give no value.
 */
export function readNumber(text: string, i: number, end: number): { value: string | null; next: number } {
  let digits = "";
  let j = i;
  const group = () => {
    const from = j;
    for (let d = digitValue(text.charCodeAt(j)); j < end && d !== -1; d = digitValue(text.charCodeAt(++j))) digits += String.fromCharCode(48 + d);
    return j - from;
  };
  const first = group();
  // Thousands groups: exactly three digits after a separator, the first group of one to three.
  if (first <= 3) {
    while (j + 4 <= end && GROUPING.has(text.charCodeAt(j)) && digitValue(text.charCodeAt(j + 1)) !== -1) {
      let k = j + 1;
      while (k < end && digitValue(text.charCodeAt(k)) !== -1) k++;
      if (k - (j + 1) !== 3) break;
      j++;
      group();
    }
  }
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(j);
  // Footnote and citation markers are the file's own numbering.
  if ((before === 91 || (before === 94 && text.charCodeAt(i - 2) === 91)) && (after === 93 || (after === 92 && text.charCodeAt(j + 1) === 93))) return { value: null, next: j };
  if (before === 62 && /<sup>$/i.test(text.slice(Math.max(0, i - 5), i))) return { value: null, next: j };
  // Times of day: H:MM (and :SS), or a number followed by am/pm or a time zone.
  if (digits.length <= 2 && after === 58 && digitValue(text.charCodeAt(j + 1)) !== -1 && digitValue(text.charCodeAt(j + 2)) !== -1 && digitValue(text.charCodeAt(j + 3)) === -1) {
    j += 3;
    if (text.charCodeAt(j) === 58 && digitValue(text.charCodeAt(j + 1)) !== -1 && digitValue(text.charCodeAt(j + 2)) !== -1) j += 3;
    const zone = TIME_AFTER.exec(text.slice(j, Math.min(end, j + 8)));
    return { value: null, next: zone ? j + zone[0].length : j };
  }
  if (digits.length <= 4 && (after === 32 || after === 0xa0 || isLetter(after))) {
    const zone = TIME_AFTER.exec(text.slice(j, Math.min(end, j + 8)));
    if (zone) return { value: null, next: j + zone[0].length };
  }
  // `27K`, `1.5M`, `8B`: the value written out (a translation may write 27,000 or 2.7 万).
  const scaled = SCALE_SUFFIX.exec(text.slice(j, Math.min(end, j + 12)));
  if (scaled && digits.length <= 6) {
    const value = Number(`${digits}.${scaled[1] ?? "0"}`) * SCALES[scaled[2]!.toUpperCase()]!;
    if (Number.isSafeInteger(Math.round(value))) return { value: String(Math.round(value)), next: j + scaled[0].length };
  }
  return { value: digits.replace(/^0+(?=\d)/, ""), next: j };
}

/** A thousand, million or billion suffix right after a number: `27K`, `1.5M`, `8B` (not a unit such as `8KB`). */
const SCALE_SUFFIX = /^(?:\.(\d{1,3}))?([KkMB])(?![A-Za-z0-9])/;
const SCALES: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95 || c === 46;
}

function isUrlChar(c: number): boolean {
  return c > 32 && c !== 60 && c !== 62 && c !== 40 && c !== 41 && c !== 91 && c !== 93 && c !== 34 && c !== 39 && c !== 96 && c < 0x3000;
}

function isTrailingPunctuation(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}
