// Side-by-side (sxs) segments: each translation span paired with its English lookup, and the defects in that markup.
import { Tokenizer, type Token, type TokenHandler } from "parse5";
import type { Segment, SegmentParse, SegmentProblem } from "./model.js";
import { quote } from "../shared/quote.js";

export interface SegmentOptions {
  /** The text is YAML: segments may sit in double-quoted strings whose quotes are escaped as `\"`. */
  yaml?: boolean;
  /** Offset where the body begins (after front matter); earlier text is not read. */
  start?: number;
}

/** Cheap test for any segment markup, to skip files that have none. */
export function hasSegments(text: string): boolean {
  return text.includes("data-ttu-id") || text.includes("sxs-lookup") || text.includes("data-stu-id");
}

/**
 * Finds the sxs segments of a file and the structural problems in their markup.
 *
 * Only `span` tags are read (by parse5's tokenizer, so nothing is repaired); all other markup is text.
 * Offsets are UTF-16 indexes into `text`. Segments come in document order, one per translation
 * (`data-ttu-id`) span, broken or not; a segment whose lookup is missing has a null `source`. Problems
 * come sorted by offset. A translation or lookup still open at a blank line (the end of a Markdown
 * paragraph) is reported there as unclosed, so one broken segment never swallows the rest of the file.
 */
export function parseSegments(text: string, options: SegmentOptions = {}): SegmentParse {
  // Each `\"` becomes a quote and a space (same length, same offsets), so tags inside YAML double-quoted
  // strings tokenize as written.
  const scan = options.yaml && text.includes('\\"') ? text.replace(YAML_ESCAPED_QUOTE, unescapeQuote) : text;
  return new SegmentScanner(text, scan).run(options.start ?? 0);
}

// The space goes outside the attribute value: `id=\"a-1\">` → `id= "a-1" >`.
const YAML_ESCAPED_QUOTE = /(=[\t ]*)?\\"/g;
const unescapeQuote = (_match: string, equals: string | undefined): string => (equals === undefined ? '" ' : `${equals} "`);

type SpanKind = "ttu" | "stu" | "lookup" | "plain";

/** A `<span …>` or `</span>` tag with its offsets in the text. */
interface SpanTag {
  closing: boolean;
  kind: SpanKind;
  /** The `data-ttu-id` or `data-stu-id` value; "" for other tags. */
  id: string;
  start: number;
  end: number;
}

/**
 * Where an open segment stands: inside its translation, right after the translation's `</span>`,
 * inside the `sxs-lookup` span, or inside the source (`data-stu-id`) span.
 */
type Phase = "translation" | "after-translation" | "lookup" | "source";

interface Frame {
  /** Null for a lookup that belongs to no translation (it is read only to skip its content). */
  id: string | null;
  start: number;
  phase: Phase;
  /** Plain spans open inside the current translation, lookup or source. */
  depth: number;
  translationOffset: number;
  translationEnd: number;
  /** Offset just after the translation's `</span>` (or where the lookup began when that is missing). */
  translationClose: number;
  /** Translation spans that opened inside this one. */
  nested: SpanTag[] | null;
  /** Offset of the `sxs-lookup` span, or of the source span when that has no lookup around it. */
  lookupStart: number;
  /** False when a source span followed the translation without a `sxs-lookup` span around it. */
  inLookup: boolean;
  sourceOffset: number | null;
  sourceEnd: number;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMPERSAND = 38;
const CR = 13;
const NUL = 0;
const LOWER_C = 99;
const LOWER_D = 100;
const LOWER_S = 115;
const LOWER_T = 116;
const LOOKUP_TAG = '<span class="sxs-lookup">';
const TTU_TAG = '<span data-ttu-id="';
const STU_TAG = '<span data-stu-id="';
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;

class SegmentScanner {
  private readonly segments: Segment[] = [];
  private readonly problems: SegmentProblem[] = [];
  private readonly stack: Frame[] = [];
  private readonly reader = new SpanTagReader();
  private segmentsSorted = true;
  /** The first line feed at or after the last place searched, or text.length when there is none. */
  private nextLineFeed = -1;

