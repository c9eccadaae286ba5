// Inline Markdown of one short text (a segment's translation or English): links, code spans, HTML tags, emphasis damage.
import { quote as quoteValue } from "../shared/quote.js";
import { within } from "./ranges.js";
import { isJsWhitespace } from "./text.js";
import type { LocalizedFile } from "./file.js";
import type { Segment } from "./model.js";

/** `[`, `]` or `(`/`)` written full-width (`［`, `］`, `（`, `）`) in link syntax. */
export const LINK_FULLWIDTH = 1;
/** Blanks between `]` and `(`: `[t] (x)` is text, not a link. */
export const LINK_BLANK = 2;
/** No `)` closes the destination before the end of the text. */
export const LINK_UNCLOSED = 4;

export interface InlineLink {
  /** "inline" `[t](x)`, "image" `![a](x)`, "html" `<a href>`/`<img src>`, "autolink" `<https://…>`. */
  kind: "inline" | "image" | "html" | "autolink";
  /** Offset of the `[` (`!` for images, `<` for tags); the `]` for a flawed link without an opener. */
  start: number;
  /** Link text or alt text as written; null when there is none (HTML, autolinks, a `]` without opener). */
  text: string | null;
  /** Destination as written (without `<>`). */
  target: string;
  targetOffset: number;
  /** Offset after the whole construct (the `)`, the tag's `>`; the destination's end when unclosed). */
  end: number;
  /** LINK_* bits; 0 for a well-formed link. Flawed links are kept only when their destination looks like one. */
  flaws: number;
  /** Offset of the `]` (Markdown links), -1 otherwise. */
  closer: number;
  /** Offset of the `(` (Markdown links), -1 otherwise. */
  paren: number;
  /** Offsets of full-width characters in the link syntax. */
  fullwidth: number[];
}

export interface InlineCode {
  /** The code without its backtick fences, spaces trimmed. */
  content: string;
  start: number;
  end: number;
}

export interface InlineTag {
  /** Lower-case tag name. */
  name: string;
  closing: boolean;
  start: number;
  end: number;
}

export type EmphasisProblemKind = "blank-after-opener" | "blank-before-closer" | "unmatched" | "half-escaped";

export interface EmphasisProblem {
  kind: EmphasisProblemKind;
  /** The delimiter concerned: "**", "__", "*" or "_". */
  marker: string;
  offset: number;
  end: number;
}

