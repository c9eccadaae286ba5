// Small facts about files outside a sibling group (existence, letter case, anchors), cached per process.
import { existsSync, type Dirent, readdirSync, statSync } from "node:fs";
import { readRegularFile } from "../fs/index.js";
import path from "node:path";
import { scanMarkdown } from "../parse/markdown.js";
import type { MarkdownScan } from "../parse/model.js";
import { openSourceHistory, type SourceHistory } from "../git/history.js";
import { parseFrontMatter } from "../parse/frontmatter.js";
import { decodeText } from "../parse/text.js";
import { DEFAULT_COMMIT_KEYS, DEFAULT_HASH_KEY, type ProvenanceConfig } from "../config/types.js";
import { yamlMarkdownView } from "../parse/yaml-file.js";
import { MAX_FILE_BYTES } from "../parse/file.js";
import { BoundedCache, pathEntryBytes, stringBytes } from "./bounded-cache.js";

/**
 * How relative links of a locale root are read: as file paths (GitHub, Docs), or as Hugo does, relative
 * to the page's URL (`../sdk/` in `java/api.md` is `java/sdk/`, served by `_index.md`, `index.md` or `sdk.md`).
 */
export type LinkStyle = "files" | "hugo";

const hugoConfigs = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config/_default"];

export interface FileAnchors {
  /** Explicit `<a name>` and `id` anchors. */
  explicit: Set<string>;
  /** Slugs of headings. */
  slugs: Set<string>;
}

/**
 * How much of each cache a thread keeps (estimated bytes). The caches live for the whole run, so without a
 * bound they would grow with the tree: on a 20,000-file tree the anchors of every file scanned were 34 MB
 * (8.6 MB on the 5,000-file sxs corpus), the paths asked about 44,000 entries. A file whose anchors were
 * dropped is read and scanned again when a link asks for them: on the 20,000-file tree, 2,765 reads instead
 * of 1,284 (about 1,500 files, a few percent of the run's CPU). A path whose answer was dropped costs a few
 * lookups in the listings, which are kept whole on that tree (3 MB of their 8 MB).
 */
const ANCHOR_BUDGET = 8 * 1024 * 1024;
const LISTING_BUDGET = 8 * 1024 * 1024;
/** Also the budget of the cache in front of `caseVariant` in `links.ts`. */
export const PATH_BUDGET = 2 * 1024 * 1024;

/**
 * What rules may ask about other files. Directory listings and anchor sets are cached, the least recently
 * used dropped beyond a budget, so a file is read for its anchors about once per process however many
 * files link to it, and the caches stay the same size however large the tree.
 */
export class ProjectFacts {
  private listings = new BoundedCache<string, Map<string, string> | null>(LISTING_BUDGET, listingSize);
  private anchors = new BoundedCache<string, FileAnchors | null>(ANCHOR_BUDGET, anchorsSize);
  private dirs = new BoundedCache<string, boolean>(PATH_BUDGET, pathSize);
  private existence = new BoundedCache<string, boolean>(PATH_BUDGET, pathSize);
  private histories = new Map<string, SourceHistory | null>();
  private sites = new Map<string, LinkStyle>();

  /**
   * @param sourceRoots locale root → the English source root with the same relative paths.
   * @param readOverride content to use instead of the disk (staged files), by absolute path.
   */
  constructor(
    private readonly sourceRoots: ReadonlyMap<string, string> = new Map(),
    private readonly readOverride?: (absPath: string) => Uint8Array | undefined,
    /** The front-matter keys that pin a translation to its English source. */
    readonly provenance: ProvenanceConfig = { commitKeys: [...DEFAULT_COMMIT_KEYS], hashKey: DEFAULT_HASH_KEY },
  ) {}

  /** The locale roots that share this English source root. */
  localeRootsOf(sourceRoot: string): string[] {
    return [...this.sourceRoots].filter(([, s]) => s === sourceRoot).map(([l]) => l);
  }

  /**
   * The link style of a locale root: Hugo's when the root is `content/<lang>` of a Hugo site (a Hugo
   * configuration beside `content/`, or a section page `_index.md` at the root) or the `content/` of a
   * Hugo site translated by file name, else file paths.
   */
  linkStyle(localeRoot: string): LinkStyle {
    let style = this.sites.get(localeRoot);
    if (style === undefined) {
      style = detectLinkStyle(localeRoot, this.sourceRoots.get(localeRoot) ?? null);
      this.sites.set(localeRoot, style);
    }
    return style;
  }

