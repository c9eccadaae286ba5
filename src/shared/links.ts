// Shared by the link and anchor rules: what a reader sees, where a relative link leads, and the reference to compare with.
import { within } from "../parse/ranges.js";
import path from "node:path";
import type { LocalizedFile } from "../parse/file.js";
import type { Anchor, Link } from "../parse/model.js";
import { PATH_BUDGET, type ProjectFacts } from "./facts.js";
import { BoundedCache, pathEntryBytes, stringBytes } from "./bounded-cache.js";
import type { Agreement, SiblingGroup } from "./group.js";

// ---- What a reader sees ----------------------------------------------------------------------

/**
 * [start, end) ranges of a side-by-side file's hidden English copies (`<span class="sxs-lookup">`
 * content), sorted. Links and anchors there are not what the page shows: they repeat the English.
 */
function lookupRanges(file: LocalizedFile): [number, number][] {
  if (file.text.indexOf("sxs-lookup") === -1) return [];
  const ranges: [number, number][] = [];
  for (const s of file.segments.segments) {
    if (s.sourceOffset !== null && s.source !== null) ranges.push([s.sourceOffset, s.sourceOffset + s.source.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Items (sorted by `offset`) that do not sit inside one of the sorted `ranges`. */
function outside<T extends { offset: number }>(items: readonly T[], ranges: [number, number][]): T[] {
  if (ranges.length === 0) return [...items];
  const kept: T[] = [];
  let r = 0;
  for (const item of items) {
    while (r < ranges.length && ranges[r]![1] <= item.offset) r++;
    const range = ranges[r];
    if (range && range[0] <= item.offset && item.offset < range[1]) continue;
    kept.push(item);
  }
  return kept;
}

const visibleCache = new WeakMap<LocalizedFile, { links: Link[]; anchors: Anchor[] }>();

function visible(file: LocalizedFile): { links: Link[]; anchors: Anchor[] } {
  let cached = visibleCache.get(file);
  if (!cached) {
    const ranges = lookupRanges(file);
    const links = file.links.filter((l) => l.kind !== "reference-def" || isDefinition(file.text, l)).sort((a, b) => a.offset - b.offset);
    cached = { links: outside(links, ranges), anchors: outside(file.markdown.anchors, ranges) };
    visibleCache.set(file, cached);
  }
  return cached;
}

/**
 * False for a `[label]: text` line that only looks like a reference definition: what follows the
 * destination must be a title (`"t"`, `'t'`, `(t)`) ending the line, or one that goes on to the next.
 * Glossary lists in translations (`- [Term]: explanation (detail).`) are prose, not links.
 */
function isDefinition(text: string, link: Link): boolean {
  let i = link.offset + link.target.length;
  if (text.charCodeAt(i) === 62) i++;
  const nl = text.indexOf("\n", i);
  const rest = text.slice(i, nl === -1 ? text.length : nl).trim();
  if (rest === "") return true;
  const closer = rest[0] === "(" ? ")" : rest[0]!;
  const close = rest.indexOf(closer, 1);
  return close === -1 || close === rest.length - 1;
}

/**
 * The links a reader sees, in document order: Markdown, HTML and YAML links outside code (the
 * scanner leaves those out) and outside the hidden English copies of side-by-side segments.
 */
export function visibleLinks(file: LocalizedFile): Link[] {
  return visible(file).links;
}

/**
 * True for an anchor name written in another language than the English page: one with letters beyond
 * ASCII (`タブの同期`, `configuración`), or whose longer words (five letters or more, two at least) the
 * English page never uses (`despliegue-de-la-aplicacion`). An English id reworded (`deploying-obi` for
 * `deploy-obi`) is not.
 */
export function readsTranslated(name: string, englishLower: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return true;
  const words = name.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 5);
  if (words.length < 2) return false;
  return words.every((w) => !englishLower.includes(w));
}

/** The explicit anchors (`<a name>`, `id`) a reader's browser sees, in document order (as {@link visibleLinks}). */
export function visibleAnchors(file: LocalizedFile): Anchor[] {
  return visible(file).anchors;
}

// ---- The reference --------------------------------------------------------------------------

/**
 * The reference value of something for `file`: the English source's when it is the version the file
 * was translated from, else what a strict majority of the same-hash siblings share; for a file without
 * `ms.openlocfilehash`, the English source as it is when the file has no localization metadata at all,
 * else what all its other siblings (two at least) share.
 */
export function referenceFor<T>(file: LocalizedFile, group: SiblingGroup, pick: (f: LocalizedFile) => T | undefined, key: (value: T) => string): Agreement<T> | null {
  if (file.openlocfilehash) return group.agreement(file, pick, { fromSource: true, key });
  // A page with no localization metadata at all (a doc set that tracks no versions) has the English source
  // as it is for reference: the only one such a doc set has. Callers report only what no version explains.
  if (group.source && group.sourceMatches(file)) {
    const value = pick(group.source);
    if (value !== undefined) return { value, agreeing: [group.source], fromSource: true };
  }
  // Without a hash (TOC.yml) the siblings may be copies of different English versions: a majority could be
  // one version outvoting another, so only what every other sibling shares (two at least) is trusted.
  const agreement = group.agreement(file, pick, { sameHash: false, key });
  if (!agreement || agreement.agreeing.length < 2 || agreement.agreeing.length < group.siblingsOf(file).length) return null;
  return agreement;
}

// ---- Pairing two sequences -------------------------------------------------------------------

/** A pair of an expected item (index into the reference) and a found one (index into the file); -1 when one side has none. */
export type Pair = [expected: number, found: number];

/**
 * Lines up `expected` and `found` by their longest common subsequence. Items outside it are paired
 * by position within each gap between matched items (a translated or changed item then shows as one
 * pair), and what is left over is paired with -1 (missing or extra). `sameSlot`, when given, pairs
 * items of a gap with unequal lengths only when it says they belong together (the same heading).
 */
export function alignSequences(expected: readonly string[], found: readonly string[], sameSlot?: (e: number, f: number) => boolean): Pair[] {
  const matched = commonSubsequence(expected, found);
  const pairs: Pair[] = [];
  let e = 0;
  let f = 0;
  const flushGap = (eEnd: number, fEnd: number) => {
    const eCount = eEnd - e;
    const fCount = fEnd - f;
    if (eCount === fCount || !sameSlot) {
      const common = Math.min(eCount, fCount);
      for (let k = 0; k < common; k++) pairs.push([e + k, f + k]);
      for (let k = common; k < eCount; k++) pairs.push([e + k, -1]);
      for (let k = common; k < fCount; k++) pairs.push([-1, f + k]);
    } else {
      const used = new Set<number>();
      for (let i = e; i < eEnd; i++) {
        let partner = -1;
        for (let j = f; j < fEnd; j++) {
          if (!used.has(j) && sameSlot(i, j)) {
            partner = j;
            break;
          }
        }
        if (partner !== -1) used.add(partner);
        pairs.push([i, partner]);
      }
      for (let j = f; j < fEnd; j++) if (!used.has(j)) pairs.push([-1, j]);
    }
    e = eEnd;
    f = fEnd;
  };
  for (const [i, j] of matched) {
    flushGap(i, j);
    pairs.push([i, j]);
    e = i + 1;
    f = j + 1;
  }
  flushGap(expected.length, found.length);
  return pairs;
}

/** Index pairs of a longest common subsequence (common prefix and suffix first; quadratic only in the middle, capped). */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const head: [number, number][] = [];
  for (let k = 0; k < start; k++) head.push([k, k]);
  const tail: [number, number][] = [];
  for (let k = 0; aEnd + k < a.length; k++) tail.push([aEnd + k, bEnd + k]);
  const n = aEnd - start;
  const m = bEnd - start;
  const middle: [number, number][] = [];
  if (n > 0 && m > 0 && n * m <= 4_000_000) {
    // lengths[i * (m + 1) + j]: LCS length of a[start + i ..] and b[start + j ..].
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[start + i] === b[start + j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        middle.push([start + i, start + j]);
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
      else j++;
    }
  }
  return [...head, ...middle, ...tail];
}

// ---- Where a relative link leads --------------------------------------------------------------

/** A link split into the parts that name a file. */
export interface LinkParts {
  /** The path as the file system sees it: escapes removed, `\` turned into `/`, percent-decoding applied. */
  path: string;
  /** The fragment after `#` (not decoded), or null. */
  fragment: string | null;
  /** Offset (in the file's text) and length of the path part as written, for fixes. */
  pathOffset: number;
  pathLength: number;
  /** True when the path part is written with `\` separators. */
  backslash: boolean;
  /** Set for a Hugo `ref`/`relref` shortcode: the path names a page (`/` from the language's content root). */
  hugoRef?: boolean;
}

const refArgument = /^\{\{[<%][ \t]*(?:rel)?ref[ \t]+(?:path=)?(?:"([^"]*)"|'([^']*)'|([^\s"'>%}]+))[ \t]*[>%]\}\}(#.*)?$/;

/** The parts of a Hugo `{{< ref "page.md#x" >}}` destination; null when it names this page only or no page. */
function refParts(link: Link): LinkParts | null | undefined {
  const m = refArgument.exec(link.target);
  if (!m) return undefined;
  const arg = m[1] ?? m[2] ?? m[3] ?? "";
  const argOffset = link.target.indexOf(arg, link.target.indexOf("ref") + 3);
  const hash = arg.indexOf("#");
  const written = hash === -1 ? arg : arg.slice(0, hash);
  const fragment = hash !== -1 ? arg.slice(hash + 1) : m[4] !== undefined ? m[4].slice(1) : null;
  if (written === "" || schemeAt.test(written)) return null;
  return { path: written, fragment, pathOffset: link.offset + argOffset, pathLength: written.length, backslash: false, hugoRef: true };
}

const schemeAt = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const markdownEscape = /\\([!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g;

/**
 * The file-naming parts of a link, or null for a link that does not name a file of this tree: empty,
 * a pure `#fragment`, a URL with a scheme (`https:`, `mailto:`, `xref:`), protocol-relative `//host`,
 * site-root-relative `/path` (it maps to the repository only through the site's configuration),
 * a Docs `~/` path or `@uid`, or a template placeholder.
 */
export function linkParts(link: Link): LinkParts | null {
  const target = link.target;
  const c = target.charAt(0);
  if (c === "{" && target.startsWith("{{")) {
    const ref = refParts(link);
    if (ref !== undefined) return ref;
  }
  if (target === "" || c === "#" || c === "/" || c === "~" || c === "@" || c === "{" || c === "<") return null;
  if (schemeAt.test(target) || target.startsWith("\\\\") || target.includes("{{")) return null;
  const hash = target.indexOf("#");
  const beforeHash = hash === -1 ? target : target.slice(0, hash);
  const query = beforeHash.indexOf("?");
  const written = query === -1 ? beforeHash : beforeHash.slice(0, query);
  if (written === "") return null;
  // In Markdown destinations a backslash before ASCII punctuation is an escape (CommonMark); others are separators.
  const unescaped = link.kind === "html" || link.kind === "yaml" ? written : written.replace(markdownEscape, (m, p: string) => (p === "\\" ? m : p));
  const backslash = unescaped.includes("\\");
  const slashed = backslash ? unescaped.replace(/\\+/g, "/") : unescaped;
  let decoded = slashed;
  if (slashed.includes("%")) {
    try {
      decoded = decodeURIComponent(slashed);
    } catch {
      decoded = slashed;
    }
  }
  return { path: decoded, fragment: hash === -1 ? null : target.slice(hash + 1), pathOffset: link.offset, pathLength: written.length, backslash };
}

export type TargetState =
  /** Found as written (a file, or a folder holding an index or TOC). */
  | "found"
  /** Found only with other letter case (`actual`). */
  | "case"
  /** Not found, but the same name with `.md` ↔ `.yml` exists (`actual`). */
  | "extension"
  /** A folder that holds no index.md, index.yml or TOC.yml. */
  | "folder-without-index"
  /** Not found anywhere looked. */
  | "missing"
  /**
   * Not found here, with no English tree to look in, and nothing shows the link is the translation's own
   * (the English of the same version may link to an English-only page): nothing can be said.
   */
  | "unknown";

export interface ResolvedLink {
  link: Link;
  parts: LinkParts;
  /** The target's absolute path in the file's own locale tree. */
  path: string;
  state: TargetState;
  /** The path that exists on disk, for "found" (where found), "case" and "extension". */
  actual: string | null;
  /** Where it was found: this locale, the English source, or a sibling locale (no source tree). */
  tree: "locale" | "source" | "sibling" | null;
  /** The trees looked in, for messages: "this locale", "the English source", "the sibling locales". */
  looked: readonly string[];
  /** For a Hugo page link: the page path it names, relative to the locale root (`docs/java/sdk`), `/` separators. */
  page?: string;
}

/** Names the site serves for a folder link: an index page, a table of contents, or a Hugo section's `_index.md`. */
const folderIndexes = ["index.md", "index.yml", "TOC.yml", "toc.yml", "TOC.md", "toc.md", "_index.md"];
const otherExtensions: Record<string, string[]> = { ".md": [".yml", ".yaml"], ".yml": [".md"], ".yaml": [".md"] };

const resolvedCache = new WeakMap<LocalizedFile, { project: ProjectFacts; links: Map<Link, ResolvedLink | null> }>();

/**
 * Where a relative link of `file` leads (null for links that name no file: see {@link linkParts}).
 * Looks in the file's locale tree first, then in the English source tree when one is known (a localized
 * tree legitimately omits media and untranslated pages, which the site serves from the source); without
 * one, in the locale trees of the file's siblings, and only for a link the translation made up itself.
 * Cached per file, so every link rule shares the work.
 */
export function resolveLink(file: LocalizedFile, link: Link, project: ProjectFacts, group: SiblingGroup): ResolvedLink | null {
  let cache = resolvedCache.get(file);
  if (!cache || cache.project !== project) {
    cache = { project, links: new Map() };
    resolvedCache.set(file, cache);
  }
  let resolved = cache.links.get(link);
  if (resolved === undefined) {
    resolved = resolve(file, link, project, group);
    cache.links.set(link, resolved);
  }
  return resolved;
}

type Tree = { name: NonNullable<ResolvedLink["tree"]>; root: string };

const localeOnly: readonly string[] = ["this locale"];

/** A page that is not an index: served at its own URL (`java/api.md` at `java/api/`) on a site with pretty URLs. */
const leafPage = /(?<!^|[\\/]_?index)\.md$/i;

function resolve(file: LocalizedFile, link: Link, project: ProjectFacts, group: SiblingGroup): ResolvedLink | null {
  const parts = linkParts(link);
  if (!parts) return null;
  if (parts.hugoRef || (!markdownFile.test(parts.path) && project.linkStyle(file.root) === "hugo")) return resolveHugo(file, link, parts, project, group);
  const resolved = resolveFrom(path.dirname(file.path), parts, file, link, project, group);
  // A page URL without extension (`../sdk/`) on a site with pretty URLs not recognised as Hugo is relative
  // to the page's own URL, `x/` for x.md: tried only when the file-relative reading finds nothing, and
  // taken only when it finds the page (`x.md`, `x/index.md`, `x/_index.md`).
  if (resolved.state !== "found" && resolved.state !== "case" && resolved.state !== "extension" && !hasExtension(parts.path.replace(/\/+$/, "")) && leafPage.test(file.path)) {
    const fromPage = resolveFrom(file.path.slice(0, -3), parts, file, link, project, group);
    if (fromPage.state === "found") return fromPage;
  }
  return resolved;
}

function resolveFrom(baseDir: string, parts: LinkParts, file: LocalizedFile, link: Link, project: ProjectFacts, group: SiblingGroup): ResolvedLink {
  const abs = path.resolve(baseDir, parts.path);
  const wantsFolder = parts.path.endsWith("/");
  const exists = existence(project);
  // The common case: the file is there, as written (a name with an extension is taken for a file, not a folder).
  if (!wantsFolder && exists(abs) && (hasExtension(parts.path) || !project.isDirectory(abs))) return { link, parts, path: abs, state: "found", actual: abs, tree: "locale", looked: localeOnly };
  const looked = [...localeOnly];
  const result = (state: TargetState, actual: string | null, tree: ResolvedLink["tree"]): ResolvedLink => ({ link, parts, path: abs, state, actual, tree, looked });

  const rel = abs.startsWith(file.root + path.sep) ? abs.slice(file.root.length + 1) : null;
  const sourceRoot = project.sourceRootFor(file.root);
  // Without the English tree, a target no locale has may be an English-only page or image that the site
  // serves from the source: only a link this translation made up itself is known to be broken, and only
  // for such a link are the sibling locales searched.
  const known = sourceRoot !== null || madeUpHere(file, link, group);
  const trees: Tree[] = [{ name: "locale", root: file.root }];
  if (rel !== null && sourceRoot) {
    trees.push({ name: "source", root: sourceRoot });
    looked.push("the English source");
  } else if (rel !== null && known) {
    const roots = new Set<string>();
    for (const f of group.files) if (f.root !== file.root) roots.add(f.root);
    for (const root of roots) trees.push({ name: "sibling", root });
    if (roots.size) looked.push("the sibling locales");
  }
  const inTree = (tree: Tree, suffix = "") => (tree.name === "locale" || rel === null ? abs : path.join(tree.root, rel)) + suffix;

  // Exact name: a file, or a folder the site serves through an index or TOC.
  let folderWithoutIndex: string | null = null;
  for (const tree of trees) {
    const p = inTree(tree);
    if (!exists(p)) continue;
    if (!project.isDirectory(p)) {
      if (!wantsFolder) return result("found", p, tree.name);
      continue;
    }
    if (folderIndexes.some((n) => exists(path.join(p, n)))) return result("found", p, tree.name);
    folderWithoutIndex ??= p;
  }
  // An extension-less link is a page URL: `billing` is served from billing.md or billing.yml, and so is
  // `billing/`, the pretty URL of static-site generators (Hugo serves billing.md at billing/).
  const ext = path.extname(abs);
  if (ext === "") {
    for (const tree of trees) {
      for (const e of [".md", ".yml"]) {
        const p = inTree(tree, e);
        if (exists(p)) return result("found", p, tree.name);
      }
    }
  }
  for (const tree of trees) {
    const variant = caseVariantOf(project, inTree(tree));
    if (variant) return result("case", variant, tree.name);
  }
  const alternatives = otherExtensions[ext.toLowerCase()];
  if (alternatives) {
    const stem = abs.slice(0, -ext.length);
    for (const tree of trees) {
      const base = tree.name === "locale" || rel === null ? stem : path.join(tree.root, rel.slice(0, -ext.length));
      for (const alt of alternatives) {
        if (exists(base + alt)) return result("extension", base + alt, tree.name);
      }
    }
  }
  if (folderWithoutIndex) return result("folder-without-index", folderWithoutIndex, null);
  return result(known ? "missing" : "unknown", null, null);
}

/**
 * A link as Hugo reads it: a page URL relative to the page's own URL (a leaf page `java/api.md` is
 * served at `java/api/`, a bundle's `index.md` and a section's `_index.md` at their folder), naming
 * the page `x/_index.md`, `x/index.md` or `x.md`. A `ref`/`relref` path is relative to the page's
 * folder, or to the language's content root when it starts with `/`, and may name the file itself.
 */
function resolveHugo(file: LocalizedFile, link: Link, parts: LinkParts, project: ProjectFacts, group: SiblingGroup): ResolvedLink {
  // The page as the English names it: `about.de.md`, translated by file name, is served at `about/` like `about.md`.
  const served = path.join(file.root, file.relPath);
  const name = path.basename(served).toLowerCase();
  const bundle = name === "index.md" || name === "_index.md" || file.kind !== "markdown";
  const pageDir = parts.hugoRef || bundle ? path.dirname(served) : served.replace(/\.[^./\\]+$/, "");
  const written = parts.path.replace(/\/+$/, "");
  const abs = parts.hugoRef && written.startsWith("/") ? path.join(file.root, written) : path.resolve(pageDir, written);
  const looked = [...localeOnly];
  const rel = abs === file.root ? "" : abs.startsWith(file.root + path.sep) ? abs.slice(file.root.length + 1) : null;
  const pageLink = parts.path.endsWith("/") || !hasExtension(written);
  const page = rel === null ? undefined : rel.split(path.sep).join("/");
  const result = (state: TargetState, actual: string | null, tree: ResolvedLink["tree"]): ResolvedLink => ({ link, parts, path: abs, state, actual, tree, looked, page: pageLink ? page : undefined });
  const sourceRoot = project.sourceRootFor(file.root);
  const known = sourceRoot !== null || madeUpHere(file, link, group);
  const roots: Tree[] = [{ name: "locale", root: file.root }];
  if (rel !== null && sourceRoot) {
    roots.push({ name: "source", root: sourceRoot });
    looked.push("the English source");
  } else if (rel !== null && known) {
    const others = new Set<string>();
    for (const f of group.files) if (f.root !== file.root) others.add(f.root);
    for (const root of others) roots.push({ name: "sibling", root });
    if (others.size) looked.push("the sibling locales");
  }
  // A partial (`_includes/x.md`, rendered inside whichever page includes it) links relative to that page.
  if (!parts.hugoRef && isPartial(file)) return result("unknown", null, null);
  const exists = existence(project);
  for (const tree of roots) {
    const base = rel === null || tree.name === "locale" ? abs : path.join(tree.root, rel);
    const candidates = pageLink ? [path.join(base, "_index.md"), path.join(base, "index.md"), `${base}.md`] : [];
    if (parts.hugoRef || !pageLink) candidates.unshift(base);
    for (const p of candidates) {
      if (exists(p) && !project.isDirectory(p)) return result("found", p, tree.name);
    }
  }
  return result(known ? "missing" : "unknown", null, null);
}

/**
 * True for Hugo content that is not a page of its own but is included into pages (a file under a
 * folder whose name starts with `_`, such as `_includes/`; `_index.md` itself is a section page).
 */
export function isPartial(file: LocalizedFile): boolean {
  const folders = file.relPath.split("/").slice(0, -1);
  return folders.some((f) => f.startsWith("_"));
}

const markdownFile = /\.(?:md|markdown)$/i;
const extension = /\.[A-Za-z0-9]{1,8}$/;

function hasExtension(p: string): boolean {
  return extension.test(p);
}

const caseCache = new WeakMap<ProjectFacts, BoundedCache<string, string | null>>();

/** `project.caseVariant`, remembered per path (the least recently asked forgotten beyond a budget, as the project's own caches). */
function caseVariantOf(project: ProjectFacts, p: string): string | null {
  let known = caseCache.get(project);
  if (!known) {
    known = new BoundedCache(PATH_BUDGET, (key, variant) => pathEntryBytes(key) + (variant === null ? 0 : stringBytes(variant)));
    caseCache.set(project, known);
  }
  let variant = known.get(p);
  if (variant === undefined) {
    variant = project.caseVariant(p);
    known.set(p, variant);
  }
  return variant;
}

/** `project.exists` (remembered there, per path): many files link to the same few pages and images. */
function existence(project: ProjectFacts): (p: string) => boolean {
  return (p) => project.exists(p);
}

interface EnglishEvidence {
  /** Targets of the hidden English copies of the file's side-by-side segments. */
  hidden: Set<string>;
  /** [start, end) of the segments' translations, sorted. */
  translations: [number, number][];
  /** The siblings with the same `ms.openlocfilehash`. */
  siblings: LocalizedFile[];
}

const evidenceCache = new WeakMap<LocalizedFile, EnglishEvidence>();
const targetSetCache = new WeakMap<LocalizedFile, Set<string>>();

/** Every link target of a file (hidden English copies included), built once per file. */
function allTargets(file: LocalizedFile): Set<string> {
  let targets = targetSetCache.get(file);
  if (!targets) {
    targets = new Set(file.links.map((l) => l.target));
    targetSetCache.set(file, targets);
  }
  return targets;
}

/**
 * True when a link is known to be this translation's own, not the English page's: the English of the
 * same version (the hidden copies of the segments, the same-hash siblings) has no link to its target,
 * and the link sits in a segment's translation or same-hash siblings exist to tell. Without the source
 * tree, only such a link is known to be broken when no locale has its target.
 */
function madeUpHere(file: LocalizedFile, link: Link, group: SiblingGroup): boolean {
  let evidence = evidenceCache.get(file);
  if (!evidence) {
    const shown = new Set(visibleLinks(file));
    const hidden = new Set(file.links.filter((l) => !shown.has(l)).map((l) => l.target));
    evidence = { hidden, translations: translationRanges(file), siblings: group.sameHashSiblings(file) };
    evidenceCache.set(file, evidence);
  }
  if (evidence.hidden.has(link.target)) return false;
  if (evidence.siblings.some((f) => allTargets(f).has(link.target))) return false;
  return evidence.siblings.length > 0 || within(evidence.translations, link.offset);
}

const translationCache = new WeakMap<LocalizedFile, [number, number][]>();

/** [start, end) of the translations of a side-by-side file's segments, sorted; empty for other files. */
export function translationRanges(file: LocalizedFile): [number, number][] {
  let ranges = translationCache.get(file);
  if (!ranges) {
    ranges = [];
    if (file.text.indexOf("sxs-lookup") !== -1) {
      for (const seg of file.segments.segments) ranges.push([seg.translationOffset, seg.translationOffset + seg.translation.length]);
      ranges.sort((a, b) => a[0] - b[0]);
    }
    translationCache.set(file, ranges);
  }
  return ranges;
}


/**
 * The link path as written with each name replaced by the on-disk spelling of `actual` (same names up
 * to letter case), or null when they cannot be lined up (escapes, `..` after a name, encoded characters).
 */
export function respellPath(written: string, actual: string): string | null {
  const separator = written.includes("\\") ? "\\" : "/";
  const names = written.split(separator);
  const disk = actual.split(path.sep);
  let d = disk.length - 1;
  for (let k = names.length - 1; k >= 0; k--) {
    const name = names[k]!;
    if (name === "" && k === names.length - 1) continue;
    if (name === "." || name === "..") {
      if (names.slice(0, k).some((n) => n !== "." && n !== ".." && n !== "")) return null;
      break;
    }
    if (name === "" || /[%\\]/.test(name)) return null;
    const onDisk = disk[d--];
    if (onDisk === undefined || onDisk.toLowerCase() !== name.toLowerCase()) return null;
    names[k] = onDisk;
  }
  return names.join(separator);
}

/** A link whose target exists only under another spelling, with the path as written in the file. */
export interface MisspelledLink {
  resolved: ResolvedLink;
  /** The path on disk. */
  actual: string;
  /** The path as written, and where it sits in the file. */
  written: string;
  start: number;
  end: number;
}

/** The visible links of a file whose target resolved with the given state ("case" or "extension"). */
export function misspelledLinks(file: LocalizedFile, project: ProjectFacts, group: SiblingGroup, state: "case" | "extension"): MisspelledLink[] {
  if (file.unreadable) return [];
  const found: MisspelledLink[] = [];
  for (const link of visibleLinks(file)) {
    const resolved = resolveLink(file, link, project, group);
    if (!resolved || resolved.state !== state || resolved.actual === null) continue;
    const start = resolved.parts.pathOffset;
    const end = start + resolved.parts.pathLength;
    found.push({ resolved, actual: resolved.actual, written: file.text.slice(start, end), start, end });
  }
  return found;
}