/** What {@link scanInline} finds; every offset is relative to the scanned text. Empty lists may be shared: never modify them. */
export interface InlineScan {
  links: InlineLink[];
  code: InlineCode[];
  tags: InlineTag[];
  /** Offset of the first ASCII `[` or `]` without a partner (outside code, tags and escapes), or -1. */
  unbalancedBracket: number;
  emphasis: EmphasisProblem[];
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const HASH = 35;
const DOT = 46;
const COLON = 58;
const LT = 60;
const QUESTION = 63;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const FW_LPAREN = 0xff08;
const FW_RPAREN = 0xff09;
const FW_LBRACKET = 0xff3b;
const FW_RBRACKET = 0xff3d;

/** Characters that may start an inline construct. Global, for `lastIndex`; {@link scanInline} is not reentrant. */
const NEXT_SPECIAL = /[\\`<[\]*_\uff3b\uff3d]/g;

/** The shared empty result list: never pushed to. */
const NONE: never[] = [];

interface Opener {
  pos: number;
  image: boolean;
  fullwidth: boolean;
  active: boolean;
}

/** Parentheses a link destination may nest (cmark's limit): deeper, it is text, which keeps `](` runs linear. */
const MAX_DESTINATION_PARENS = 32;

/**
 * Per-scan memos of searches that would otherwise run to the end of the text once per construct (a
 * segment of unclosed `<!--`, of `(` titles, of backtick runs of growing length). Reset by scanInline.
 */
const memo = {
  commentFrom: -1,
  commentAt: -1,
  /** Title searches by closing character: from `from`, the result is `result` (-1: none), found at `at`. */
  titles: new Map<number, { from: number; at: number; result: number }>(),
  /** Backtick runs by length, offsets in order, and how many of each list are behind the scan. */
  backticks: null as Map<number, number[]> | null,
  backticksSeen: new Map<number, number>(),
};

/**
 * The `*` and `_` runs of the text being scanned, in flat buffers reused by every call (scanInline is
 * not reentrant): most texts have a few runs, and objects for them would only feed the garbage collector.
 */
const runs = {
  count: 0,
  ch: new Uint16Array(64),
  start: new Int32Array(64),
  length: new Int32Array(64),
  /** Bit 1: not followed by whitespace (can open); bit 2: not preceded by whitespace (can close). */
  flank: new Uint8Array(64),
};

function addRun(ch: number, start: number, length: number, flank: number): void {
  const n = runs.count;
  if (n === runs.ch.length) {
    const grow = <T extends Uint16Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n * 2);
      b.set(a);
      return b;
    };
    runs.ch = grow(runs.ch);
    runs.start = grow(runs.start);
    runs.length = grow(runs.length);
    runs.flank = grow(runs.flank);
  }
  runs.ch[n] = ch;
  runs.start[n] = start;
  runs.length[n] = length;
  runs.flank[n] = flank;
  runs.count = n + 1;
}

/**
 * Scans the inline Markdown of a short text, such as one segment, in one pass: CommonMark-like code
 * spans (which bind tightest), HTML tags and autolinks, links and images with bracket matching. Links
 * damaged in the ways machine translation damages them (`[t] (x)`, `[t]（x）`, `［t］(x)`, no `)`) are
 * kept with their `flaws` when the destination still looks like one (a URL, a path, a file name, a
 * `#fragment`), so targets compare and syntax damage is reported separately. YAML's `\"` counts as `"`.
 */
export function scanInline(text: string): InlineScan {
  let links: InlineLink[] = NONE;
  let code: InlineCode[] = NONE;
  let tags: InlineTag[] = NONE;
  let openers: Opener[] | null = null;
  let brackets: number[] | null = null;
  let strayCloser = -1;
  runs.count = 0;
  memo.commentFrom = -1;
  memo.titles.clear();
  memo.backticks = null;
  /** Link openers (not image ones) below this index of `openers` are inactive: a link cannot contain a link. */
  let inactiveBelow = 0;
  let escapedStar = false;
  const length = text.length;
  const next = NEXT_SPECIAL;
  let i = 0;
  for (;;) {
    // The regex engine skips plain text faster than a loop here; `test` allocates nothing.
    next.lastIndex = i;
    if (!next.test(text)) break;
    i = next.lastIndex - 1;
    const c = text.charCodeAt(i);
    switch (c) {
      case BACKSLASH: {
        const n = text.charCodeAt(i + 1);
        if (n === STAR || n === UNDERSCORE) escapedStar = true;
        i += isAsciiPunctuation(n) ? 2 : 1;
        break;
      }
      case BACKTICK: {
        let j = i + 1;
        while (text.charCodeAt(j) === BACKTICK) j++;
        const close = closingBackticks(text, j, j - i);
        if (close === -1) {
          i = j;
        } else {
          if (code === NONE) code = [];
          code.push({ content: text.slice(j, close).trim(), start: i, end: close + j - i });
          i = close + j - i;
        }
        break;
      }
      case LT: {
        if (tags === NONE) tags = [];
        if (links === NONE) links = [];
        const end = angle(text, i, tags, links);
        i = end === -1 ? i + 1 : end;
        break;
      }
      case LBRACKET:
      case FW_LBRACKET: {
        const image = c === LBRACKET && i > 0 && text.charCodeAt(i - 1) === BANG && text.charCodeAt(i - 2) !== BACKSLASH;
        (openers ??= []).push({ pos: image ? i - 1 : i, image, fullwidth: c === FW_LBRACKET, active: true });
        if (c === LBRACKET) (brackets ??= []).push(i);
        i++;
        break;
      }
      case RBRACKET:
      case FW_RBRACKET: {
        if (c === RBRACKET) {
          if (brackets !== null && brackets.length > 0) brackets.pop();
          else if (strayCloser === -1) strayCloser = i;
        }
        const opener = openers?.pop();
        if (opener && openers) {
          if (openers.length < inactiveBelow && !opener.image) opener.active = false;
          if (inactiveBelow > openers.length) inactiveBelow = openers.length;
        }
        const link = closeBracket(text, i, opener);
        if (link) {
          if (links === NONE) links = [];
          links.push(link);
          if (link.kind === "inline" && openers) inactiveBelow = openers.length;
          i = link.end;
        } else {
          i++;
        }
        break;
      }
      default: {
        // `*` or `_`: one run.
        let j = i + 1;
        while (text.charCodeAt(j) === c) j++;
        const before = i > 0 ? text.charCodeAt(i - 1) : SPACE;
        const after = j < length ? text.charCodeAt(j) : SPACE;
        // Intraword underscores (snake_case, file__name) are never emphasis.
        if (!(c === UNDERSCORE && isWordChar(before) && isWordChar(after))) {
          addRun(c, i, j - i, (isWhitespace(after) ? 0 : 1) | (isWhitespace(before) ? 0 : 2));
        }
        i = j;
      }
    }
  }
  const firstOpen = brackets !== null && brackets.length > 0 ? brackets[0]! : -1;
  const unbalancedBracket = strayCloser !== -1 ? (firstOpen !== -1 ? Math.min(strayCloser, firstOpen) : strayCloser) : firstOpen;
  let emphasis: EmphasisProblem[] = runs.count > 0 ? emphasisProblems() : NONE;
  if (escapedStar) {
    if (emphasis === NONE) emphasis = [];
    halfEscaped(text, code, emphasis);
  }
  return { links, code, tags, unbalancedBracket, emphasis };
}

/**
 * The offset of a backtick run of exactly `length` at or after `from` (just after an opening run), or
 * -1. The runs are indexed by length on first use, so runs of many lengths cost one pass, not one each;
 * callers ask with increasing `from`.
 */
function closingBackticks(text: string, from: number, length: number): number {
  let index = memo.backticks;
  if (index === null) {
    index = memo.backticks = new Map();
    memo.backticksSeen.clear();
    for (let k = text.indexOf("`", from); k !== -1; ) {
      let e = k + 1;
      while (text.charCodeAt(e) === BACKTICK) e++;
      const list = index.get(e - k);
      if (list) list.push(k);
      else index.set(e - k, [k]);
      k = text.indexOf("`", e);
    }
  }
  const list = index.get(length);
  if (!list) return -1;
  let seen = memo.backticksSeen.get(length) ?? 0;
  while (seen < list.length && list[seen]! < from) seen++;
  memo.backticksSeen.set(length, seen);
  return seen < list.length ? list[seen]! : -1;
}

/** A `]` at `i`: a link when `(` follows (possibly damaged). */
function closeBracket(text: string, i: number, opener: Opener | undefined): InlineLink | null {
  let p = i + 1;
  while (isBlankOrWide(text.charCodeAt(p))) p++;
  const paren = text.charCodeAt(p);
  if (paren !== LPAREN && paren !== FW_LPAREN) return null;
  const gap = p > i + 1;
  let fullwidth: number[] = NONE;
  if (opener?.fullwidth) fullwidth = [opener.pos];
  if (text.charCodeAt(i) === FW_RBRACKET) (fullwidth = fullwidth === NONE ? [] : fullwidth).push(i);
  if (paren === FW_LPAREN) (fullwidth = fullwidth === NONE ? [] : fullwidth).push(p);

  let q = skipBlanksAndOneLineEnding(text, p + 1);
  let targetStart: number;
  let targetEnd: number;
  if (text.charCodeAt(q) === LT) {
    targetStart = q + 1;
    targetEnd = q + 1;
    for (; targetEnd < text.length; targetEnd++) {
      const c = text.charCodeAt(targetEnd);
      if (c === BACKSLASH) targetEnd++;
      else if (c === GT || c === LT || c === LF || c === CR) break;
    }
    if (text.charCodeAt(targetEnd) !== GT) return null;
    q = targetEnd + 1;
  } else {
    targetStart = q;
    let depth = 0;
    for (; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (c <= SPACE || c === FW_RPAREN || c === 0x3000) break;
      if (c === BACKSLASH && isAsciiPunctuation(text.charCodeAt(q + 1)) && text.charCodeAt(q + 1) !== DQUOTE) q++;
      else if (c === LPAREN) {
        if (++depth > MAX_DESTINATION_PARENS) return null;
      } else if (c === RPAREN) {
        if (depth === 0) break;
        depth--;
      }
    }
    targetEnd = q;
  }
  if (targetEnd === targetStart) return null;
  const target = text.slice(targetStart, targetEnd);

  // Optional title, then `)`; blanks and one line ending may come between.
  const beforeTitle = q;
  q = skipBlanksAndOneLineEnding(text, q);
  if (q > beforeTitle) {
    const t = titleEnd(text, q);
    if (t !== -1) q = skipBlanksAndOneLineEnding(text, t);
  }
  let end: number;
  let flaws = 0;
  const close = text.charCodeAt(q);
  if (close === RPAREN) end = q + 1;
  else if (close === FW_RPAREN) {
    (fullwidth = fullwidth === NONE ? [] : fullwidth).push(q);
    end = q + 1;
  } else {
    flaws |= LINK_UNCLOSED;
    end = targetEnd;
  }
  if (gap) flaws |= LINK_BLANK;
  if (fullwidth.length > 0) flaws |= LINK_FULLWIDTH;
  if ((flaws !== 0 || !opener) && !looksLikeDestination(target)) return null;
  if (opener && !opener.active && flaws === 0) return null;
  const image = opener?.image === true;
  const textStart = opener ? opener.pos + (image ? 2 : 1) : -1;
  return {
    kind: image ? "image" : "inline",
    start: opener ? opener.pos : i,
    text: opener ? text.slice(textStart, i) : null,
    target,
    targetOffset: targetStart,
    end,
    flaws,
    closer: i,
    paren: p,
    fullwidth,
  };
}

/** A link title starting at `q` (`"t"`, `'t'`, `(t)`, or YAML's `\"t\"`): the offset after it, or -1. */
function titleEnd(text: string, q: number): number {
  let open = text.charCodeAt(q);
  let from = q + 1;
  if (open === BACKSLASH && text.charCodeAt(q + 1) === DQUOTE) {
    open = DQUOTE;
    from = q + 2;
  }
  if (open !== DQUOTE && open !== SQUOTE && open !== LPAREN) return -1;
  const closeChar = open === LPAREN ? RPAREN : open;
  // `from` follows a quote or parenthesis, never a backslash, so a search from a later `from` reads the
  // escapes as an earlier one did: up to where the earlier one stopped, its answer stands.
  const last = memo.titles.get(closeChar);
  if (last && from >= last.from && (last.result === -1 || from <= last.at)) return last.result;
  let result = -1;
  let at = text.length;
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === closeChar) {
      result = k + 1;
      at = k;
      break;
    }
    if (c === BACKSLASH) {
      if (text.charCodeAt(k + 1) === closeChar && closeChar === DQUOTE) {
        result = k + 2;
        at = k;
        break;
      }
      k++;
    }
  }
  memo.titles.set(closeChar, { from, at, result });
  return result;
}

