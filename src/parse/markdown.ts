// A fast line scanner over Markdown bodies: links, anchors, headings, code ranges and block structure, without an AST.
import type { Anchor, Block, Heading, Link, MarkdownScan, Structure } from "./model.js";
import { slugify } from "./slug.js";

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const LT = 60;
const EQUALS = 61;
const QUESTION = 63;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const PIPE = 124;
const TILDE = 126;
const LBRACE = 123;

// Characters that may start an inline construct: \ ` < [ ] ! :
const INLINE_SPECIAL = new Uint8Array(128);
for (const c of "\\`<[]!:") INLINE_SPECIAL[c.charCodeAt(0)] = 1;
const INLINE_SPECIAL_RE = /[\\`<[\]!:\n]/g;

const OPENER_IMAGE = 1;
/** Parentheses a link destination may nest (cmark's limit): deeper, it is text, which keeps `](` runs linear. */
const MAX_DESTINATION_PARENS = 32;

interface OpenFence {
  ch: number;
  length: number;
  /** Column of the container (list item content) the fence opened in: the closing fence may sit up to 3 columns right of it. */
  baseCol: number;
  /** Columns taken off each line's indentation (see `shortcodeCol`) when the fence opened. */
  shift: number;
  bq: number;
  marker: number;
  info: string;
  contentStart: number;
}

/**
 * Scans a Markdown body (from `bodyStart`, just after the front matter) in one pass over its lines.
 *
 * What it follows, roughly CommonMark + GFM tables + Docs extensions, kept cheap on purpose:
 * - Code: fenced blocks (``` and ~~~, inside list items and `>` quotes too) and inline code spans are
 *   `codeRanges`; nothing inside them is a link, anchor or heading. Indented code is recognised only
 *   where it is unambiguous: 4+ columns at the start of a line, outside any list and paragraph. A fence
 *   closes at a closing fence indented at most 3 columns right of the container it opened in (less is
 *   accepted: lenient, so a mis-indented closer does not swallow the rest of the file), when a `>`
 *   quote it opened in ends, or at the end of the text.
 * - MkDocs containers (Python-Markdown admonitions `!!! note "Title"`, pymdownx details `??? tip` and
 *   content tabs `=== "Python"`), starting a block: the opener line is a paragraph of its own, and the
 *   lines indented four columns more after it are its content, read as blocks the way a list item's
 *   content is (a fence in a tab is a fence, not indented code), until a line indented less.
 * - Links: `[t](d "title")`, `[t](<d>)`, `![a](d)`, `[r]: d` (on one line; not `[^1]:` footnotes),
 *   `<a href>`, `<img src>`, autolinks `<scheme:…>` (kind "html", no text), `[!INCLUDE [n](p)]` (the
 *   inner link), and `:::image source="…" lightbox="…":::` (both kind "image"). `text` is the raw
 *   link text (it may wrap lines inside a paragraph), the markup up to `</a>` for `<a href>`, the alt
 *   text for `<img>` and `:::image`. Bracket matching is CommonMark's: `]` closes the nearest `[`, a
 *   link cannot contain a link (it may contain an image), code spans and HTML tags bind tighter than
 *   brackets, and `[t] (d)` is not a link. Reference links `[t][r]` and bare URLs are not reported.
 *   Markdown inside HTML blocks (`<td>`, `<p>` …) is scanned as if it were a paragraph, because
 *   authors mean those links; HTML comments hide their content.
 * - Anchors: `<a name>` (kind "a-name") and any element's `id` (kind "id", also on `<a>`, unless it
 *   repeats the same element's `name`).
 * - Headings: ATX and setext. `offset` is the first `#` (ATX) or the first character of the text
 *   (setext); `line` is 1-based in the whole text; `slug` is {@link slugify} of the raw text, made
 *   unique the way GitHub does it ("x", "x-1", "x-2" …).
 * - Structure: list items (outside code); GFM tables: header + body rows, columns of the delimiter
 *   row, ending at a blank line or at a line that could interrupt a paragraph (heading, fence, list
 *   item, quote, thematic break), pipes or not, as Markdig renders it; a code span in a row may
 *   hold a `|` (as Markdig reads it; GFM would split the cell first). Alerts: any `[!WORD]` that
 *   opens a `>` paragraph, kind upper-cased, so a translated kind shows up. Images: Markdown,
 *   `<img>`, `:::image` source; `offset` is the destination's offset, as in `Link.offset`.
 *
 * CRLF works: `\r` is never part of a target, slug, heading text or info string, while fence
 * `content` stays exactly as stored. Cost is linear in the text, with no per-character allocation.
 */
/**
 * A Python-Markdown / pymdownx container's first line, which starts a block: an admonition `!!! note "Title"`,
 * a collapsible one `??? tip`, `???+ tip` (details), a content tab `=== "Python"`, `===! "Tab"`, `===+ "Tab"`.
 */