  /** The English source root for a locale root, when there is a source tree. */
  sourceRootFor(localeRoot: string): string | null {
    return this.sourceRoots.get(localeRoot) ?? null;
  }

  /**
   * The git history of an English source root, when it lies in a git checkout (else null, at the cost of
   * a few `existsSync`): what its files were at a commit, and what changed since. See git.ts.
   */
  git(sourceRoot: string): SourceHistory | null {
    let history = this.histories.get(sourceRoot);
    if (history === undefined) {
      history = openSourceHistory(sourceRoot);
      this.histories.set(sourceRoot, history);
    }
    return history;
  }

  private listing(dir: string): Map<string, string> | null {
    let entries = this.listings.get(dir);
    if (entries === undefined) {
      try {
        entries = new Map();
        for (const name of readdirSync(dir)) entries.set(name.toLowerCase(), name);
      } catch {
        entries = null;
      }
      this.listings.set(dir, entries);
    }
    return entries;
  }

  /** True when the path exists with exactly this letter case (file or folder). */
  exists(absPath: string): boolean {
    let known = this.existence.get(absPath);
    if (known === undefined) {
      const dir = path.dirname(absPath);
      if (dir === absPath) known = true;
      else {
        const base = path.basename(absPath);
        const entries = this.listing(dir);
        known = entries !== null && entries.get(base.toLowerCase()) === base && this.exists(dir);
      }
      this.existence.set(absPath, known);
    }
    return known;
  }

  /** The path as it exists on disk when it differs from `absPath` only in letter case, else null. */
  caseVariant(absPath: string): string | null {
    if (this.exists(absPath)) return null;
    const parts = absPath.split(path.sep);
    let current = parts[0] === "" ? path.sep : parts[0]!;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i]!;
      if (part === "") continue;
      const entries = this.listing(current);
      const actual = entries?.get(part.toLowerCase());
      if (!actual) return null;
      current = path.join(current, actual);
    }
    return current === absPath ? null : current;
  }

  isDirectory(absPath: string): boolean {
    let known = this.dirs.get(absPath);
    if (known === undefined) {
      try {
        known = statSync(absPath).isDirectory();
      } catch {
        known = false;
      }
      this.dirs.set(absPath, known);
    }
    return known;
  }

  private fragmentLinks = new Map<string, Set<string>>();
  private rootFiles = new Map<string, string[]>();

  /**
   * The Markdown and YAML files of a locale root (`.md`, `.mdx`, `.markdown`, `.yml`, `.yaml`), walked once
   * per process when asked; folders starting with a dot and `node_modules` are skipped.
   */
  private documentsUnder(root: string): string[] {
    let files = this.rootFiles.get(root);
    if (!files) {
      files = [];
      const stack = [root];
      while (stack.length) {
        const dir = stack.pop()!;
        let entries: Dirent[];
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const entry of entries) {
          if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) stack.push(full);
          else if (entry.isFile() && /\.(md|mdx|markdown|ya?ml)$/i.test(entry.name)) files.push(full);
        }
      }
      files.sort();
      this.rootFiles.set(root, files);
    }
    return files;
  }

  /**
   * The files of a locale root with a link to another page (a path before the `#`) whose fragment is
   * `name` (percent-decoded, any letter case), absolute paths sorted. The page the link leads to is not
   * resolved: a link to another page with the same fragment counts too, which errs on the safe side for
   * the one caller, a fix that renames an anchor. Each file is read only when its text holds the name.
   */
  filesLinkingToFragment(root: string, name: string): Set<string> {
    const key = `${root}\0${name}`;
    let found = this.fragmentLinks.get(key);
    if (found) return found;
    found = new Set();
    const lower = name.toLowerCase();
    const encoded = encodeURIComponent(name).toLowerCase();
    for (const file of this.documentsUnder(root)) {
      let bytes: Uint8Array;
      try {
        bytes = this.readOverride?.(file) ?? readRegularFile(file, { maxBytes: MAX_FILE_BYTES }).bytes;
      } catch {
        continue;
      }
      const decoded = decodeText(bytes);
      if ("binary" in decoded) continue;
      const textLower = decoded.text.toLowerCase();
      if (!textLower.includes(lower) && !textLower.includes(encoded)) continue;
      const yaml = /\.ya?ml$/i.test(file);
      const text = yaml ? yamlMarkdownView(decoded.text) : decoded.text;
      const scan = scanMarkdown(text, yaml ? 0 : parseFrontMatter(decoded.text).bodyStart);
      for (const link of scan.links) {
        const hash = link.target.indexOf("#");
        if (hash <= 0) continue;
        if (fragmentName(link.target.slice(hash + 1)) === lower) {
          found.add(file);
          break;
        }
      }
    }
    this.fragmentLinks.set(key, found);
    return found;
  }

  /** Records the anchors of a file the engine has scanned anyway, so that links to it need not read it again. */
  noteAnchors(absPath: string, scan: MarkdownScan): void {
    if (this.anchors.has(absPath)) return;
    this.anchors.set(absPath, anchorsFromScan(scan));
  }

  /** Anchors of another file (read and scanned once), or null when it cannot be read as text. */
  anchorsOf(absPath: string): FileAnchors | null {
    let facts = this.anchors.get(absPath);
    if (facts === undefined) {
      facts = readAnchors(absPath, this.readOverride?.(absPath));
      this.anchors.set(absPath, facts);
    }
    return facts;
  }
}