const SCHEME = /^[a-z][a-z0-9+.-]{1,31}:/i;
const FILE_EXTENSIONS = new Set(["md", "yml", "yaml", "json", "png", "jpg", "jpeg", "gif", "svg", "htm", "html", "aspx", "pdf", "zip", "xls", "xlsx", "doc", "docx", "ppt", "pptx", "csv", "txt"]);

/**
 * Whether `target` is a file name with a known extension, then optionally a `#fragment` or `?query`:
 * `/^[^\s()]+\.(?:md|…|txt)(?:[#?][^\s]*)?$/i`, checked at each `#` and `?` in one pass (the regex
 * backtracked through the whole target at each of them).
 */
function looksLikeFile(target: string): boolean {
  const n = target.length;
  // The name may hold no blank or parenthesis; what follows `#`/`?` may hold no blank.
  let nameLimit = n;
  let lastBlank = -1;
  for (let k = 0; k < n; k++) {
    const c = target.charCodeAt(k);
    if (isJsWhitespace(c)) {
      if (nameLimit === n) nameLimit = k;
      lastBlank = k;
    } else if ((c === LPAREN || c === RPAREN) && nameLimit === n) nameLimit = k;
  }
  for (let end = 0; end <= n; end++) {
    if (end > nameLimit) return false;
    if (end < n && target.charCodeAt(end) !== HASH && target.charCodeAt(end) !== QUESTION) continue;
    if (end < n ? lastBlank > end : lastBlank !== -1) continue;
    // The longest extension has 4 letters: look for its dot among the 5 characters before `end`.
    let dot = end - 1;
    while (dot >= end - 5 && dot >= 0 && target.charCodeAt(dot) !== DOT) dot--;
    if (dot >= 1 && dot >= end - 5 && FILE_EXTENSIONS.has(target.slice(dot + 1, end).toLowerCase())) return true;
  }
  return false;
}

