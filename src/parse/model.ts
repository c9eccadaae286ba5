// Shapes produced by the parsers in src/parse/. Every offset is a UTF-16 index into LocalizedFile.text.

/** One front-matter (or YAML `metadata:`) entry with the exact place of its key and value. */
export interface MetadataEntry {
  key: string;
  /** The scalar value as a string (numbers and dates as written); null for a non-scalar or empty value. */
  value: string | null;
  keyOffset: number;
  /** Offset of the value's first character (after quotes are NOT skipped: points at the quote). */
  valueOffset: number;
  /** End offset of the value source text. */
  valueEnd: number;
}

export interface Metadata {
  /** "front-matter" for Markdown `---` blocks, "yaml-metadata" for a YAML file's `metadata:` map, "yaml-root" for a top-level YAML map. */
  kind: "front-matter" | "yaml-metadata" | "yaml-root";
  entries: Map<string, MetadataEntry>;
  /** Offsets of the whole block (for Markdown: from the opening `---` to the end of the closing `---` line). */
  start: number;
  end: number;
}

export interface ParseProblem {
  message: string;
  offset: number;
}

/**
 * One side-by-side segment:
 * `<span data-ttu-id="P-N">translation</span><span class="sxs-lookup"><span data-stu-id="P-N">source</span></span>`.
 */
export interface Segment {
  /** The full id as written, e.g. "7e8b9-103". */
  id: string;
  /** The part before the last "-" ("7e8b9"); null when the id is malformed. */
  prefix: string | null;
  /** The number after the last "-"; null when malformed. */
  number: number | null;
  /** Offset of the `<span data-ttu-id` tag. */
  start: number;
  /** Offset just after the closing `</span></span>` of the lookup (or of the ttu span if unpaired). */
  end: number;
  /** Translation inner text as written (raw markup between the ttu span's tags). */
  translation: string;
  translationOffset: number;
  /** English inner text as written (raw markup inside the stu span); null when there is no lookup. */
  source: string | null;
  sourceOffset: number | null;
}

/** A structural problem in segment markup, found while parsing (unclosed, orphan, stray, nested ...). */
export interface SegmentProblem {
  kind:
    | "unclosed-ttu"
    | "missing-lookup"
    | "orphan-lookup"
    | "orphan-stu"
    | "stu-id-mismatch"
    | "nested-segment"
    | "text-before-lookup"
    | "unclosed-lookup";
  offset: number;
  /** Optional end offset of the damaged markup. */
  end?: number;
  message: string;
  /** The id(s) involved, when known. */
  id?: string;
  expectedId?: string;
}

export interface SegmentParse {
  segments: Segment[];
  problems: SegmentProblem[];
}

export interface Link {
  /** Destination as written (without the angle brackets of `<dest>`). */
  target: string;
  /** Offset of the destination's first character. */
  offset: number;
  /** "inline" `[t](x)`, "image" `![a](x)`, "reference-def" `[r]: x`, "html" `<a href>`/`<img src>`, "yaml" (href in YAML). */
  kind: "inline" | "image" | "reference-def" | "html" | "yaml";
  /** Link text (raw) where there is one. */
  text?: string;
  /** Offset of the whole link construct (the `[` or `<`). */
  start: number;
}

export interface Anchor {
  /** The anchor name as written (`<a name="x">`, `<a id="x">` or any element `id="x"`). */
  name: string;
  offset: number;
  kind: "a-name" | "id";
}

export interface Heading {
  level: number;
  /** Raw heading text after the `#`s (markup included). */
  raw: string;
  /** GitHub/Docs-style slug of the heading's visible text, or its explicit id. */
  slug: string;
  /** The id of a trailing `{#id}` attribute block (removed from `raw`), when the heading has one. */
  id?: string;
  offset: number;
  line: number;
}

/** Line-level structure for parity checks. Code fences carry their exact content. */
export interface Structure {
  headings: Heading[];
  /** Number of list items (ordered and unordered), outside code fences. */
  listItems: number;
  /** One entry per table: rows (excluding the delimiter row) and columns of the delimiter row. */
  tables: { offset: number; rows: number; columns: number }[];
  codeFences: { offset: number; info: string; content: string }[];
  /** `> [!NOTE]`-style alerts, by kind in upper case. */
  alerts: { offset: number; kind: string }[];
  images: { offset: number; target: string }[];
}

/** Everything the Markdown scan gives: anchors, links, structure. Offsets are into the whole file text. */
export interface MarkdownScan {
  links: Link[];
  anchors: Anchor[];
  structure: Structure;
  /** [start, end) offset ranges that are code (fenced/indented blocks, inline code spans): rules skip them. */
  codeRanges: [number, number][];
}
