// Heading slugs as GitHub and Docs generate them, from a heading's raw Markdown and HTML.

const BACKTICK = 96;
const BACKSLASH = 92;
const LT = 60;
const LBRACKET = 91;
const RBRACKET = 93;
const LPAREN = 40;
const RPAREN = 41;
const BANG = 33;
const AMP = 38;

// Everything a slug drops: not a letter, mark, digit or connector (`_`), not "-" and not whitespace.
const unslugged = /[^\p{L}\p{M}\p{N}\p{Pc}\-\s]/gu;
// `_emphasis_` and `__strong__` delimiters; underscores inside words (snake_case) are text.
const underscoreEmphasis = /(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.*?\S)\2(?![\p{L}\p{N}_])/gu;
const sxsLookupTag = /^<span\b[^>]*?\bclass\s*=\s*(["']?)[^"'>]*\bsxs-lookup\b/i;
const tagAt = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/;
const autolinkAt = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/;
const entityAt = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/;
const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * The slug of a heading, as the `#fragment` that links to it: the visible text (see
 * {@link headingVisibleText}) trimmed, lower-cased (Unicode-aware), with every character removed
 * that is not a letter, combining mark, digit, `_`, `-` or space (of any script, so "Übersicht",
 * "概要" and "نظرة" keep their letters), then each whitespace character turned into `-`. Like GitHub
 * (github-slugger) runs of spaces are not collapsed ("a  b" → "a--b"), and unlike Markdig's
 * `UrilizeAsGfm` combining marks are kept. Duplicate headings get "-1", "-2" in
 * `scanMarkdown`'s results, not here.
 *
 * @param headingText the heading's raw text (Markdown and HTML allowed), or plain text.
 */
export function slugify(headingText: string): string {
  return headingVisibleText(headingText).trim().toLowerCase().replace(unslugged, "").replace(/\s/g, "-");
}

/**
 * The text a reader sees in a heading: HTML tags removed but the text inside kept, except the
 * English of side-by-side segments (`<span class="sxs-lookup">…</span>` with its content), which is
 * dropped; HTML comments dropped; code spans keep their content; links keep their text and lose
 * the destination; images are dropped (alt text is not visible text); backslash escapes, numeric
 * and the common named character references are decoded; `_`/`__` emphasis delimiters removed.
 * `*` and `~` stay: they are punctuation that {@link slugify} removes anyway.
 */
export function headingVisibleText(raw: string): string {
  let out = "";
  const n = raw.length;
  let i = 0;
  let plainFrom = 0;
  while (i < n) {
    const ch = raw.charCodeAt(i);
    let skipTo = -1;
    let emit = "";
    if (ch === BACKSLASH && i + 1 < n && isAsciiPunctuation(raw.charCodeAt(i + 1))) {
      emit = raw[i + 1]!;
      skipTo = i + 2;
    } else if (ch === BACKTICK) {
      let j = i;
      while (j < n && raw.charCodeAt(j) === BACKTICK) j++;
      const close = findBacktickRun(raw, j, n, j - i);
      if (close === -1) {
        emit = raw.slice(i, j);
        skipTo = j;
      } else {
        emit = stripCodePadding(raw.slice(j, close));
        skipTo = close + (j - i);
      }
    } else if (ch === LT) {
      skipTo = skipHtml(raw, i);
      if (skipTo !== -1) {
        const auto = autolinkAt.exec(raw.slice(i, skipTo));
        if (auto) emit = auto[1]!;
      }
    } else if (ch === BANG && raw.charCodeAt(i + 1) === LBRACKET) {
      skipTo = skipImage(raw, i + 1);
      if (skipTo === i + 2) emit = "!";
    } else if (ch === LBRACKET) {
      skipTo = i + 1;
    } else if (ch === RBRACKET) {
      const next = raw.charCodeAt(i + 1);
      if (next === LPAREN) skipTo = skipBalanced(raw, i + 1, LPAREN, RPAREN);
      else if (next === LBRACKET) skipTo = skipBalanced(raw, i + 1, LBRACKET, RBRACKET);
      else skipTo = i + 1;
    } else if (ch === AMP) {
      const m = entityAt.exec(raw.slice(i, i + 40));
      if (m) {
        emit = decodeEntity(m);
        skipTo = i + m[0].length;
      }
    }
    if (skipTo === -1) {
      i++;
      continue;
    }
    out += raw.slice(plainFrom, i) + emit;
    i = skipTo;
    plainFrom = i;
  }
  out += raw.slice(plainFrom);
  return out.includes("_") ? out.replace(underscoreEmphasis, "$1$3") : out;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function findBacktickRun(s: string, from: number, to: number, length: number): number {
  let k = s.indexOf("`", from);
  while (k !== -1 && k < to) {
    let e = k;
    while (e < to && s.charCodeAt(e) === BACKTICK) e++;
    if (e - k === length) return k;
    k = s.indexOf("`", e);
  }
  return -1;
}

function stripCodePadding(code: string): string {
  return code.length > 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "" ? code.slice(1, -1) : code;
}

/** End of the HTML at `i` (tag, comment, autolink, or a whole sxs-lookup span), or -1 for a literal `<`. */
function skipHtml(s: string, i: number): number {
  if (s.startsWith("<!--", i)) {
    const end = s.indexOf("-->", i + 4);
    return end === -1 ? s.length : end + 3;
  }
  const rest = s.slice(i);
  if (sxsLookupTag.test(rest)) return skipSpanElement(s, i);
  const tag = tagAt.exec(rest);
  if (tag) return i + tag[0].length;
  const auto = autolinkAt.exec(rest);
  return auto ? i + auto[0].length : -1;
}

/** End of the `<span>` element opening at `i`, nested spans included (the text end when unclosed). */
function skipSpanElement(s: string, i: number): number {
  const spans = /<(\/?)span\b[^>]*>/gi;
  spans.lastIndex = i;
  let depth = 0;
  for (let m = spans.exec(s); m; m = spans.exec(s)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return spans.lastIndex;
  }
  return s.length;
}

/** `i` is at the `[` of an image: the end of `[alt](dest)`, or `i` + 1 when it is not one. */
function skipImage(s: string, i: number): number {
  const close = skipBalanced(s, i, LBRACKET, RBRACKET);
  if (s.charCodeAt(close) !== LPAREN || s.charCodeAt(close - 1) !== RBRACKET) return i + 1;
  return skipBalanced(s, close, LPAREN, RPAREN);
}

/** `i` is at an `open` character: the offset after its balanced `close` (the text end when unbalanced). */
function skipBalanced(s: string, i: number, open: number, close: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === BACKSLASH) k++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return k + 1;
  }
  return s.length;
}

function decodeEntity(m: RegExpExecArray): string {
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  }
  return namedEntities[m[3]!.toLowerCase()] ?? m[0];
}