  constructor(
    private readonly text: string,
    /** The text that is tokenized: `text` itself, or its copy with YAML `\"` escapes neutralized. */
    private readonly scan: string,
  ) {}

  run(start: number): SegmentParse {
    const scan = this.scan;
    let pos = start;
    let commentAt = scan.indexOf("<!--", pos);
    let gapStart = pos;
    // HTML tag names ignore case: hand-edited `<SPAN>` or `<Span>` tags are found once, up front.
    const otherCase = scan.includes("SPAN") || scan.includes("Span") ? findOtherCaseSpanTags(scan) : [];
    let otherIndex = 0;
    for (;;) {
      let at = nextSpanTag(scan, pos);
      while (otherIndex < otherCase.length && (otherCase[otherIndex] ?? 0) < pos) otherIndex++;
      const other = otherCase[otherIndex];
      if (other !== undefined && (at === -1 || other < at)) at = other;
      if (at === -1) break;
      if (commentAt !== -1 && commentAt < at) {
        // Spans inside an HTML comment are not markup.
        const commentEnd = scan.indexOf("-->", commentAt + 4);
        if (commentEnd === -1) break;
        pos = Math.max(pos, commentEnd + 3);
        commentAt = scan.indexOf("<!--", pos);
        continue;
      }
      const tag = this.reader.read(scan, at);
      if (tag) {
        if (this.stack.length > 0) this.endParagraphWithin(gapStart, tag.start);
        this.handle(tag);
        pos = tag.end;
        gapStart = tag.end;
      } else {
        pos = at + 1;
      }
      if (commentAt !== -1 && commentAt < pos) commentAt = scan.indexOf("<!--", pos);
    }
    if (this.stack.length > 0) {
      // Blank lines at the very end close the file, not a paragraph.
      const end = trimmedEnd(scan, scan.length);
      this.endParagraphWithin(gapStart, end);
      if (this.stack.length > 0) this.endParagraph(end, "the end of the file");
    }
    if (!this.segmentsSorted) this.segments.sort((a, b) => a.start - b.start);
    this.problems.sort((a, b) => a.offset - b.offset);
    return { segments: this.segments, problems: this.problems };
  }

  /** Closes every open segment when a blank line lies in `[from, to)`. */
  private endParagraphWithin(from: number, to: number): void {
    const scan = this.scan;
    let lineFeed = this.nextLineFeed;
    if (lineFeed < from) lineFeed = indexOrLength(scan, "\n", from);
    while (lineFeed < to) {
      let k = lineFeed + 1;
      let c = scan.charCodeAt(k);
      while (c === 32 || c === 9 || c === 13) c = scan.charCodeAt(++k);
      if (c === 10) {
        this.nextLineFeed = lineFeed;
        this.endParagraph(lineFeed > 0 && scan.charCodeAt(lineFeed - 1) === 13 ? lineFeed - 1 : lineFeed, "the end of the paragraph");
        return;
      }
      lineFeed = indexOrLength(scan, "\n", lineFeed + 1);
    }
    this.nextLineFeed = lineFeed;
  }

  /** Closes every open segment at `end`, the end of the paragraph's last line. */
  private endParagraph(end: number, found: string): void {
    for (let frame = this.stack.pop(); frame; frame = this.stack.pop()) {
      switch (frame.phase) {
        case "translation": {
          // Segments that opened inside an unclosed translation are its neighbours: it ends where the first began.
          const first = frame.nested?.[0];
          const until = first ? first.start : end;
          frame.translationEnd = until;
          frame.translationClose = until;
          const what = first ? describe(first) : found;
          this.problem("unclosed-ttu", frame.start, until, `Expected "</span>" closing translation span ${quote(frame.id)} but found ${what}`, frame.id ?? undefined);
          this.finish(frame, until);
          break;
        }
        case "after-translation": {
          // Text after the translation is what stands where the lookup should be.
          const between = this.text.slice(frame.translationClose, end);
          this.missingLookup(frame, between.trim() === "" ? found : excerpt(between.trimEnd()));
          this.finish(frame, frame.translationClose);
          break;
        }
        case "source":
        case "lookup":
          if (frame.phase === "source") frame.sourceEnd = end;
          this.unclosedLookup(frame, end, found);
          this.finish(frame, end);
          break;
      }
    }
  }