/** Whether a damaged link's destination still looks like a destination (and not like words in brackets). */
export function looksLikeDestination(target: string): boolean {
  const c = target.charCodeAt(0);
  if (c === 47 || c === 35) return target.length > 1; // `/path`, `#fragment`
  if (c === 46 && (target.startsWith("./") || target.startsWith("../"))) return true;
  if (c === 126 && target.startsWith("~/")) return true;
  if (SCHEME.test(target)) return /^(?:https?|mailto|ftp|xref):/i.test(target);
  return looksLikeFile(target);
}

/** `<` at `i`: an HTML comment, tag or autolink (recorded), returning the offset after it; -1 when the `<` is text. */
function angle(text: string, i: number, tags: InlineTag[], links: InlineLink[]): number {
  const c1 = text.charCodeAt(i + 1);
  if (c1 === BANG) {
    if (!text.startsWith("<!--", i)) return -1;
    // Remembered: a run of unclosed `<!--` searches the rest of the text once.
    if (memo.commentFrom === -1 || i + 4 < memo.commentFrom || (memo.commentAt !== -1 && i + 4 > memo.commentAt)) {
      memo.commentFrom = i + 4;
      memo.commentAt = text.indexOf("-->", i + 4);
    }
    const close = memo.commentAt;
    return close === -1 ? -1 : close + 3;
  }
  const closing = c1 === 47;
  let j = closing ? i + 2 : i + 1;
  if (!isAsciiLetter(text.charCodeAt(j))) return -1;
  const nameStart = j;
  while (isTagNameChar(text.charCodeAt(j))) j++;
  if (!closing && text.charCodeAt(j) === COLON) return autolink(text, i, links);
  const name = text.slice(nameStart, j).toLowerCase();
  if (closing) {
    while (isWhitespace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== GT) return -1;
    tags.push({ name, closing, start: i, end: j + 1 });
    return j + 1;
  }
  const c = text.charCodeAt(j);
  if (c !== GT && c !== 47 && !isWhitespace(c)) return -1;
  // Attributes: quoted values may hold `>`; YAML writes their quotes as `\"`.
  let href: [number, number] | null = null;
  const wantsHref = name === "a" || name === "img";
  for (;;) {
    while (isWhitespace(text.charCodeAt(j))) j++;
    const k = text.charCodeAt(j);
    if (k === GT) {
      j++;
      break;
    }
    if (k === 47 && text.charCodeAt(j + 1) === GT) {
      j += 2;
      break;
    }
    if (j >= text.length || !isAttributeNameChar(k)) return -1;
    const attrStart = j;
    while (isAttributeNameChar(text.charCodeAt(j))) j++;
    const attr = text.slice(attrStart, j);
    while (isWhitespace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 61) continue;
    j++;
    while (isWhitespace(text.charCodeAt(j))) j++;
    let q = text.charCodeAt(j);
    let valueStart: number;
    let valueEnd: number;
    if (q === BACKSLASH && text.charCodeAt(j + 1) === DQUOTE) {
      valueStart = j + 2;
      valueEnd = text.indexOf('\\"', valueStart);
      if (valueEnd === -1) return -1;
      j = valueEnd + 2;
    } else if (q === DQUOTE || q === SQUOTE) {
      valueStart = j + 1;
      valueEnd = text.indexOf(q === DQUOTE ? '"' : "'", valueStart);
      if (valueEnd === -1) return -1;
      j = valueEnd + 1;
    } else {
      valueStart = j;
      while (j < text.length && (q = text.charCodeAt(j)) > SPACE && q !== GT && q !== DQUOTE && q !== SQUOTE && q !== 96 && q !== 61 && q !== LT) j++;
      valueEnd = j;
      if (valueEnd === valueStart) return -1;
    }
    if (wantsHref) {
      const lower = attr.toLowerCase();
      if ((name === "a" && lower === "href") || (name === "img" && lower === "src")) href = [valueStart, valueEnd];
    }
  }
  tags.push({ name, closing, start: i, end: j });
  if (href) {
    links.push({
      kind: "html",
      start: i,
      text: null,
      target: text.slice(href[0], href[1]),
      targetOffset: href[0],
      end: j,
      flaws: 0,
      closer: -1,
      paren: -1,
      fullwidth: NONE,
    });
  }
  return j;
}

