// Heading slugs as GitHub and Docs generate them, from a heading's raw Markdown and HTML.
import { isJsWhitespace } from "./text.js";

const BACKTICK = 96;
const BACKSLASH = 92;
const LT = 60;
const LBRACKET = 91;
const RBRACKET = 93;
const LPAREN = 40;
const RPAREN = 41;
const BANG = 33;
const AMP = 38;

const wordOrUnderscore = /^[\p{L}\p{N}_]/u;
// Neither may cross another tag's `<`: a line of "<span class=" would otherwise be searched to its end from every `<`.
const sxsLookupTag = /^<span\b[^<>]*?\bclass\s*=\s*(["']?)[^"'<>]*\bsxs-lookup\b/i;
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
  const text = headingVisibleText(headingText).trim().toLowerCase();
  // One pass instead of two Unicode regex replaces (every heading of every file is slugged): the same
  // result as `text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\-\s]/gu, "").replace(/\s/g, "-")` (see its test).
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let kind: number;
    let width = 1;
    if (c < 128) kind = ASCII_SLUG[c]!;
    else if (c < 0xd800 || c > 0xdfff) kind = bmpSlugKind(c);
    else {
      const point = text.codePointAt(i)!;
      width = point > 0xffff ? 2 : 1;
      kind = isWhitespaceCode(point) ? SLUG_DASH : slugged.test(String.fromCodePoint(point)) ? SLUG_KEEP : SLUG_DROP;
    }
    if (kind === SLUG_KEEP) {
      i += width - 1;
      continue;
    }
    out += text.slice(from, i);
    if (kind === SLUG_DASH) out += "-";
    i += width - 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const SLUG_KEEP = 1;
const SLUG_DASH = 2;
const SLUG_DROP = 3;
// A letter, combining mark, digit or connector: what `unslugged` keeps, whitespace and "-" aside.
const slugged = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const ASCII_SLUG = new Uint8Array(128).map((_, c) => (isWhitespaceCode(c) ? SLUG_DASH : c === 45 || slugged.test(String.fromCharCode(c)) ? SLUG_KEEP : SLUG_DROP));
/** The slug kind of each BMP character outside ASCII and the surrogates, learned on first sight. */
const BMP_SLUG = new Uint8Array(0x10000);

function bmpSlugKind(c: number): number {
  let kind = BMP_SLUG[c]!;
  if (kind === 0) {
    kind = isWhitespaceCode(c) ? SLUG_DASH : slugged.test(String.fromCharCode(c)) ? SLUG_KEEP : SLUG_DROP;
    BMP_SLUG[c] = kind;
  }
  return kind;
}

/** `\s` of a JavaScript regex (WhiteSpace and LineTerminator), by code point. */
function isWhitespaceCode(c: number): boolean {
  return c < 0x10000 && isJsWhitespace(c);
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
  const brackets = new BracketMatches(raw);
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
      skipTo = skipImage(raw, i + 1, brackets);
      if (skipTo === i + 2) emit = "!";
    } else if (ch === LBRACKET) {
      skipTo = i + 1;
    } else if (ch === RBRACKET) {
      const next = raw.charCodeAt(i + 1);
      if (next === LPAREN) skipTo = brackets.after(i + 1, LPAREN, RPAREN);
      else if (next === LBRACKET) skipTo = brackets.after(i + 1, LBRACKET, RBRACKET);
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
  return out.includes("_") ? stripUnderscoreEmphasis(out) : out;
}

/**
 * `_emphasis_` and `__strong__` (and `___both___`) delimiters removed; underscores inside words
 * (snake_case) are text. The same matches, left to right, as
 * `s.replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.*?\S)\2(?![\p{L}\p{N}_])/gu, "$1$3")`, whose lazy
 * search for a closer made a heading of " _a" runs quadratic: here the next closer of each length
 * is looked up in a table built right to left.
 */
export function stripUnderscoreEmphasis(s: string): string {
  const n = s.length;
  // nextBreak[x]: the first line terminator at or after x (n when none); `.` does not cross one.
  const nextBreak = new Int32Array(n + 1);
  nextBreak[n] = n;
  for (let x = n - 1; x >= 0; x--) nextBreak[x] = isLineTerminator(s.charCodeAt(x)) ? x : nextBreak[x + 1]!;
  // nextCloser[L - 1][x]: the first q >= x where `L` underscores close (after a non-space, not followed by a word character or `_`).
  const nextCloser = [1, 2, 3].map((length) => {
    const next = new Int32Array(n + 1).fill(-1);
    let found = -1;
    for (let q = n - length; q >= 0; q--) {
      if (q >= 1 && isCloser(s, q, length)) found = q;
      next[q] = found;
    }
    return next;
  });
  let out = "";
  let last = 0;
  let i = 0;
  while (i < n) {
    const end = emphasisAt(s, i, nextBreak, nextCloser);
    if (end === null) {
      i += codePointLength(s, i);
      continue;
    }
    out += s.slice(last, i) + end.kept;
    last = i = end.end;
  }
  return out + s.slice(last);
}

/** An emphasis match starting at `i` (its `$1$3` and end), as the regex in {@link stripUnderscoreEmphasis}'s doc would find it. */
function emphasisAt(s: string, i: number, nextBreak: Int32Array, nextCloser: Int32Array[]): { kept: string; end: number } | null {
  // `(^|[^\p{L}\p{N}_])`: the start of the text first, else one character that is not a word character or `_`.
  const before: [string, number][] = [];
  if (i === 0) before.push(["", 0]);
  const cp = codePointLength(s, i);
  if (!wordOrUnderscore.test(s.slice(i, i + cp))) before.push([s.slice(i, i + cp), i + cp]);
  for (const [lead, p] of before) {
    let run = 0;
    while (run < 3 && s.charCodeAt(p + run) === UNDERSCORE) run++;
    for (let length = run; length >= 1; length--) {
      const from = p + length;
      if (from >= s.length || isJsWhitespace(s.charCodeAt(from))) continue;
      const q = nextCloser[length - 1]![from + 1]!;
      if (q === -1 || q > nextBreak[from]!) continue;
      return { kept: lead + s.slice(from, q), end: q + length };
    }
  }
  return null;
}

const UNDERSCORE = 95;

/** `length` underscores at `q` that can close: after a non-space, not followed by a word character or `_`. */
function isCloser(s: string, q: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(q + k) !== UNDERSCORE) return false;
  if (isJsWhitespace(s.charCodeAt(q - 1))) return false;
  const after = q + length;
  return after >= s.length || !wordOrUnderscore.test(s.slice(after, after + codePointLength(s, after)));
}

function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
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
function skipImage(s: string, i: number, brackets: BracketMatches): number {
  const close = brackets.after(i, LBRACKET, RBRACKET);
  if (s.charCodeAt(close) !== LPAREN || s.charCodeAt(close - 1) !== RBRACKET) return i + 1;
  return brackets.after(close, LPAREN, RPAREN);
}

/**
 * Where balanced `[…]` and `(…)` end in one text (a backslash escapes the next character), matched
 * with a stack in one pass per kind on first use, so a heading of unclosed `![` costs one pass, not one each.
 */
class BracketMatches {
  private readonly ends = new Map<number, Int32Array>();

  constructor(private readonly s: string) {}

  /** `i` is at an `open` character: the offset after its balanced `close` (the text end when unbalanced). */
  after(i: number, open: number, close: number): number {
    let ends = this.ends.get(open);
    if (!ends) {
      const s = this.s;
      ends = new Int32Array(s.length).fill(s.length);
      const stack: number[] = [];
      for (let k = 0; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c === BACKSLASH) k++;
        else if (c === open) stack.push(k);
        else if (c === close && stack.length > 0) ends[stack.pop()!] = k + 1;
      }
      this.ends.set(open, ends);
    }
    return ends[i]!;
  }
}

function decodeEntity(m: RegExpExecArray): string {
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  }
  return namedEntities[m[3]!.toLowerCase()] ?? m[0];
}