  private handle(tag: SpanTag): void {
    for (;;) {
      const frame = this.stack[this.stack.length - 1];
      if (!frame) {
        this.handleOutside(tag);
        return;
      }
      if (this.handleInside(frame, tag)) return;
      // The frame was closed by this tag, which belongs to whatever encloses it.
      this.stack.pop();
    }
  }

  private handleOutside(tag: SpanTag): void {
    if (tag.closing) return;
    switch (tag.kind) {
      case "ttu":
        this.open(tag);
        break;
      case "lookup":
        this.problem("orphan-lookup", tag.start, tag.end, `Expected a translation span before this "sxs-lookup" span but found none`);
        // Read the orphan's content anyway, so its source span is not reported again.
        this.stack.push({ ...this.frameFor(tag), id: null, phase: "lookup", inLookup: true, lookupStart: tag.start });
        break;
      case "stu":
        this.problem("orphan-stu", tag.start, tag.end, `Expected source span ${quote(tag.id)} inside a "sxs-lookup" span but found it outside one`, tag.id);
        break;
      case "plain":
        break;
    }
  }

  /** Applies `tag` to the innermost open segment; false when that segment ended before the tag. */
  private handleInside(frame: Frame, tag: SpanTag): boolean {
    switch (frame.phase) {
      case "translation":
        if (tag.closing) {
          if (frame.depth > 0) {
            frame.depth--;
          } else {
            frame.translationEnd = tag.start;
            frame.translationClose = tag.end;
            frame.phase = "after-translation";
            for (const inner of frame.nested ?? []) {
              this.problem("nested-segment", inner.start, inner.end, `Expected translation span ${quote(inner.id)} outside other segments but found it inside translation span ${quote(frame.id)}`, inner.id);
            }
          }
        } else if (tag.kind === "ttu") {
          (frame.nested ??= []).push({ ...tag });
          this.open(tag);
        } else if (tag.kind === "lookup") {
          this.problem("unclosed-ttu", frame.start, tag.start, `Expected "</span>" closing translation span ${quote(frame.id)} but found its "sxs-lookup" span`, frame.id ?? undefined);
          frame.translationEnd = tag.start;
          frame.translationClose = tag.start;
          startLookup(frame, tag);
        } else {
          if (tag.kind === "stu") {
            this.problem("orphan-stu", tag.start, tag.end, `Expected source span ${quote(tag.id)} inside a "sxs-lookup" span but found it inside translation span ${quote(frame.id)}`, tag.id);
          }
          frame.depth++;
        }
        return true;

      case "after-translation": {
        const gap = frame.translationClose < tag.start;
        if (!tag.closing && tag.kind === "lookup") {
          if (gap) {
            const between = this.text.slice(frame.translationClose, tag.start);
            this.problem("text-before-lookup", frame.translationClose, tag.start, `Expected the "sxs-lookup" span right after translation span ${quote(frame.id)} but found ${excerpt(between)}`, frame.id ?? undefined);
          }
          startLookup(frame, tag);
          return true;
        }
        if (!tag.closing && tag.kind === "stu" && !gap) {
          this.problem("orphan-stu", tag.start, tag.end, `Expected a "sxs-lookup" span around source span ${quote(tag.id)} but found none`, tag.id);
          frame.inLookup = false;
          frame.lookupStart = tag.start;
          this.startSource(frame, tag);
          return true;
        }
        const between = this.text.slice(frame.translationClose, tag.start);
        this.missingLookup(frame, between.trim() === "" ? describe(tag) : excerpt(between));
        this.finish(frame, frame.translationClose);
        return false;
      }

      case "lookup":
        if (tag.closing) {
          if (frame.depth > 0) {
            frame.depth--;
            return true;
          }
          if (frame.sourceOffset === null && frame.id !== null) {
            this.problem("missing-lookup", frame.lookupStart, tag.end, `Expected source span ${quote(frame.id)} inside the "sxs-lookup" span but found "</span>"`, frame.id);
          }
          this.finish(frame, tag.end);
          this.stack.pop();
          return true;
        }
        if (tag.kind === "ttu" || tag.kind === "lookup") {
          this.unclosedLookup(frame, tag.start, describe(tag));
          this.finish(frame, tag.start);
          return false;
        }
        if (tag.kind === "stu" && frame.sourceOffset === null) {
          this.startSource(frame, tag);
        } else {
          frame.depth++;
        }
        return true;

      case "source":
        if (tag.closing) {
          if (frame.depth > 0) {
            frame.depth--;
            return true;
          }
          frame.sourceEnd = tag.start;
          if (frame.inLookup) {
            frame.phase = "lookup";
          } else {
            this.finish(frame, tag.end);
            this.stack.pop();
          }
          return true;
        }
        if (tag.kind === "ttu" || tag.kind === "lookup") {
          frame.sourceEnd = tag.start;
          this.unclosedLookup(frame, tag.start, describe(tag));
          this.finish(frame, tag.start);
          return false;
        }
        frame.depth++;
        return true;
    }
  }