function autolink(text: string, i: number, links: InlineLink[]): number {
  let j = i + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === GT) break;
    if (c <= SPACE || c === LT) return -1;
  }
  if (j >= text.length) return -1;
  links.push({ kind: "autolink", start: i, text: null, target: text.slice(i + 1, j), targetOffset: i + 1, end: j + 1, flaws: 0, closer: -1, paren: -1, fullwidth: NONE });
  return j + 1;
}

/**
 * Strong emphasis (`**`, `__`, and the strong half of `***`) that will not render: an opener followed
 * by a blank, a closer preceded by one, or a delimiter left without a partner. Flanking is judged on
 * whitespace only, so CJK text next to punctuation is not reported.
 */
function emphasisProblems(): EmphasisProblem[] {
  let problems: EmphasisProblem[] = NONE;
  const push = (kind: EmphasisProblemKind, marker: string, k: number) => {
    if (problems === NONE) problems = [];
    problems.push({ kind, marker, offset: runs.start[k]!, end: runs.start[k]! + runs.length[k]! });
  };
  for (const ch of [STAR, UNDERSCORE]) {
    const marker = ch === STAR ? "**" : "__";
    let open = -1;
    let openReported = false;
    for (let k = 0; k < runs.count; k++) {
      if (runs.ch[k] !== ch || runs.length[k]! < 2) continue;
      const flank = runs.flank[k]!;
      if (flank === 0) {
        // Blanks on both sides: a closer with a blank before it, or an opener with one after it.
        if (open !== -1) {
          push("blank-before-closer", marker, k);
          open = -1;
        } else {
          push("blank-after-opener", marker, k);
          open = k;
          openReported = true;
        }
      } else if (open === -1) {
        if (flank & 1) {
          open = k;
          openReported = false;
        } else {
          push("unmatched", marker, k);
        }
      } else {
        if (!(flank & 2)) push("blank-before-closer", marker, k);
        open = -1;
      }
    }
    if (open !== -1 && !openReported) push("unmatched", marker, open);
  }
  if (problems.length > 1) problems.sort((a, b) => a.offset - b.offset);
  return problems;
}

// `\*text*` and `*text\*` (also with `_` and doubled): one side escaped, the other not.
const HALF_ESCAPED = /(?<!(?:^|[^\\])[*_])\\([*_])(?:\\\1)?(?=[^\s*_\\])[^*_\n]*?[^\s\\*_]\1{1,2}(?![*_])|(?<![\p{L}\p{N}\\*_])([*_])\2?(?=[^\s*_\\])[^*_\n]*?[^\s\\*_]\\\2/gu;

function halfEscaped(text: string, code: InlineCode[], problems: EmphasisProblem[]): void {
  HALF_ESCAPED.lastIndex = 0;
  // Matches and code spans both come in text order (and do not overlap among themselves): walk them together.
  let skipped = 0;
  for (let m = HALF_ESCAPED.exec(text); m; m = HALF_ESCAPED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (skipped < code.length && code[skipped]!.end <= start) skipped++;
    if (skipped < code.length && code[skipped]!.start < end) continue;
    const ch = m[1] ?? m[2] ?? "*";
    problems.push({ kind: "half-escaped", marker: ch, offset: start, end });
  }
  problems.sort((a, b) => a.offset - b.offset);
}