/** A link fragment as a page's anchor would name it: percent-decoded, in lower case. */
function fragmentName(fragment: string): string {
  try {
    return decodeURIComponent(fragment).toLowerCase();
  } catch {
    return fragment.toLowerCase();
  }
}

const textSize = stringBytes;
const pathSize = pathEntryBytes;

function listingSize(dir: string, entries: Map<string, string> | null): number {
  let size = pathSize(dir) + 64;
  if (entries) for (const [lower, name] of entries) size += textSize(lower) + (lower === name ? 0 : textSize(name)) + 40;
  return size;
}

function anchorsSize(file: string, anchors: FileAnchors | null): number {
  let size = pathSize(file) + 128;
  if (anchors) for (const set of [anchors.explicit, anchors.slugs]) for (const value of set) size += textSize(value) + 40;
  return size;
}

function detectLinkStyle(localeRoot: string, sourceRoot: string | null): LinkStyle {
  for (const root of sourceRoot ? [localeRoot, sourceRoot] : [localeRoot]) {
    // A site translated by file name has one content folder for every language (`about.de.md` beside `about.md`).
    if (path.basename(root) === "content" && hugoConfigs.some((name) => existsSync(path.join(path.dirname(root), name)))) return "hugo";
    const content = path.dirname(root);
    if (path.basename(content) !== "content") continue;
    if (existsSync(path.join(root, "_index.md"))) return "hugo";
    const site = path.dirname(content);
    if (hugoConfigs.some((name) => existsSync(path.join(site, name)))) return "hugo";
  }
  return "files";
}

function readAnchors(absPath: string, override: Uint8Array | undefined): FileAnchors | null {
  let bytes: Uint8Array;
  try {
    bytes = override ?? readRegularFile(absPath, { maxBytes: MAX_FILE_BYTES }).bytes;
  } catch {
    return null;
  }
  const decoded = decodeText(bytes);
  if ("binary" in decoded) return null;
  const yaml = /\.ya?ml$/i.test(absPath);
  const text = yaml ? yamlMarkdownView(decoded.text) : decoded.text;
  const bodyStart = yaml ? 0 : parseFrontMatter(decoded.text).bodyStart;
  return anchorsFromScan(scanMarkdown(text, bodyStart));
}

function anchorsFromScan(scan: MarkdownScan): FileAnchors {
  return {
    explicit: new Set(scan.anchors.map((a) => detach(a.name))),
    slugs: new Set(scan.structure.headings.map((h) => detach(h.slug))),
  };
}

/**
 * A copy of a string that does not point into the text it was cut from: V8 keeps a whole file's text
 * alive for as long as any slice of it lives, and these facts live for the whole run.
 */
function detach(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}