  private open(tag: SpanTag): void {
    this.stack.push(this.frameFor(tag));
  }

  private frameFor(tag: SpanTag): Frame {
    return {
      id: tag.id,
      start: tag.start,
      phase: "translation",
      depth: 0,
      translationOffset: tag.end,
      translationEnd: tag.end,
      translationClose: tag.end,
      nested: null,
      lookupStart: -1,
      inLookup: false,
      sourceOffset: null,
      sourceEnd: -1,
    };
  }

  private startSource(frame: Frame, tag: SpanTag): void {
    if (frame.id !== null && tag.id !== frame.id) {
      this.problems.push({
        kind: "stu-id-mismatch",
        offset: tag.start,
        end: tag.end,
        message: `Expected source span id ${quote(frame.id)} (the id of its translation span) but found ${quote(tag.id)}`,
        id: tag.id,
        expectedId: frame.id,
      });
    }
    frame.phase = "source";
    frame.depth = 0;
    frame.sourceOffset = tag.end;
    frame.sourceEnd = tag.end;
  }

  private missingLookup(frame: Frame, found: string): void {
    this.problem("missing-lookup", frame.start, frame.translationClose, `Expected a "sxs-lookup" span after translation span ${quote(frame.id)} but found ${found}`, frame.id ?? undefined);
  }

  /** Reports a lookup (or a source span) still open where `found`, at `end`, begins. */
  private unclosedLookup(frame: Frame, end: number, found: string): void {
    const both = frame.phase === "source" && frame.inLookup;
    const what = both ? 'the source span and the "sxs-lookup" span' : frame.inLookup ? 'the "sxs-lookup" span' : "the source span";
    const owner = frame.id === null ? "" : ` of segment ${quote(frame.id)}`;
    const message = `Expected ${quote(both ? "</span></span>" : "</span>")} closing ${what}${owner} but found ${found}`;
    this.problem("unclosed-lookup", frame.lookupStart, end, message, frame.id ?? undefined);
  }

  /** Records the segment of a frame that ends at `end` (orphan lookups record none). */
  private finish(frame: Frame, end: number): void {
    if (frame.id === null) return;
    const [prefix, number] = splitId(frame.id);
    const previous = this.segments[this.segments.length - 1];
    if (previous && previous.start > frame.start) this.segmentsSorted = false;
    this.segments.push({
      id: frame.id,
      prefix,
      number,
      start: frame.start,
      end,
      translation: this.text.slice(frame.translationOffset, frame.translationEnd),
      translationOffset: frame.translationOffset,
      source: frame.sourceOffset === null ? null : this.text.slice(frame.sourceOffset, frame.sourceEnd),
      sourceOffset: frame.sourceOffset,
    });
  }