function skipBlanksAndOneLineEnding(text: string, q: number): number {
  while (isBlank(text.charCodeAt(q))) q++;
  if (text.charCodeAt(q) === CR) q++;
  if (text.charCodeAt(q) === LF) {
    q++;
    while (isBlank(text.charCodeAt(q))) q++;
  }
  return q;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/** Blanks MT puts between `]` and `(`: space, tab, no-break spaces, ideographic space. */
function isBlankOrWide(c: number): boolean {
  return c === SPACE || c === TAB || c === 0xa0 || c === 0x202f || c === 0x3000;
}

function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === 12 || c === 0xa0 || c === 0x3000 || c === 0x202f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTagNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45;
}

function isAttributeNameChar(c: number): boolean {
  return isTagNameChar(c) || c === UNDERSCORE || c === COLON || c === 46;
}

function isWordChar(c: number): boolean {
  return (isTagNameChar(c) && c !== 45) || (c > 127 && !isWhitespace(c));
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * A translated text and the text it must match: a side-by-side segment with its English text (both in
 * the same file), or a translation block paired with its reference block by alignment (src/align).
 */
export interface PairedSegment {
  /** The segment id; "" for an aligned block. */
  id: string;
  /** Offset where the pair's markup starts in the translation (the segment's span, the block). */
  start: number;
  translation: string;
  translationOffset: number;
  source: string;
  /** Offset of `source` in `sourceFile` (in the same file for a segment). */
  sourceOffset: number;
  /** Where `source` is, when not in the translation's own file: the English source or a sibling. */
  sourceFile?: LocalizedFile;
  /** Who `source` speaks for, in messages: "the English text" (segments), "the English source", or sibling locales ("ja-jp"). */
  origin?: string;
  /**
   * False when `source` is only one sibling's block that the other siblings do not back (no English
   * source, no majority): fine for telling broken syntax, not for telling which link or code is right.
   */
  agreed?: boolean;
  /**
   * True for a block of a plain translation that nothing could be aligned with (`source` is ""): only
   * damage that is wrong in any language (a lost link text, `] (`) can be told there.
   */
  alone?: boolean;
}

/** Bits of {@link charMask}: which inline syntax a text may hold. */
export const HAS_OPEN_BRACKET = 1;
export const HAS_CLOSE_BRACKET = 2;
export const HAS_LT = 4;
export const HAS_BACKTICK = 8;
export const HAS_STAR = 16;
export const HAS_UNDERSCORE = 32;
export const HAS_BACKSLASH = 64;
export const HAS_BRACE = 128;
/** `%s`, `%d` or `%1$…`. */
export const HAS_PERCENT = 256;
/** `[!`, possibly with blanks between. */
export const HAS_BANG = 512;
/** `:::`. */
export const HAS_COLON = 1024;
/** `［`, `］`, `（`, `）`, `！` or `：`. */
export const HAS_FULLWIDTH = 2048;
/** MkDocs `!!!` or `???` (an admonition) or an MDX `import ` opening a line. */
export const HAS_MARKUP_LINE = 4096;

const CHAR_BITS = new Uint16Array(128);
CHAR_BITS[LBRACKET] = HAS_OPEN_BRACKET;
CHAR_BITS[RBRACKET] = HAS_CLOSE_BRACKET;
CHAR_BITS[LT] = HAS_LT;
CHAR_BITS[BACKTICK] = HAS_BACKTICK;
CHAR_BITS[STAR] = HAS_STAR;
CHAR_BITS[UNDERSCORE] = HAS_UNDERSCORE;
CHAR_BITS[BACKSLASH] = HAS_BACKSLASH;
CHAR_BITS[123] = HAS_BRACE;
/** MkDocs `!!!` or `???`, or an MDX `import ` opening a line past the first (see {@link HAS_MARKUP_LINE}). */
const MARKUP_LINE = /!!!|\?\?\?|\nimport /;

/** What {@link charMask} stops at; `!` counts only after `[`, so it is looked for from there. */
const MASK_JUMP = /[[\]<`*_\\{\uff01\uff08\uff09\uff1a\uff3b\uff3d]|%[sd\d]|:::/g;

/**
 * The HAS_* bits of `text`. `!`, `:` and `%` are common in prose: they count only as `[!`, `:::` and
 * `%s`/`%d`/`%1`, so plain sentences stay at 0 and are skipped by every rule. The regex engine jumps
 * from one syntax character to the next, faster than a loop over every character.
 */
export function charMask(text: string): number {
  let mask = 0;
  const re = MASK_JUMP;
  re.lastIndex = 0;
  while (re.test(text)) {
    const end = re.lastIndex;
    const c = text.charCodeAt(end - 1);
    if (c === COLON) mask |= HAS_COLON;
    else if (c === 115 || c === 100 || (c >= 48 && c <= 57)) mask |= HAS_PERCENT;
    else if (c < 128) {
      mask |= CHAR_BITS[c]!;
      if (c === LBRACKET) {
        let k = end;
        while (text.charCodeAt(k) === SPACE) k++;
        if (text.charCodeAt(k) === BANG) mask |= HAS_BANG;
      }
    } else mask |= HAS_FULLWIDTH;
  }
  // Looked for apart: in the jump pattern, alternatives of their own would slow the scan of every text.
  if (MARKUP_LINE.test(text) || text.startsWith("import ")) mask |= HAS_MARKUP_LINE;
  return mask;
}

/**
 * The segments the per-segment parity rules look at, with the HAS_* masks of their two texts and
 * their inline scans, each made on first use and shared by every rule that asks.
 */
export class CheckList {
  private readonly scans: (InlineScan | undefined)[];

  constructor(
    readonly segments: PairedSegment[],
    /** `masks[2k]` for the translation of `segments[k]`, `masks[2k + 1]` for its English text. */
    readonly masks: Uint16Array,
  ) {
    this.scans = new Array<InlineScan | undefined>(2 * segments.length);
  }

  /** The inline scan of the translation of `segments[k]`. */
  translation(k: number): InlineScan {
    return (this.scans[2 * k] ??= scanInline(this.segments[k]!.translation));
  }

  /** The inline scan of the English text of `segments[k]`. */
  source(k: number): InlineScan {
    return (this.scans[2 * k + 1] ??= scanInline(this.segments[k]!.source));
  }
}

const fileCache = new WeakMap<LocalizedFile, CheckList>();

/**
 * The segments of a file that the per-segment parity rules look at, computed once per file: those with
 * an English text that differs from the translation, where either holds inline syntax, outside code (a
 * fenced or indented block, an inline code span).
 */
export function segmentsToCheck(file: LocalizedFile): CheckList {
  let list = fileCache.get(file);
  if (list) return list;
  const all = file.segments.segments;
  const segments: PairedSegment[] = [];
  const masks = new Uint16Array(2 * all.length);
  let sortedCode: [number, number][] | null = null;
  for (const segment of all) {
    if (segment.source === null || segment.sourceOffset === null || segment.source === segment.translation) continue;
    const t = charMask(segment.translation);
    const s = charMask(segment.source);
    if (t === 0 && s === 0) continue;
    sortedCode ??= [...file.markdown.codeRanges].sort((a, b) => a[0] - b[0]);
    if (sortedCode.length > 0 && within(sortedCode, segment.start)) continue;
    masks[2 * segments.length] = t;
    masks[2 * segments.length + 1] = s;
    segments.push(segment as Segment & PairedSegment);
  }
  list = new CheckList(segments, masks);
  fileCache.set(file, list);
  return list;
}

/** A kind of Markdown damage, as {@link syntaxDefects} reports it. */
export type SyntaxDefectKind = "link-blank" | "link-fullwidth" | "link-unclosed" | "link-text-lost" | "brackets" | "strong" | "half-escaped";

export interface SyntaxDefect {
  kind: SyntaxDefectKind;
  /** Matches the same defect in the other text of a segment (kind plus link target or marker). */
  key: string;
  /** Offsets relative to the scanned text. */
  offset: number;
  end: number;
  /** What was found, quoted for a message: `"] ("`, `"（"`, `"[]"`. */
  found: string;
  /** What was expected, for a message (no final period). */
  expected: string;
  /** A replacement of [offset, end) that repairs the damage, when one is certain. */
  fix?: string;
}

const FULLWIDTH_TO_ASCII: Record<string, string> = { "\uff3b": "[", "\uff3d": "]", "\uff08": "(", "\uff09": ")" };

/**
 * Markdown syntax that will not render as meant, found in one scanned text: a blank between `]` and
 * `(`, full-width brackets in link syntax, a destination without `)`, a link whose text is gone,
 * unmatched `[`/`]`, strong emphasis that will not pair, emphasis escaped on one side only. Sorted by offset.
 */
export function syntaxDefects(text: string, scan: InlineScan): SyntaxDefect[] {
  const defects: SyntaxDefect[] = [];
  let fullwidth = false;
  for (const link of scan.links) {
    if (link.flaws & LINK_BLANK) {
      defects.push({
        kind: "link-blank",
        key: `link-blank ${link.target}`,
        offset: link.closer,
        end: link.paren + 1,
        found: quote(text.slice(link.closer, link.paren + 1)),
        expected: `${quote(`${text[link.closer]}${text[link.paren]}`)} with no blank between ${quote(text[link.closer])} and ${quote(text[link.paren])}`,
        fix: text[link.closer]! + text[link.paren]!,
      });
    }
    if (link.flaws & LINK_FULLWIDTH) {
      fullwidth = true;
      const first = link.fullwidth[0]!;
      const last = link.fullwidth[link.fullwidth.length - 1]!;
      const chars = link.fullwidth.map((at) => text[at]!);
      defects.push({
        kind: "link-fullwidth",
        key: `link-fullwidth ${link.target}`,
        offset: first,
        end: last + 1,
        found: [...new Set(chars)].map((c) => quote(c)).join(" and "),
        expected: `ASCII ${[...new Set(chars)].map((c) => quote(FULLWIDTH_TO_ASCII[c])).join(" and ")} in the link syntax`,
        fix: text.slice(first, last + 1).replace(/[\uff3b\uff3d\uff08\uff09]/g, (c) => FULLWIDTH_TO_ASCII[c]!),
      });
    }
    if (link.flaws & LINK_UNCLOSED) {
      defects.push({
        kind: "link-unclosed",
        key: `link-unclosed ${link.target}`,
        offset: link.targetOffset,
        end: link.end,
        found: "none",
        expected: `")" closing the link to ${quote(link.target)}`,
      });
    }
    // `[label][](x)` is the collapsed reference `[label][]` followed by "(x)" (CommonMark reads the reference first), not a link that lost its text.
    if (link.kind === "inline" && link.text !== null && link.text.trim() === "" && !(link.start > 0 && text.charCodeAt(link.start - 1) === 93)) {
      defects.push({
        kind: "link-text-lost",
        key: `link-text-lost ${link.target}`,
        offset: link.start,
        end: link.closer + 1,
        found: quote(text.slice(link.start, link.closer + 1)),
        expected: `link text in the link to ${quote(link.target)}`,
      });
    }
  }
  if (scan.unbalancedBracket !== -1 && !fullwidth) {
    const c = text[scan.unbalancedBracket]!;
    defects.push({
      kind: "brackets",
      key: "brackets",
      offset: scan.unbalancedBracket,
      end: scan.unbalancedBracket + 1,
      found: `an unmatched ${quote(c)}`,
      expected: `every ${quote(c)} matched by a ${quote(c === "[" ? "]" : "[")}`,
    });
  }
  // Emphasis damage comes in clusters (`\*\*\*\*`): the first problem of each kind and marker tells the story.
  const seen = new Set<string>();
  // With one side of a pair escaped, the `**` that pair with what is left are that damage too: reported once.
  const halfEscaped = new Set(scan.emphasis.filter((p) => p.kind === "half-escaped").map((p) => p.marker));
  for (const p of scan.emphasis) {
    const kind = p.kind === "half-escaped" ? "half-escaped" : "strong";
    if (kind === "strong" && halfEscaped.has(p.marker[0]!)) continue;
    const marker = p.marker;
    const key = `${kind} ${marker}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let expected: string;
    let found: string;
    switch (p.kind) {
      case "blank-after-opener":
        expected = `the emphasized text right after ${quote(marker)}`;
        found = "a blank";
        break;
      case "blank-before-closer":
        expected = `${quote(marker)} right after the emphasized text`;
        found = "a blank before it";
        break;
      case "unmatched":
        expected = `${quote(marker)} in pairs`;
        found = `an unmatched ${quote(marker)}`;
        break;
      case "half-escaped":
        expected = `${quote(marker)} escaped on both sides of the text or on neither`;
        found = quote(excerpt(text.slice(p.offset, p.end)));
        break;
    }
    defects.push({ kind, key, offset: p.offset, end: p.end, found, expected });
  }
  if (defects.length > 1) defects.sort((a, b) => a.offset - b.offset);
  return defects;
}