const CONTAINER_OPENER = /^(?:(?:!!!|\?\?\?\+?)[ \t]*[\p{L}\p{N}_-]+(?:[ \t]+[\p{L}\p{N}_-]+)*(?:[ \t]+"[^"]*")?|===[!+]{0,2}[ \t]+"[^"]*")[ \t]*$/u;

/** A Hugo `ref`/`relref` shortcode with its page argument (quoted, or as `path=`), at the sticky position. */
const refShortcode = /\{\{[<%][ \t]*(?:rel)?ref[ \t]+(?:path=)?(?:"[^"\n]*"|'[^'\n]*'|[^\s"'>%}]+)[ \t]*[>%]\}\}(?:#[^\s)]*)?/y;

/** `{#id .class key=value}` ending a heading (Pandoc, Hugo/Goldmark, Docusaurus, MkDocs attr_list, Markdig). */
const headingAttributePattern = /^\{[ \t]*((?:[#.][^\s{}#.]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+))(?:[ \t]+(?:[#.][^\s{}#.]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+)))*)[ \t]*\}$/;

/** A heading's trailing attribute block in `text[start, end)`: where it starts (with the blanks before it), and its `#id` with the id's offset, if any. */
function headingAttribute(text: string, start: number, end: number): { id: string | null; start: number; idOffset: number } | null {
  if (end <= start || text.charCodeAt(end - 1) !== 125 /* } */) return null;
  const open = text.lastIndexOf("{", end - 1);
  if (open <= start) return null;
  const m = headingAttributePattern.exec(text.slice(open, end));
  if (!m) return null;
  let blockStart = open;
  while (blockStart > start && isBlank(text.charCodeAt(blockStart - 1))) blockStart--;
  if (blockStart === start) return null;
  const idAt = /(^|[ \t])#([^\s{}#.]+)/.exec(m[1]!);
  if (!idAt) return { id: null, start: blockStart, idOffset: -1 };
  const idOffset = open + m[0].indexOf(m[1]!) + idAt.index + idAt[1]!.length + 1;
  return { id: idAt[2]!, start: blockStart, idOffset };
}

export function scanMarkdown(text: string, bodyStart: number): MarkdownScan {
  return new Scanner(text).scan(bodyStart);
}

class Scanner {
  private readonly text: string;
  private readonly links: Link[] = [];
  private readonly anchors: Anchor[] = [];
  private readonly codeRanges: [number, number][] = [];
  private readonly blocks: Block[] = [];
  /** The list item block whose first paragraph may open at `itemContentAt` (-1 when none). */
  private itemBlock = -1;
  private itemContentAt = -1;
  /** The list item block the open paragraph belongs to, or -1 for a paragraph of its own. */
  private paraItem = -1;
  /** Set when the open paragraph became something else (a setext heading, a table header): no paragraph block. */
  private paraDropped = false;
  private readonly structure: Structure = { headings: [], listItems: 0, tables: [], codeFences: [], alerts: [], images: [] };
  private readonly slugCounts = new Map<string, number>();
  private linksUnsorted = false;

  private fence: OpenFence | null = null;
  private indentedStart = -1;
  private indentedEnd = -1;
  /**
   * Column of a Hugo shortcode line indented four columns or more where indented code would start
   * (`    {{% /tab %}}` after a fence at column 0 ended the list): Hugo runs it, so it is no code, and the
   * lines indented as far after it are read as if that indentation were their container's. 0 when none.
   */
  private shortcodeCol = 0;
  /** Lines that start before this offset belong to an HTML comment block. */
  private commentEnd = -1;

  private paraOpen = false;
  private paraStart = 0;
  private paraEnd = 0;
  private paraBase = 0;
  private paraBq = 0;
  private paraLine = 0;
  private paraLastStart = 0;
  private paraLastEnd = 0;

  /** The pending inline run: paragraph lines not scanned yet. */
  private runStart = -1;
  private runEnd = -1;

  private tableOpen = false;
  private tableOffset = 0;
  private tableRows = 0;
  private tableColumns = 0;
  private tableBq = 0;

  /** Content columns of the open list items, innermost last (always increasing). */
  private readonly listCols: number[] = [];
  /** The entries of `listCols` that are MkDocs containers (admonitions, details, content tabs), not list items. */
  private readonly containerCols: number[] = [];
  /** The `>` depth the open list items live at. */
  private listBq = 0;
  /** False on a line inside a quote nested in a list item: that line does not touch the list stack. */
  private listsApply = true;

  private readonly openerPos: number[] = [];
  private readonly openerFlags: number[] = [];
  /** Link openers (not image ones) below this stack index are inactive: a link cannot contain a link. */
  private inactiveBelow = 0;
  /** Per inline run: backtick-run length → offsets of the runs of that length, and how many are behind us. */
  private backtickRuns: Map<number, number[]> | null = null;
  private readonly backtickSeen = new Map<number, number>();
  /** Memo of the last `-->` search: from `commentFrom`, the first one is at `commentAt` (-1: none). */
  private commentFrom = -1;
  private commentAt = -1;
  /** Memo of the last `</a>` search, likewise. */
  private closingAFrom = -1;
  private closingAAt = -1;
  private destStart = 0;
  private destEnd = 0;

  constructor(text: string) {
    this.text = text;
  }

  scan(bodyStart: number): MarkdownScan {
    const t = this.text;
    const len = t.length;
    let lineNo = 1;
    for (let k = t.indexOf("\n"); k !== -1 && k < bodyStart; k = t.indexOf("\n", k + 1)) lineNo++;
    let pos = bodyStart;
    while (pos < len) {
      const nl = t.indexOf("\n", pos);
      const lineEnd = nl === -1 ? len : nl;
      const end = lineEnd > pos && t.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      const next = nl === -1 ? len : nl + 1;
      if (pos >= this.commentEnd) this.line(pos, end, next, lineNo);
      pos = next;
      lineNo++;
    }
    if (this.fence) this.closeFence(len, -1);
    this.closeIndented();
    this.closePara();
    this.closeTable();
    if (this.linksUnsorted) this.links.sort((a, b) => a.start - b.start);
    this.dropLinksAfterReferences();
    return { blocks: this.blocks, links: this.links, anchors: this.anchors, structure: this.structure, codeRanges: this.codeRanges };
  }

  /**
   * `[text][label](x)` and `[text][](x)`: when the label is defined, CommonMark reads a reference link
   * followed by plain text in parentheses, not a link to `x`. The scanner met `[label](x)` first, so it
   * drops such links once every definition is known.
   */
  private dropLinksAfterReferences(): void {
    const t = this.text;
    let defined: Set<string> | null = null;
    const label = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();
    for (let k = this.links.length - 1; k >= 0; k--) {
      const link = this.links[k]!;
      if (link.kind !== "inline" || link.start === 0 || t.charCodeAt(link.start - 1) !== RBRACKET) continue;
      defined ??= new Set(this.links.filter((l) => l.kind === "reference-def").map((l) => label(l.text ?? "")));
      let name = link.text ?? "";
      if (name === "") {
        const open = t.lastIndexOf("[", link.start - 2);
        if (open === -1) continue;
        name = t.slice(open + 1, link.start - 1);
      }
      if (defined.has(label(name))) this.links.splice(k, 1);
    }
  }

  // ---- Blocks -------------------------------------------------------------------------------

  private line(start: number, end: number, next: number, lineNo: number): void {
    const t = this.text;
    if (this.fence && this.fenceLine(start, end)) return;

    let p = start;
    let col = 0;
    for (; p < end; p++) {
      const c = t.charCodeAt(p);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
    }
    if (p === end) {
      this.closePara();
      this.closeTable();
      return;
    }
    if (this.shortcodeCol > 0) {
      if (col < this.shortcodeCol) this.shortcodeCol = 0;
      else col -= this.shortcodeCol;
    }
    if (this.indentedStart === -1 && col >= 4 && !this.paraOpen && !this.tableOpen && this.listCols.length === 0 && isShortcodeLine(t, p, end)) {
      this.shortcodeCol += col;
      col = 0;
    }
    if (this.indentedStart !== -1) {
      if (col >= 4) {
        this.indentedEnd = end;
        return;
      }
      this.closeIndented();
    } else if (col >= 4 && !this.paraOpen && !this.tableOpen && this.listCols.length === 0) {
      this.indentedStart = p;
      this.indentedEnd = end;
      return;
    }

    let bq = 0;
    while (p < end && t.charCodeAt(p) === GT) {
      bq++;
      p++;
      if (p < end && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === TAB)) p++;
      col = 0;
      for (; p < end; p++) {
        const c = t.charCodeAt(p);
        if (c === SPACE) col++;
        else if (c === TAB) col += 4 - (col % 4);
        else break;
      }
    }
    if (p === end) {
      this.closePara();
      this.closeTable();
      return;
    }

    this.listsApply = true;
    if (this.listCols.length === 0) this.listBq = bq;
    else if (bq < this.listBq) {
      this.listCols.length = 0;
      this.containerCols.length = 0;
      this.listBq = bq;
    } else if (bq > this.listBq) this.listsApply = false;
    let base = this.listsApply ? innermostAtMost(this.listCols, col) : 0;

    if (this.paraOpen && bq > this.paraBq) this.closePara();
    if (this.tableOpen) {
      if (bq === this.tableBq && (col - base >= 4 || !this.startsBlock(p, end))) {
        this.tableRows++;
        this.blocks.push({ kind: "table-row", start: p, end, level: 0, quote: bq });
        this.scanInline(p, end);
        return;
      }
      this.closeTable();
    }

    // The loop re-reads what follows a list marker as the item's first block.
    for (;;) {
      const c0 = t.charCodeAt(p);
      if (col - base <= 3) {
        if ((c0 === BACKTICK || c0 === TILDE) && this.openFence(p, end, next, col, base, bq)) return;
        if (c0 === HASH && this.atxHeading(p, end, col, lineNo)) return;
        if (this.paraOpen && bq === this.paraBq && col >= this.paraBase) {
          if ((c0 === EQUALS || c0 === DASH) && this.setextHeading(p, end, c0)) return;
          if (this.tableStart(p, end, bq)) return;
        }
        if ((c0 === DASH || c0 === STAR || c0 === UNDERSCORE) && this.isThematicBreak(p, end, c0)) {
          this.closePara();
          this.popLists(col);
          return;
        }
        const item = this.listItem(p, end, col, bq);
        if (item !== -1) {
          this.closePara();
          this.popLists(col);
          if (this.listsApply) this.listCols.push(item);
          this.structure.listItems++;
          this.itemBlock = this.blocks.length;
          this.itemContentAt = this.itemContent;
          this.blocks.push({ kind: "list-item", start: p, end, level: Math.max(1, this.listCols.length - this.containerCols.length), quote: bq });
          if (this.itemContent === end) return;
          col = this.itemContentCol;
          base = item;
          p = this.itemContent;
          continue;
        }
        if (c0 === LBRACKET && !this.paraOpen && this.referenceDefinition(p, end)) {
          this.popLists(col);
          this.blocks.push({ kind: "definition", start: p, end, level: 0, quote: bq });
          return;
        }
        if ((c0 === BANG || c0 === QUESTION || c0 === EQUALS) && !this.paraOpen && this.listsApply && CONTAINER_OPENER.test(t.slice(p, end))) {
          // Its content, indented four columns more, is read as blocks (a fence is a fence), as a list item's is.
          this.popLists(col);
          this.listCols.push(col + 4);
          this.containerCols.push(col + 4);
          this.blocks.push({ kind: "paragraph", start: p, end, level: 0, quote: bq });
          this.scanInline(p, end);
          return;
        }
        if (c0 === LT && t.startsWith("<!--", p)) {
          this.closePara();
          this.popLists(col);
          const close = t.indexOf("-->", p + 4);
          this.commentEnd = close === -1 ? t.length : close + 3;
          this.blocks.push({ kind: "comment", start: p, end: this.commentEnd, level: 0, quote: bq });
          return;
        }
      }
      if (this.paraOpen) {
        this.paraEnd = end;
        this.paraLastStart = p;
        this.paraLastEnd = end;
        this.runEnd = end;
        return;
      }
      this.popLists(col);
      this.paraOpen = true;
      this.paraDropped = false;
      this.paraItem = p === this.itemContentAt ? this.itemBlock : -1;
      this.paraStart = p;
      this.paraEnd = end;
      this.paraBase = base;
      this.paraBq = bq;
      this.paraLine = lineNo;
      this.paraLastStart = p;
      this.paraLastEnd = end;
      this.runStart = p;
      this.runEnd = end;
      if (bq > 0 && c0 === LBRACKET) this.alert(p, end);
      return;
    }
  }

  /** A line inside an open fence: true when consumed, false when the fence ended before it (quote closed). */
  private fenceLine(start: number, end: number): boolean {
    const t = this.text;
    const f = this.fence!;
    let p = start;
    for (let depth = 0; depth < f.bq; depth++) {
      let q = p;
      while (q < end && (t.charCodeAt(q) === SPACE || t.charCodeAt(q) === TAB)) q++;
      if (q === end || t.charCodeAt(q) !== GT) {
        this.closeFence(start, -1);
        return false;
      }
      p = q + 1;
      if (p < end && t.charCodeAt(p) === SPACE) p++;
    }
    let col = 0;
    for (; p < end; p++) {
      const c = t.charCodeAt(p);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
    }
    if (f.shift > 0) col = Math.max(0, col - f.shift);
    if (col > f.baseCol + 3 || t.charCodeAt(p) !== f.ch) return true;
    let r = p;
    while (r < end && t.charCodeAt(r) === f.ch) r++;
    if (r - p < f.length) return true;
    while (r < end && (t.charCodeAt(r) === SPACE || t.charCodeAt(r) === TAB)) r++;
    if (r === end) this.closeFence(start, end);
    return true;
  }

  private openFence(p: number, end: number, next: number, col: number, base: number, bq: number): boolean {
    const t = this.text;
    const ch = t.charCodeAt(p);
    let r = p;
    while (r < end && t.charCodeAt(r) === ch) r++;
    if (r - p < 3) return false;
    const info = t.slice(r, end).trim();
    if (ch === BACKTICK && info.includes("`")) return false;
    this.closePara();
    this.popLists(col);
    this.fence = { ch, length: r - p, baseCol: base, shift: this.shortcodeCol, bq, marker: p, info, contentStart: next };
    return true;
  }

  /** Closes the open fence at a closing line [closerStart, closerEnd), or before `closerStart` when closerEnd is -1. */
  private closeFence(closerStart: number, closerEnd: number): void {
    const f = this.fence!;
    this.fence = null;
    const content = f.contentStart < closerStart ? this.text.slice(f.contentStart, closerStart) : "";
    const blockEnd = closerEnd === -1 ? Math.max(closerStart, f.marker) : closerEnd;
    this.codeRanges.push([f.marker, blockEnd]);
    this.structure.codeFences.push({ offset: f.marker, info: f.info, content });
    const contentEnd = Math.max(f.contentStart, f.contentStart + content.length);
    this.blocks.push({ kind: "code", start: f.marker, end: blockEnd, level: 0, quote: f.bq, info: f.info, contentStart: f.contentStart, contentEnd });
  }

  private closeIndented(): void {
    if (this.indentedStart === -1) return;
    this.codeRanges.push([this.indentedStart, this.indentedEnd]);
    this.blocks.push({ kind: "code", start: this.indentedStart, end: this.indentedEnd, level: 0, quote: 0, info: "", contentStart: this.indentedStart, contentEnd: this.indentedEnd });
    this.indentedStart = -1;
  }

  private atxHeading(p: number, end: number, col: number, lineNo: number): boolean {
    const t = this.text;
    let r = p;
    while (r < end && t.charCodeAt(r) === HASH) r++;
    const level = r - p;
    if (level > 6 || (r < end && t.charCodeAt(r) !== SPACE && t.charCodeAt(r) !== TAB)) return false;
    let s = r;
    while (s < end && isBlank(t.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    let k = e;
    while (k > s && t.charCodeAt(k - 1) === HASH) k--;
    if (k === s) e = s;
    else if (k < e && isBlank(t.charCodeAt(k - 1))) {
      e = k;
      while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    }
    this.closePara();
    this.popLists(col);
    const attribute = headingAttribute(t, s, e);
    this.addHeading(level, t.slice(s, attribute ? attribute.start : e), p, lineNo, attribute?.id ?? undefined);
    this.blocks.push({ kind: "heading", start: p, end, level, quote: 0 });
    this.scanInline(s, attribute ? attribute.start : e);
    if (attribute?.id) this.anchors.push({ name: attribute.id, offset: attribute.idOffset, kind: "id" });
    return true;
  }

  private setextHeading(p: number, end: number, ch: number): boolean {
    const t = this.text;
    let r = p;
    while (r < end && t.charCodeAt(r) === ch) r++;
    while (r < end && isBlank(t.charCodeAt(r))) r++;
    if (r !== end) return false;
    const attribute = headingAttribute(t, this.paraStart, this.paraEnd);
    const raw = t.slice(this.paraStart, attribute ? attribute.start : this.paraEnd).replace(/\r?\n[ \t>]*/g, "\n").trim();
    this.addHeading(ch === EQUALS ? 1 : 2, raw, this.paraStart, this.paraLine, attribute?.id ?? undefined);
    this.blocks.push({ kind: "heading", start: this.paraStart, end: this.paraEnd, level: ch === EQUALS ? 1 : 2, quote: this.paraBq });
    this.paraDropped = true;
    this.closePara();
    if (attribute?.id) this.anchors.push({ name: attribute.id, offset: attribute.idOffset, kind: "id" });
    return true;
  }

  private addHeading(level: number, raw: string, offset: number, line: number, id?: string): void {
    if (id !== undefined) {
      // An explicit id is the heading's anchor as written; it still takes its name from the automatic ones.
      this.slugCounts.set(id, this.slugCounts.get(id) ?? 0);
      this.structure.headings.push({ level, raw, slug: id, offset, line, id });
      return;
    }
    const base = slugify(raw);
    let slug = base;
    let count = this.slugCounts.get(base);
    if (count === undefined) this.slugCounts.set(base, 0);
    else {
      do {
        count++;
        slug = `${base}-${count}`;
      } while (this.slugCounts.has(slug));
      this.slugCounts.set(base, count);
      this.slugCounts.set(slug, 0);
    }
    const heading: Heading = { level, raw, slug, offset, line };
    this.structure.headings.push(heading);
  }

  /** A GFM delimiter row under a one-line header with as many cells: opens a table. */
  private tableStart(p: number, end: number, bq: number): boolean {
    const columns = this.delimiterCells(p, end);
    if (columns < 1 || this.countCells(this.paraLastStart, this.paraLastEnd) !== columns) return false;
    const header = this.paraLastStart;
    // The lines before the header row stay a paragraph of their own.
    if (header > this.paraStart) {
      let e = this.text.lastIndexOf("\n", header - 1);
      if (e > 0 && this.text.charCodeAt(e - 1) === CR) e--;
      this.paraEnd = Math.max(this.paraStart, e);
    } else this.paraDropped = true;
    this.closePara();
    this.blocks.push({ kind: "table-row", start: header, end: this.paraLastEnd, level: 0, quote: bq });
    this.tableOpen = true;
    this.tableOffset = header;
    this.tableRows = 1;
    this.tableColumns = columns;
    this.tableBq = bq;
    return true;
  }

  private closeTable(): void {
    if (!this.tableOpen) return;
    this.tableOpen = false;
    this.structure.tables.push({ offset: this.tableOffset, rows: this.tableRows, columns: this.tableColumns });
  }

  /** Cells of a delimiter row like `| --- | :-: |`, or -1 when the line is not one (it needs a pipe). */
  private delimiterCells(p: number, end: number): number {
    const t = this.text;
    let i = p;
    let pipes = 0;
    let cells = 0;
    if (t.charCodeAt(i) === PIPE) {
      i++;
      pipes++;
    }
    for (;;) {
      while (i < end && isBlank(t.charCodeAt(i))) i++;
      if (i >= end) break;
      if (t.charCodeAt(i) === COLON) i++;
      const dashes = i;
      while (i < end && t.charCodeAt(i) === DASH) i++;
      if (i === dashes) return -1;
      if (i < end && t.charCodeAt(i) === COLON) i++;
      while (i < end && isBlank(t.charCodeAt(i))) i++;
      cells++;
      if (i >= end) break;
      if (t.charCodeAt(i) !== PIPE) return -1;
      i++;
      pipes++;
    }
    return pipes > 0 ? cells : -1;
  }

  /** Cells of a table row: unescaped pipes split, a leading and a trailing pipe do not add a cell. */
  private countCells(s: number, e: number): number {
    const t = this.text;
    while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    if (s >= e) return 0;
    let pipes = 0;
    for (let i = s; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === PIPE) pipes++;
    }
    let cells = pipes + 1;
    if (t.charCodeAt(s) === PIPE) cells--;
    if (e - 1 > s && t.charCodeAt(e - 1) === PIPE && t.charCodeAt(e - 2) !== BACKSLASH) cells--;
    return cells;
  }

  /**
   * True when a line inside a table starts a block that could interrupt a paragraph, which ends the
   * table even when the line has pipes (as in Markdig and markdown-it): so a row translated as
   * "1. Zeile|…" breaks the table, as it does when rendered.
   */
  private startsBlock(p: number, end: number): boolean {
    const t = this.text;
    const c0 = t.charCodeAt(p);
    if (c0 === BACKTICK || c0 === TILDE) {
      return p + 2 < end && t.charCodeAt(p + 1) === c0 && t.charCodeAt(p + 2) === c0;
    }
    if (c0 === HASH) {
      let r = p;
      while (r < end && t.charCodeAt(r) === HASH) r++;
      return r - p <= 6 && (r === end || isBlank(t.charCodeAt(r)));
    }
    if (c0 === LT) return t.startsWith("<!--", p);
    if ((c0 === DASH || c0 === STAR || c0 === UNDERSCORE) && this.isThematicBreak(p, end, c0)) return true;
    let markerEnd = -1;
    if (c0 === DASH || c0 === STAR || c0 === PLUS) markerEnd = p + 1;
    else if (c0 === 49 && (t.charCodeAt(p + 1) === DOT || t.charCodeAt(p + 1) === RPAREN)) markerEnd = p + 2;
    if (markerEnd === -1 || markerEnd >= end || !isBlank(t.charCodeAt(markerEnd))) return false;
    let q = markerEnd;
    while (q < end && isBlank(t.charCodeAt(q))) q++;
    return q < end;
  }

  /** For the line ending at `breakEnd`: the last offset holding neither `breakCh` nor a blank (-1: none). */
  private breakEnd = -1;
  private breakCh = 0;
  private breakFrom = 0;
  private breakOther = -1;

  private isThematicBreak(p: number, end: number, ch: number): boolean {
    const t = this.text;
    // A line of nested list markers ("- - - … x") asks once per marker: find the line's last other character once.
    if (end !== this.breakEnd || ch !== this.breakCh || p < this.breakFrom) {
      let k = end - 1;
      while (k >= p && (t.charCodeAt(k) === ch || isBlank(t.charCodeAt(k)))) k--;
      this.breakEnd = end;
      this.breakCh = ch;
      this.breakFrom = p;
      this.breakOther = k >= p ? k : -1;
    }
    if (this.breakOther >= p) return false;
    let count = 0;
    for (let i = p; i < end && count < 3; i++) if (t.charCodeAt(i) === ch) count++;
    return count >= 3;
  }

  /** Set by listItem: where the item's text starts, and its column. */
  private itemContent = 0;
  private itemContentCol = 0;

  /** A list marker at `p`: the item's content column (and `itemContent`, `itemContentCol`), or -1. */
  private listItem(p: number, end: number, col: number, bq: number): number {
    const t = this.text;
    const c0 = t.charCodeAt(p);
    let markerEnd: number;
    let ordered = false;
    let startsAtOne = true;
    if (c0 === DASH || c0 === STAR || c0 === PLUS) markerEnd = p + 1;
    else if (isDigit(c0)) {
      let r = p;
      while (r < end && isDigit(t.charCodeAt(r))) r++;
      const d = t.charCodeAt(r);
      if (r - p > 9 || (d !== DOT && d !== RPAREN)) return -1;
      ordered = true;
      startsAtOne = r - p === 1 ? c0 === 49 : Number(t.slice(p, r)) === 1;
      markerEnd = r + 1;
    } else return -1;
    if (markerEnd < end && !isBlank(t.charCodeAt(markerEnd))) return -1;
    let q = markerEnd;
    let spaces = 0;
    for (; q < end; q++) {
      const c = t.charCodeAt(q);
      if (c === SPACE) spaces++;
      else if (c === TAB) spaces += 4 - ((col + markerEnd - p + spaces) % 4);
      else break;
    }
    const empty = q === end;
    // An item that would interrupt a paragraph of its own container must be non-empty, and start at 1 when ordered.
    if (this.paraOpen && bq === this.paraBq && col >= this.paraBase && (empty || (ordered && !startsAtOne))) return -1;
    const width = markerEnd - p;
    this.itemContent = q;
    this.itemContentCol = col + width + spaces;
    return col + width + (empty || spaces > 4 ? 1 : spaces);
  }

  private popLists(col: number): void {
    if (!this.listsApply) return;
    const cols = this.listCols;
    while (cols.length > 0 && cols[cols.length - 1]! > col) cols.pop();
    const containers = this.containerCols;
    while (containers.length > 0 && containers[containers.length - 1]! > col) containers.pop();
  }

  /** `[label]: destination "title"` on one line. */
  private referenceDefinition(p: number, end: number): boolean {
    const t = this.text;
    // `[^1]: …` is a footnote, not a link.
    if (t.charCodeAt(p + 1) === 94) return false;
    let i = p + 1;
    let label = false;
    for (; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === BACKSLASH) i++;
      else if (c === LBRACKET) return false;
      else if (c === RBRACKET) break;
      else if (!isBlank(c)) label = true;
    }
    if (!label || i >= end || t.charCodeAt(i + 1) !== COLON) return false;
    const labelEnd = i;
    i += 2;
    while (i < end && isBlank(t.charCodeAt(i))) i++;
    if (i >= end) return false;
    let destStart: number;
    let destEnd: number;
    if (t.charCodeAt(i) === LT) {
      destStart = i + 1;
      const close = t.indexOf(">", destStart);
      if (close === -1 || close >= end) return false;
      destEnd = close;
      i = close + 1;
    } else {
      destStart = i;
      while (i < end && t.charCodeAt(i) > SPACE) i++;
      destEnd = i;
    }
    if (i < end) {
      const afterDest = i;
      while (i < end && isBlank(t.charCodeAt(i))) i++;
      const c = t.charCodeAt(i);
      if (i < end && (i === afterDest || (c !== DQUOTE && c !== SQUOTE && c !== LPAREN))) return false;
    }
    this.closePara();
    const target = t.slice(destStart, destEnd);
    this.pushLink({ target, offset: destStart, kind: "reference-def", text: t.slice(p + 1, labelEnd), start: p });
    return true;
  }

  private alert(p: number, end: number): void {
    const t = this.text;
    if (t.charCodeAt(p + 1) !== BANG) return;
    let r = p + 2;
    // Any script: a translated kind (`[!注意]`) is still an alert, damaged, that structure counts.
    while (r < end && r - p < 32 && (isAsciiLetter(t.charCodeAt(r)) || t.charCodeAt(r) > 0x7f) && !/\s/.test(t.charAt(r))) r++;
    if (r === p + 2 || t.charCodeAt(r) !== RBRACKET) return;
    this.structure.alerts.push({ offset: p, kind: t.slice(p + 2, r).toUpperCase() });
  }

  private closePara(): void {
    if (this.paraOpen && !this.paraDropped) {
      const item = this.paraItem !== -1 ? this.blocks[this.paraItem] : undefined;
      if (item) item.end = this.paraEnd;
      else this.blocks.push({ kind: "paragraph", start: this.paraStart, end: this.paraEnd, level: 0, quote: this.paraBq });
    }
    this.paraDropped = true;
    this.paraItem = -1;
    if (this.runStart !== -1) {
      const s = this.runStart;
      this.runStart = -1;
      this.scanInline(s, this.runEnd);
    }
    this.paraOpen = false;
  }

  // ---- Inlines ------------------------------------------------------------------------------

  /** Code spans, links, images, HTML tags and Docs `:::image` in [from, to). */
  private scanInline(from: number, to: number): void {
    const t = this.text;
    const openerPos = this.openerPos;
    const openerFlags = this.openerFlags;
    if (openerPos.length > 0) {
      openerPos.length = 0;
      openerFlags.length = 0;
    }
    this.inactiveBelow = 0;
    this.backtickRuns = null;
    let i = from;
    while (i < to) {
      let c = t.charCodeAt(i);
      if (c >= 128 || INLINE_SPECIAL[c] === 0) {
        // Jump to the next special character natively; the search stops at a line end at the latest.
        INLINE_SPECIAL_RE.lastIndex = i;
        if (!INLINE_SPECIAL_RE.test(t)) break;
        i = INLINE_SPECIAL_RE.lastIndex - 1;
        if (i >= to) break;
        c = t.charCodeAt(i);
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (c === BACKSLASH) {
        i += i + 1 < to && isAsciiPunctuation(t.charCodeAt(i + 1)) ? 2 : 1;
      } else if (c === BACKTICK) {
        let j = i + 1;
        while (j < to && t.charCodeAt(j) === BACKTICK) j++;
        const close = this.closingBackticks(j, to, j - i);
        if (close === -1) i = j;
        else {
          this.codeRanges.push([i, close + (j - i)]);
          i = close + (j - i);
        }
      } else if (c === LT) {
        const e = this.angle(i, to);
        i = e === -1 ? i + 1 : e;
      } else if (c === LBRACKET) {
        openerPos.push(i);
        openerFlags.push(0);
        i++;
      } else if (c === BANG && i + 1 < to && t.charCodeAt(i + 1) === LBRACKET) {
        openerPos.push(i);
        openerFlags.push(OPENER_IMAGE);
        i += 2;
      } else if (c === RBRACKET) {
        i = this.closeBracket(i, to);
      } else if (c === COLON && t.charCodeAt(i + 1) === COLON && t.startsWith(":::image", i)) {
        i = this.docsImage(i, to);
      } else {
        i++;
      }
    }
  }

  /**
   * The first run of exactly `length` backticks at or after `from` (the start of a run), or -1. The runs
   * of the inline run are indexed by length once, so runs of many lengths cost one pass, not one each.
   */
  private closingBackticks(from: number, to: number, length: number): number {
    let runs = this.backtickRuns;
    if (runs === null) {
      runs = this.backtickRuns = new Map();
      this.backtickSeen.clear();
      const t = this.text;
      for (let k = t.indexOf("`", from); k !== -1 && k < to; ) {
        let e = k + 1;
        while (e < to && t.charCodeAt(e) === BACKTICK) e++;
        const list = runs.get(e - k);
        if (list) list.push(k);
        else runs.set(e - k, [k]);
        k = t.indexOf("`", e);
      }
    }
    const list = runs.get(length);
    if (!list) return -1;
    // Callers ask with increasing `from`, so each list is walked once.
    let seen = this.backtickSeen.get(length) ?? 0;
    while (seen < list.length && list[seen]! < from) seen++;
    this.backtickSeen.set(length, seen);
    return seen < list.length ? list[seen]! : -1;
  }

  /** `]` at `i`: a link or image when the nearest opener is followed by `(destination)`. Returns where to go on. */
  private closeBracket(i: number, to: number): number {
    const openerPos = this.openerPos;
    const openerFlags = this.openerFlags;
    if (openerPos.length === 0) return i + 1;
    const start = openerPos.pop()!;
    const flags = openerFlags.pop()!;
    const index = openerPos.length;
    const inactive = index < this.inactiveBelow && (flags & OPENER_IMAGE) === 0;
    if (this.inactiveBelow > index) this.inactiveBelow = index;
    if (inactive || this.text.charCodeAt(i + 1) !== LPAREN || i + 1 >= to) return i + 1;
    const after = this.inlineDestination(i + 2, to);
    if (after === -1) return i + 1;
    const t = this.text;
    const image = (flags & OPENER_IMAGE) !== 0;
    const target = t.slice(this.destStart, this.destEnd);
    const text = t.slice(start + (image ? 2 : 1), i);
    this.pushLink({ target, offset: this.destStart, kind: image ? "image" : "inline", text, start });
    if (image) this.structure.images.push({ offset: this.destStart, target });
    else this.inactiveBelow = openerPos.length;
    return after;
  }

  /** After `](`: parses `dest "title")`, sets destStart/destEnd, returns the offset after `)` or -1. */
  private inlineDestination(p: number, to: number): number {
    const t = this.text;
    let i = skipSpaceAndOneLineEnding(t, p, to);
    if (i >= to) return -1;
    if (t.charCodeAt(i) === LBRACE && t.charCodeAt(i + 1) === LBRACE) {
      // Hugo's `{{< ref "page.md" >}}` / `{{% relref … %}}` as a destination: the shortcode is the target.
      refShortcode.lastIndex = i;
      const m = refShortcode.exec(t);
      if (m && i + m[0].length <= to) {
        this.destStart = i;
        this.destEnd = i + m[0].length;
        const after = skipSpaceAndOneLineEnding(t, this.destEnd, to);
        return after < to && t.charCodeAt(after) === RPAREN ? after + 1 : -1;
      }
    }
    if (t.charCodeAt(i) === LT) {
      const s = i + 1;
      for (i = s; i < to; i++) {
        const c = t.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === GT) break;
        else if (c === LT || c === LF || c === CR) return -1;
      }
      if (i >= to) return -1;
      this.destStart = s;
      this.destEnd = i;
      i++;
    } else {
      const s = i;
      let depth = 0;
      for (; i < to; i++) {
        const c = t.charCodeAt(i);
        if (c <= SPACE || c === 127) break;
        if (c === BACKSLASH && i + 1 < to && isAsciiPunctuation(t.charCodeAt(i + 1))) i++;
        else if (c === LPAREN) {
          if (++depth > MAX_DESTINATION_PARENS) return -1;
        } else if (c === RPAREN) {
          if (depth === 0) break;
          depth--;
        }
      }
      if (depth !== 0) return -1;
      this.destStart = s;
      this.destEnd = i;
    }
    const beforeTitle = i;
    i = skipSpaceAndOneLineEnding(t, i, to);
    const q = t.charCodeAt(i);
    if (i > beforeTitle && (q === DQUOTE || q === SQUOTE || q === LPAREN)) {
      const close = q === LPAREN ? RPAREN : q;
      for (i++; i < to; i++) {
        const c = t.charCodeAt(i);
        if (c === BACKSLASH) i++;
        else if (c === close) break;
        else if (q === LPAREN && c === LPAREN) return -1;
      }
      if (i >= to) return -1;
      i = skipSpaceAndOneLineEnding(t, i + 1, to);
    }
    return i < to && t.charCodeAt(i) === RPAREN ? i + 1 : -1;
  }

  /** `<` at `i`: an autolink, HTML comment or tag. Returns the offset after it, or -1 when the `<` is text. */
  private angle(i: number, to: number): number {
    const t = this.text;
    const c1 = t.charCodeAt(i + 1);
    if (c1 === BANG) {
      if (!t.startsWith("<!--", i)) return -1;
      const close = this.commentClose(i + 4);
      return close === -1 || close + 3 > to ? -1 : close + 3;
    }
    if (c1 === SLASH) {
      let j = i + 2;
      if (!isAsciiLetter(t.charCodeAt(j))) return -1;
      while (j < to && isTagNameChar(t.charCodeAt(j))) j++;
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      return j < to && t.charCodeAt(j) === GT ? j + 1 : -1;
    }
    if (!isAsciiLetter(c1)) return -1;
    let j = i + 2;
    while (j < to && isSchemeChar(t.charCodeAt(j))) j++;
    if (t.charCodeAt(j) === COLON && j - i - 1 >= 2 && j - i - 1 <= 32) return this.autolink(i, j + 1, to);
    return this.tag(i, to);
  }

  /** `t.indexOf("-->", from)`, remembering the last answer: a run of unclosed `<!--` searches the rest of the text once. */
  private commentClose(from: number): number {
    if (this.commentFrom === -1 || from < this.commentFrom || (this.commentAt !== -1 && from > this.commentAt)) {
      this.commentFrom = from;
      this.commentAt = this.text.indexOf("-->", from);
    }
    return this.commentAt;
  }

  private autolink(i: number, j: number, to: number): number {
    const t = this.text;
    for (; j < to; j++) {
      const c = t.charCodeAt(j);
      if (c === GT) break;
      if (c <= SPACE || c === LT) return -1;
    }
    if (j >= to) return -1;
    this.pushLink({ target: t.slice(i + 1, j), offset: i + 1, kind: "html", start: i });
    return j + 1;
  }

  /** An HTML open tag at `i`: records `<a href>`, `<img src>`, `<a name>` and `id` attributes. */
  private tag(i: number, to: number): number {
    const t = this.text;
    let j = i + 1;
    while (j < to && isTagNameChar(t.charCodeAt(j))) j++;
    const nameLength = j - i - 1;
    const isA = nameLength === 1 && (t.charCodeAt(i + 1) | 0x20) === 97;
    const isImg = nameLength === 3 && t.slice(i + 1, j).toLowerCase() === "img";
    let hrefStart = -1;
    let hrefEnd = -1;
    let nameStart = -1;
    let nameEnd = -1;
    let idStart = -1;
    let idEnd = -1;
    let altStart = -1;
    let altEnd = -1;
    let end: number;
    for (;;) {
      const beforeSpace = j;
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      if (j >= to) return -1;
      const c = t.charCodeAt(j);
      if (c === GT) {
        end = j + 1;
        break;
      }
      if (c === SLASH) {
        if (t.charCodeAt(j + 1) !== GT || j + 1 >= to) return -1;
        end = j + 2;
        break;
      }
      if (j === beforeSpace || !isAttributeNameStart(c)) return -1;
      const attrStart = j;
      j++;
      while (j < to && isAttributeNameChar(t.charCodeAt(j))) j++;
      const attrLength = j - attrStart;
      const afterName = j;
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      if (t.charCodeAt(j) !== EQUALS || j >= to) {
        j = afterName;
        continue;
      }
      j++;
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      if (j >= to) return -1;
      const q = t.charCodeAt(j);
      let valueStart: number;
      let valueEnd: number;
      if (q === DQUOTE || q === SQUOTE) {
        valueStart = j + 1;
        valueEnd = t.indexOf(q === DQUOTE ? '"' : "'", valueStart);
        if (valueEnd === -1 || valueEnd >= to) return -1;
        j = valueEnd + 1;
      } else {
        valueStart = j;
        while (j < to && isUnquotedValueChar(t.charCodeAt(j))) j++;
        if (j === valueStart) return -1;
        valueEnd = j;
      }
      if (attrLength === 2 && t.slice(attrStart, afterName).toLowerCase() === "id") {
        idStart = valueStart;
        idEnd = valueEnd;
      } else if (attrLength === 4 && (isA || isImg)) {
        const attr = t.slice(attrStart, afterName).toLowerCase();
        if (attr === "href" && isA) {
          hrefStart = valueStart;
          hrefEnd = valueEnd;
        } else if (attr === "name" && isA) {
          nameStart = valueStart;
          nameEnd = valueEnd;
        }
      } else if (attrLength === 3 && isImg) {
        const attr = t.slice(attrStart, afterName).toLowerCase();
        if (attr === "src") {
          hrefStart = valueStart;
          hrefEnd = valueEnd;
        } else if (attr === "alt") {
          altStart = valueStart;
          altEnd = valueEnd;
        }
      }
    }
    if (hrefStart !== -1) {
      const target = t.slice(hrefStart, hrefEnd);
      const link: Link = { target, offset: hrefStart, kind: "html", start: i };
      if (isImg) {
        if (altStart !== -1) link.text = t.slice(altStart, altEnd);
        this.structure.images.push({ offset: hrefStart, target });
      } else {
        const close = this.closingA(end, to);
        if (close !== -1) link.text = t.slice(end, close);
      }
      this.pushLink(link);
    }
    let name: string | null = null;
    if (nameStart !== -1) {
      name = t.slice(nameStart, nameEnd);
      this.anchors.push({ name, offset: nameStart, kind: "a-name" });
    }
    if (idStart !== -1) {
      const id = t.slice(idStart, idEnd);
      if (id !== name) this.anchors.push({ name: id, offset: idStart, kind: "id" });
    }
    return end;
  }

  /** `:::image …:::` at `i`: `source` (an image) and `lightbox` are image links; `alt-text` is their text. */
  private docsImage(i: number, to: number): number {
    const t = this.text;
    let j = i + 8;
    if (j >= to || !isWhitespace(t.charCodeAt(j))) return i + 1;
    let sourceStart = -1;
    let sourceEnd = -1;
    let lightboxStart = -1;
    let lightboxEnd = -1;
    let altStart = -1;
    let altEnd = -1;
    for (;;) {
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      if (j >= to) break;
      if (t.startsWith(":::", j)) {
        j += 3;
        break;
      }
      const attrStart = j;
      while (j < to && (isAttributeNameChar(t.charCodeAt(j)) && t.charCodeAt(j) !== COLON)) j++;
      const attr = t.slice(attrStart, j);
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      if (j === attrStart || t.charCodeAt(j) !== EQUALS) break;
      j++;
      while (j < to && isWhitespace(t.charCodeAt(j))) j++;
      const q = t.charCodeAt(j);
      if (q !== DQUOTE && q !== SQUOTE) break;
      const valueStart = j + 1;
      const valueEnd = t.indexOf(q === DQUOTE ? '"' : "'", valueStart);
      if (valueEnd === -1 || valueEnd >= to) break;
      j = valueEnd + 1;
      if (attr === "source") {
        sourceStart = valueStart;
        sourceEnd = valueEnd;
      } else if (attr === "lightbox") {
        lightboxStart = valueStart;
        lightboxEnd = valueEnd;
      } else if (attr === "alt-text") {
        altStart = valueStart;
        altEnd = valueEnd;
      }
    }
    const alt = altStart === -1 ? undefined : t.slice(altStart, altEnd);
    if (sourceStart !== -1) {
      const target = t.slice(sourceStart, sourceEnd);
      const link: Link = { target, offset: sourceStart, kind: "image", start: i };
      if (alt !== undefined) link.text = alt;
      this.pushLink(link);
      this.structure.images.push({ offset: sourceStart, target });
    }
    if (lightboxStart !== -1) {
      const link: Link = { target: t.slice(lightboxStart, lightboxEnd), offset: lightboxStart, kind: "image", start: i };
      if (alt !== undefined) link.text = alt;
      this.pushLink(link);
    }
    return j;
  }

  /** The first `</a>` in [from, to), remembering the last answer as {@link commentClose} does. */
  private closingA(from: number, to: number): number {
    if (this.closingAFrom === -1 || from < this.closingAFrom || (this.closingAAt !== -1 && from > this.closingAAt)) {
      this.closingAFrom = from;
      this.closingAAt = indexOfClosingA(this.text, from);
    }
    return this.closingAAt !== -1 && this.closingAAt + 3 < to ? this.closingAAt : -1;
  }

  private pushLink(link: Link): void {
    const links = this.links;
    if (links.length > 0 && links[links.length - 1]!.start > link.start) this.linksUnsorted = true;
    links.push(link);
  }
}

/** The first `</a>` (or `</a `) at or after `from` in the whole text, or -1. */
function indexOfClosingA(t: string, from: number): number {
  for (let k = t.indexOf("</", from); k !== -1 && k + 3 < t.length; k = t.indexOf("</", k + 2)) {
    if ((t.charCodeAt(k + 2) | 0x20) === 97 && (t.charCodeAt(k + 3) === GT || isWhitespace(t.charCodeAt(k + 3)))) return k;
  }
  return -1;
}

/** The largest of the increasing `cols` that is at most `col`, or 0 (binary search: lists can nest as deep as a line is long). */
function innermostAtMost(cols: readonly number[], col: number): number {
  let lo = 0;
  let hi = cols.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cols[mid]! <= col) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : cols[lo - 1]!;
}

function skipSpaceAndOneLineEnding(t: string, i: number, to: number): number {
  while (i < to && isBlank(t.charCodeAt(i))) i++;
  if (i < to && (t.charCodeAt(i) === CR || t.charCodeAt(i) === LF)) {
    if (t.charCodeAt(i) === CR && t.charCodeAt(i + 1) === LF) i++;
    i++;
    while (i < to && (isBlank(t.charCodeAt(i)) || t.charCodeAt(i) === GT)) i++;
  }
  return i;
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === 12;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTagNameChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === DASH;
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === PLUS || c === DOT || c === DASH;
}

function isAttributeNameStart(c: number): boolean {
  return isAsciiLetter(c) || c === UNDERSCORE || c === COLON;
}

function isAttributeNameChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === UNDERSCORE || c === COLON || c === DOT || c === DASH;
}

function isUnquotedValueChar(c: number): boolean {
  return c > SPACE && c !== DQUOTE && c !== SQUOTE && c !== EQUALS && c !== LT && c !== GT && c !== BACKTICK;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** A line [p, end) made only of Hugo shortcodes (`{{< tab >}}`, `{{% /tab %}} {{< /tabpane >}}`). */
function isShortcodeLine(t: string, p: number, end: number): boolean {
  if (t.charCodeAt(p) !== 123 || t.charCodeAt(p + 1) !== 123) return false;
  return /^(?:\{\{[<%][^\n]*?[>%]\}\}[ \t]*)+$/.test(t.slice(p, end));
}