  private problem(kind: SegmentProblem["kind"], offset: number, end: number | undefined, message: string, id?: string): void {
    const problem: SegmentProblem = { kind, offset, message };
    if (end !== undefined) problem.end = end;
    if (id !== undefined) problem.id = id;
    this.problems.push(problem);
  }
}

function startLookup(frame: Frame, tag: SpanTag): void {
  frame.phase = "lookup";
  frame.depth = 0;
  frame.inLookup = true;
  frame.lookupStart = tag.start;
}

/** Splits "7e8b9-103" at its last "-" into a prefix and a number; both null unless the number is all digits. */
function splitId(id: string): [string | null, number | null] {
  const dash = id.lastIndexOf("-");
  if (dash < 1 || dash === id.length - 1) return [null, null];
  for (let i = dash + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return [null, null];
  }
  return [id.slice(0, dash), Number(id.slice(dash + 1))];
}

/** Words for a tag met where something else was expected. */
function describe(tag: SpanTag): string {
  if (tag.closing) return '"</span>"';
  switch (tag.kind) {
    case "ttu":
      return `translation span ${quote(tag.id)}`;
    case "stu":
      return `source span ${quote(tag.id)}`;
    case "lookup":
      return 'a "sxs-lookup" span';
    case "plain":
      return '"<span>"';
  }
}

/** Quotes text for a message, shortened and with line breaks visible. */
function excerpt(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return JSON.stringify(short);
}

/**
 * The offset of the next `<span` or `</span` tag at or after `from`, or -1. One search for "span"
 * serves both; `<spanner>` and the like are skipped.
 */
function nextSpanTag(text: string, from: number): number {
  // Tags mostly follow one another (`</span><span class="sxs-lookup"><span data-stu-id=…>`): try `from` first.
  if (text.charCodeAt(from) === LT) {
    const name = text.charCodeAt(from + 1) === SLASH ? from + 2 : from + 1;
    if (text.startsWith("span", name) && isTagNameEnd(text.charCodeAt(name + 4))) return from;
  }
  for (let i = text.indexOf("span", from + 1); i !== -1; i = text.indexOf("span", i + 4)) {
    let at = i - 1;
    let c = text.charCodeAt(at);
    if (c === SLASH) c = text.charCodeAt(--at);
    if (c === LT && at >= from && isTagNameEnd(text.charCodeAt(i + 4))) return at;
  }
  return -1;
}

const OTHER_CASE_SPAN_TAG = /<\/?(?!span)[sS][pP][aA][nN](?=[\t\n\f\r />])/g;

/** Offsets of span tags not written in lower case (`<SPAN`, `</Span`), in order. */
function findOtherCaseSpanTags(text: string): number[] {
  return Array.from(text.matchAll(OTHER_CASE_SPAN_TAG), (match) => match.index);
}

/** Whether `c` ends an HTML tag name (whitespace, `/` or `>`). */
function isTagNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === 10 || c === 9 || c === SLASH || c === CR || c === 12;
}

function indexOrLength(text: string, search: string, from: number): number {
  const i = text.indexOf(search, from);
  return i === -1 ? text.length : i;
}

function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

function ignore(): void {}

/**
 * Recognizes the four forms sxs tools write, byte for byte, which parse5 would tokenize to the same
 * tag: `</span>`, `<span class="sxs-lookup">`, `<span data-ttu-id="…">` and `<span data-stu-id="…">`
 * with an id free of `&`, CR and NUL. Nearly every tag in real files is one of these, and skipping
 * the tokenizer for them makes the parse several times faster. Null for anything else.
 */