/** Quotes a value for a message, with line breaks and tabs shown as escapes. */
export function quote(value: string | undefined): string {
  return quoteValue(String(value).replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t"));
}

function excerpt(value: string): string {
  return value.length > 40 ? `${value.slice(0, 18)}…${value.slice(-18)}` : value;
}

/**
 * Compares two multisets: the `expected` items no `actual` item matches (by key), and the `actual`
 * items left over, both in their original order.
 */
export function multisetDiff<T>(expected: readonly T[], actual: readonly T[], expectedKey: (item: T) => string, actualKey: (item: T) => string = expectedKey): { missing: T[]; unexpected: T[] } {
  // Indexes of the expected items not matched yet, by key.
  const pending = new Map<string, number[]>();
  expected.forEach((item, index) => {
    const key = expectedKey(item);
    const list = pending.get(key);
    if (list) list.push(index);
    else pending.set(key, [index]);
  });
  const unexpected: T[] = [];
  const matched = new Set<number>();
  for (const item of actual) {
    const index = pending.get(actualKey(item))?.shift();
    if (index === undefined) unexpected.push(item);
    else matched.add(index);
  }
  const missing = expected.filter((_, index) => !matched.has(index));
  return { missing, unexpected };
}

/** HAS_* bits without which a text has none of the defects {@link syntaxDefects} finds. */
export const SYNTAX_CHARS = HAS_OPEN_BRACKET | HAS_CLOSE_BRACKET | HAS_STAR | HAS_UNDERSCORE | HAS_FULLWIDTH;
