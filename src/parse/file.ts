// LocalizedFile: one file read and decoded once, with its parts parsed lazily on first use.
import { FileReadError, readRegularFile, stampOf, type ReadStamp } from "../fs/index.js";
import { parseFrontMatter } from "./frontmatter.js";
import { scanMarkdown } from "./markdown.js";
import type { Link, MarkdownScan, Metadata, ParseProblem, SegmentParse } from "./model.js";
import { parseSegments } from "./segments.js";
import { decodeText, LineIndex } from "./text.js";
import { parseYamlFile, yamlMarkdownView } from "./yaml-file.js";
import type { Position } from "../types.js";

/** Files larger than this are reported and not parsed (a doc page is rarely over 1 MB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface FileIdentity {
  path: string;
  displayPath: string;
  locale: string;
  relPath: string;
  root: string;
  isSource: boolean;
}

/** Why a file could not be read or decoded: reported as a fatal finding. */
export interface Unreadable {
  message: string;
  line: number;
  column: number;
}

export class LocalizedFile implements FileIdentity {
  readonly path: string;
  readonly displayPath: string;
  readonly locale: string;
  readonly relPath: string;
  readonly root: string;
  readonly isSource: boolean;
  readonly kind: "markdown" | "yaml";
  /** Decoded text without the BOM, line endings as stored. Empty when unreadable. */
  readonly text: string;
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
  readonly unreadable: Unreadable | null;
  readonly lines: LineIndex;
  readonly metadata: Metadata | null;
  /** Front-matter or YAML syntax errors. */
  readonly parseProblems: ParseProblem[];
  /** Where the Markdown body starts (after front matter). */
  readonly bodyStart: number;
  readonly yamlMime: string | null;
  private yamlLinks: Link[] = [];
  /** False when the file's bytes cannot hold a `loclint-` directive (checked on the bytes, which is fast). */
  readonly mayHaveDirectives: boolean;
  /** The bytes and stat read from disk, kept (for the group's lifetime) to stamp the file if it gets fixed; null unless asked for. */
  private readonly fromDisk: { bytes: Uint8Array; size: number; mtimeMs: number } | null;
  private segmentCache: SegmentParse | undefined;
  private markdownCache: MarkdownScan | undefined;

  constructor(identity: FileIdentity, content: Uint8Array | string | Unreadable, fromDisk: { size: number; mtimeMs: number } | null = null) {
    this.fromDisk = fromDisk && content instanceof Uint8Array ? { bytes: content, size: fromDisk.size, mtimeMs: fromDisk.mtimeMs } : null;
    this.path = identity.path;
    this.displayPath = identity.displayPath;
    this.locale = identity.locale;
    this.relPath = identity.relPath;
    this.root = identity.root;
    this.isSource = identity.isSource;
    this.kind = /\.ya?ml$/i.test(identity.path) ? "yaml" : "markdown";
    let text = "";
    let bom = false;
    let eol: "\n" | "\r\n" = "\n";
    let unreadable: Unreadable | null = null;
    let directives = typeof content === "string" && content.includes("loclint-");
    if (typeof content === "string") {
      text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
      bom = text !== content;
      eol = /\r\n/.test(text.slice(0, 4096)) ? "\r\n" : "\n";
    } else if (content instanceof Uint8Array) {
      const decoded = decodeText(content);
      directives = Buffer.from(content.buffer, content.byteOffset, content.byteLength).indexOf("loclint-") !== -1;
      if ("binary" in decoded) unreadable = { message: decoded.message, line: decoded.line, column: decoded.column };
      else ({ text, bom, eol } = decoded);
    } else {
      unreadable = content;
    }
    this.text = text;
    this.bom = bom;
    this.eol = eol;
    this.unreadable = unreadable;
    this.mayHaveDirectives = directives;
    this.lines = new LineIndex(text);
    if (unreadable) {
      this.metadata = null;
      this.parseProblems = [];
      this.bodyStart = 0;
      this.yamlMime = null;
    } else if (this.kind === "yaml") {
      const parsed = parseYamlFile(text);
      this.metadata = parsed.metadata;
      this.parseProblems = parsed.problems;
      this.bodyStart = 0;
      this.yamlMime = parsed.yamlMime;
      this.yamlLinks = parsed.links;
    } else {
      const parsed = parseFrontMatter(text);
      this.metadata = parsed.metadata;
      this.parseProblems = parsed.problems;
      this.bodyStart = parsed.bodyStart;
      this.yamlMime = null;
    }
  }

  /**
   * Reads a file from disk; never throws (an unreadable or oversized file becomes `unreadable`). With
   * `stamp`, the bytes read are kept for `stamp` (a file that fixes may rewrite); without, they are let go
   * once decoded, so that a group's files are held once (as text), not twice.
   */
  static read(identity: FileIdentity, options: { stamp?: boolean } = {}): LocalizedFile {
    try {
      const read = readRegularFile(identity.path, { maxBytes: MAX_FILE_BYTES });
      return new LocalizedFile(identity, read.bytes, options.stamp ? read : null);
    } catch (error) {
      const e = error as FileReadError;
      const message =
        e.code === "EFBIG" && e.size !== undefined
          ? `File is too large to lint: ${e.size} bytes, the limit is ${MAX_FILE_BYTES}`
          : `File cannot be read: ${describeFsError(error)}`;
      return new LocalizedFile(identity, { message, line: 1, column: 1 });
    }
  }

  /** What the file was when read from disk (size, mtime, SHA-1), for --fix's check that it is unchanged; null for content given in memory or read without `stamp`. */
  get stamp(): ReadStamp | null {
    return this.fromDisk && stampOf(this.fromDisk);
  }

  /** The scalar value of a metadata key (`ms.openlocfilehash`), or null when absent or not a scalar. */
  meta(key: string): string | null {
    return this.metadata?.entries.get(key)?.value ?? null;
  }

  get openlocfilehash(): string | null {
    return this.meta("ms.openlocfilehash");
  }

  /** Side-by-side segments, parsed on first use. */
  get segments(): SegmentParse {
    this.segmentCache ??= this.unreadable
      ? { segments: [], problems: [] }
      : parseSegments(this.text, { yaml: this.kind === "yaml", start: this.bodyStart });
    return this.segmentCache;
  }

  /** Links, anchors and structure, scanned on first use. YAML files are scanned through a same-length view. */
  get markdown(): MarkdownScan {
    if (!this.markdownCache) {
      const view = this.kind === "yaml" ? yamlMarkdownView(this.text) : this.text;
      this.markdownCache = this.unreadable
        ? { blocks: [], links: [], anchors: [], codeRanges: [], structure: emptyStructure() }
        : scanMarkdown(view, this.bodyStart);
    }
    return this.markdownCache;
  }

  /** The Markdown scan if some rule has asked for it already, without scanning. */
  get markdownIfScanned(): MarkdownScan | undefined {
    return this.markdownCache;
  }

  /** Every link: Markdown and HTML links of the body, plus `href`-like values of YAML files. */
  get links(): Link[] {
    return this.yamlLinks.length ? [...this.markdown.links, ...this.yamlLinks] : this.markdown.links;
  }

  positionAt(offset: number): Position {
    return this.lines.positionAt(offset);
  }
}

function emptyStructure(): MarkdownScan["structure"] {
  return { headings: [], listItems: 0, tables: [], codeFences: [], alerts: [], images: [] };
}

export function describeFsError(error: unknown): string {
  if (error instanceof FileReadError) return error.message;
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    default:
      return e?.code ? `${e.code}` : String(e?.message ?? error);
  }
}