function readCanonicalTag(text: string, at: number, into: SpanTag): SpanTag | null {
  // One character tells the four forms apart (`/`, then `c` of class or `d` of data-, then `t` or `s`),
  // so that a single startsWith confirms the form: this runs for every tag of every file.
  if (text.charCodeAt(at + 1) === SLASH) {
    return text.startsWith("</span>", at) ? fill(into, true, "plain", "", at, at + 7) : null;
  }
  const c = text.charCodeAt(at + 6);
  if (c === LOWER_C) {
    return text.startsWith(LOOKUP_TAG, at) ? fill(into, false, "lookup", "", at, at + LOOKUP_TAG.length) : null;
  }
  if (c !== LOWER_D) return null;
  const t = text.charCodeAt(at + 11);
  let kind: SpanKind;
  if (t === LOWER_T && text.startsWith(TTU_TAG, at)) kind = "ttu";
  else if (t === LOWER_S && text.startsWith(STU_TAG, at)) kind = "stu";
  else return null;
  const valueStart = at + TTU_TAG.length;
  const quote = text.indexOf('"', valueStart);
  if (quote === -1 || text.charCodeAt(quote + 1) !== GT) return null;
  for (let i = valueStart; i < quote; i++) {
    const c = text.charCodeAt(i);
    if (c === AMPERSAND || c === CR || c === NUL) return null;
  }
  return fill(into, false, kind, text.slice(valueStart, quote), at, quote + 2);
}

function fill(tag: SpanTag, closing: boolean, kind: SpanKind, id: string, start: number, end: number): SpanTag {
  tag.closing = closing;
  tag.kind = kind;
  tag.id = id;
  tag.start = start;
  tag.end = end;
  return tag;
}

/**
 * Reads one span tag at a time with parse5's tokenizer, fed only the tag's own text: the text between
 * tags is never tokenized, and no tree builder repairs anything.
 */
class SpanTagReader {
  private tokenizer: Tokenizer | null = null;
  /** Code units written to the current tokenizer: its offsets count from its first write. */
  private written = 0;
  private token: Token.TagToken | null = null;

  /**
   * One object for every canonical tag (1.7 million in the sxs corpus): the scanner reads each tag before
   * it asks for the next and keeps none (a nested translation span is copied).
   */
  private readonly canonical: SpanTag = { closing: false, kind: "plain", id: "", start: 0, end: 0 };

  /**
   * The tag whose `<` is at `at`, or null when it never ends (no `>` outside quotes before the end of the
   * text). Valid until the next call.
   */
  read(text: string, at: number): SpanTag | null {
    return readCanonicalTag(text, at, this.canonical) ?? this.tokenize(text, at);
  }

  private tokenize(text: string, at: number): SpanTag | null {
    const closing = text.charCodeAt(at + 1) === SLASH;
    const tokenizer = (this.tokenizer ??= this.createTokenizer());
    const base = this.written;
    this.token = null;
    let from = at;
    while (this.token === null) {
      const gt = text.indexOf(">", from);
      if (gt === -1) {
        // The tokenizer is stuck inside this tag: start afresh for the next one.
        this.tokenizer = null;
        return null;
      }
      // A `>` inside a quoted attribute value does not end the tag: then feed up to the next one.
      tokenizer.write(text.slice(from, gt + 1), false);
      this.written += gt + 1 - from;
      from = gt + 1;
    }
    const token: Token.TagToken = this.token;
    const location = token.location;
    const start = at + (location ? location.startOffset - base : 0);
    const end = location ? at + location.endOffset - base : from;
    if (closing) return { closing, kind: "plain", id: "", start, end };
    let kind: SpanKind = "plain";
    let id = "";
    for (const attr of token.attrs) {
      if (attr.name === "data-ttu-id") {
        kind = "ttu";
        id = attr.value;
        break;
      }
      if (attr.name === "data-stu-id") {
        kind = "stu";
        id = attr.value;
      } else if (attr.name === "class" && kind === "plain" && attr.value.split(CLASS_SEPARATOR).includes("sxs-lookup")) {
        kind = "lookup";
      }
    }
    return { closing, kind, id, start, end };
  }

  private createTokenizer(): Tokenizer {
    const handler: TokenHandler = {
      onStartTag: (token) => {
        this.token = token;
      },
      onEndTag: (token) => {
        this.token = token;
      },
      onComment: ignore,
      onDoctype: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    };
    const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
    // Drop each tag's text once it is read, so the tokenizer's buffer never grows.
    tokenizer.preprocessor.bufferWaterline = 0;
    this.written = 0;
    return tokenizer;
  }
}
