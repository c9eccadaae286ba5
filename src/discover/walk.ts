// Walking the paths to lint: locale roots found in or below each path, and the files to lint in them.
import { PublishedScope } from "./published.js";
import fs from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import { describeRawName, isTempName, isUndecodableName, kindOf, removeStaleTemp } from "../fs/index.js";
import { GitIgnoreChains, GlobFilter, isGitIgnored, withGitIgnoreOf, type GitIgnores } from "./filter.js";
import {
  docusaurusTrees,
  findDocusaurusSite,
  findHugoFilenameSite,
  findMkDocsSite,
  folderSet,
  isWithin,
  mirroredLocales,
  mirrorSet,
  isDistinctivePath,
  parsePattern,
  patternSet,
  suffixSet,
  suffixSetId,
  folderSetId,
  toSlash,
  type LayoutSet,
  type LocalePattern,
  type LocaleRoot,
  type MirrorEvidence,
  type SourceOptions,
} from "./layout.js";
import { classifyFolders, locatePath, normalizeLocaleTag, parseSuffixName, readPublishLocale, type FolderLayouts, type RootName } from "./locale.js";

/** Folders never walked, whatever the ignore settings. */
const SKIPPED = new Set([".git", "node_modules"]);
/** Open folders and files at most this many at a time. */
const CONCURRENCY = 32;
/** Markdown files sampled per locale sub-folder to tell whether it mirrors the folder holding it. */
const MIRROR_SAMPLE = 50;
/** Folders read at most per locale sub-folder while sampling it. */
const MIRROR_FOLDERS = 200;
/** Folders above a named path looked at for an English tree holding its locale folders. */
const MIRROR_ANCESTORS = 12;
const MARKDOWN = /\.(?:md|mdx|markdown)$/i;

export interface Problem {
  /** Path as shown to the user (relative to the working folder, `/` separators). */
  path: string;
  message: string;
  /** `warning` for a named file the settings leave out: said, with no effect on the exit code. Default: not linted (exit 2). */
  kind?: "warning";
}

/** A file to lint. */
export interface Target {
  path: string;
  set: LayoutSet;
  root: LocaleRoot;
  relPath: string;
}

/** A folder being walked, with what its walk carries down. */
interface Folder {
  dir: string;
  name: string;
  /** Real path, for recognizing symbolic-link loops. */
  real: string;
  /** Real paths of the walk's start and of each folder a followed symbolic link left from. */
  jumps: string[];
  ignores: GitIgnores | null;
}

/** One discovery: the targets found so far, the set each belongs to, and what has been walked. */
export class Walker {
  readonly targets = new Map<string, Target>();
  /** Per locale root: the relative folders walked whole ("" for the root itself). */
  readonly covered = new Map<string, string[]>();
  readonly walkProblems: Problem[] = [];
  readonly limit = limiter(CONCURRENCY);
  private readonly sets = new Map<string, Promise<LayoutSet>>();
  private readonly layouts = new Map<string, FolderLayouts>();
  private readonly filter: GlobFilter;
  /** Null when the configuration's scope is "all". */
  private readonly published: PublishedScope | null;
  private readonly gitignores: GitIgnoreChains | null;
  private readonly sourceOptions: SourceOptions;
  /** The pattern layouts: the configured `layout.pattern`, or a Docusaurus site's trees; empty otherwise. */
  private readonly trees: PatternTree[] = [];
  /** The `i18n/` folder of a Docusaurus site: its files in none of {@link trees} are said, not skipped. */
  private readonly docusaurusI18n: string | null = null;
  /** Folders already told apart as holding files in no tree. */
  private readonly unplacedSeen = new Set<string>();
  private readonly mkdocs: { docs: string; locales: string[] } | null;
  private mkdocsSet: Promise<LayoutSet> | null = null;
  /** Per folder: its set when its locale sub-folders mirror its own files (Starlight, VitePress), else null. */
  private readonly mirrors = new Map<string, Promise<LayoutSet | null>>();

  constructor(
    private readonly config: ResolvedConfig,
    private readonly cwd: string,
  ) {
    this.filter = new GlobFilter(config.include, config.ignore, config.baseDir);
    this.published = config.scope === "all" ? null : new PublishedScope();
    this.gitignores = config.gitignore ? new GitIgnoreChains() : null;
    const sourceLocale = normalizeLocaleTag(config.sourceLocale) ?? config.sourceLocale.toLowerCase();
    this.sourceOptions = { source: config.source === null ? null : path.resolve(config.source), sourceLocale };
    const configured = typeof config.layout === "object" ? parsePattern(config.layout.pattern, config.baseDir) : null;
    if (configured) this.trees.push({ pattern: configured, options: this.sourceOptions });
    // Zero-config Docusaurus: the current docs against docs/, each version against versioned_docs/, the blog, the pages.
    const site = config.layout === "auto" ? findDocusaurusSite(cwd) : null;
    if (site) {
      this.docusaurusI18n = path.join(site, "i18n");
      for (const [i, tree] of docusaurusTrees(site).entries()) {
        // A configured English tree stands for the current docs, as before; the other trees keep their own.
        const source = i === 0 ? (this.sourceOptions.source ?? tree.source) : tree.source;
        this.trees.push({ pattern: parsePattern(tree.pattern, site)!, options: { ...this.sourceOptions, source } });
      }
    }
    // Zero-config MkDocs, and Hugo's translation by file name: `page.fr.md` beside `page.md` in the docs or content folder.
    this.mkdocs = config.layout === "auto" && !site ? (findMkDocsSite(cwd) ?? this.hugoByFileName(cwd)) : null;
  }

  /** A Hugo site translated by file name, as a suffix site; its default content language is the source's when the configuration names none. */
  private hugoByFileName(cwd: string): { docs: string; locales: string[] } | null {
    const hugo = findHugoFilenameSite(cwd);
    if (!hugo) return null;
    const configured = this.sourceOptions.sourceLocale;
    const language = normalizeLocaleTag(hugo.defaultLanguage) ?? hugo.defaultLanguage;
    // `en` is `en-us`'s language: keep the configured tag; another default language (a German site) is the source's.
    if (language !== configured && language !== configured.split("-")[0]) this.sourceOptions.sourceLocale = language;
    return { docs: hugo.docs, locales: hugo.locales.filter((l) => l !== language) };
  }

  display(absPath: string): string {
    return toSlash(path.relative(this.cwd, absPath)) || ".";
  }

  /** Adds the targets in or below one path the user gave; returns the problem with the path itself, if any. */
  async addPath(arg: string): Promise<Problem | null> {
    const abs = path.resolve(this.cwd, arg);
    const shown = this.display(abs);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(abs);
    } catch (error) {
      const code = errorCode(error);
      const why = code === "ENOENT" || code === "ENOTDIR" ? "no such file or folder" : `cannot read it (${code})`;
      // Named as the user typed it: a path that is not there has no better spelling (`/nonexistent`, not `../../nonexistent`).
      return { path: shown, message: `${JSON.stringify(arg) === `"${arg}"` ? arg : JSON.stringify(arg)}: ${why}` };
    }
    if (typeof this.config.layout === "object" && this.trees.length === 0) {
      return { path: shown, message: `${shown}: layout.pattern has no "{locale}", so no locale can be found` };
    }
    if (this.mkdocs && (isWithin(abs, this.mkdocs.docs) || (stat.isDirectory() && isWithin(this.mkdocs.docs, abs)))) {
      return this.addSuffixPath(abs, stat, shown);
    }
    const located = await this.locate(abs);
    const inSource = located ? located.root.isSource : [this.sourceOptions, ...this.trees.map((t) => t.options)].some((o) => o.source !== null && isWithin(abs, o.source));
    if (inSource) {
      return { path: shown, message: `${shown}: is in the ${this.sourceOptions.sourceLocale} source tree, which is compared with, not linted` };
    }
    // A FIFO would hang the read, a device would never end: said, not skipped.
    if (!stat.isFile() && !stat.isDirectory()) return { path: shown, message: `${shown}: not a regular file or folder (${kindOf(stat)})` };
    if (located) {
      const { set, root } = located;
      const relPath = toSlash(path.relative(root.dir, abs));
      if (stat.isFile()) return this.addFile(abs, set, root, relPath, shown);
      await this.walkRootFrom(await this.startAt(abs, root.dir), set, root, relPath);
      return null;
    }
    const noLocale = this.docusaurusI18n && isWithin(abs, this.docusaurusI18n) && abs !== this.docusaurusI18n
      ? { path: shown, message: `${shown}: ${UNPLACED}` }
      : { path: shown, message: `${shown}: no locale found in the path; use layout.pattern in the config` };
    if (!stat.isDirectory()) return noLocale;
    const found = this.trees.length > 0 ? await this.walkPatternRoots(abs) : await this.walkAbove(await this.startAt(abs, null));
    // An unreadable folder is already reported as such.
    return found > 0 || this.walkProblems.some((p) => p.path === shown) ? null : noLocale;
  }

  /**
   * The MkDocs docs folder as a layout set: the English files, and one suffix root per locale that
   * the site's i18n plugin lists or, without a list, that some file's name carries (`page.fr.md`).
   */
  private mkdocsLayout(): Promise<LayoutSet> {
    this.mkdocsSet ??= (async () => {
      const docs = this.mkdocs!.docs;
      let locales = this.mkdocs!.locales.map((l) => normalizeLocaleTag(l) ?? l);
      if (locales.length === 0) {
        const found = new Set<string>();
        const source: LocaleRoot = { dir: docs, locale: this.sourceOptions.sourceLocale, isSource: true };
        for (const rel of await this.listRoot(source)) {
          const locale = suffixOf(rel.slice(rel.lastIndexOf("/") + 1), null)?.locale;
          if (locale) found.add(locale);
        }
        locales = [...found];
      }
      const sourceLanguage = this.sourceOptions.sourceLocale.split("-")[0]!;
      const roots: LocaleRoot[] = [{ dir: docs, locale: this.sourceOptions.sourceLocale, isSource: true }];
      for (const locale of [...new Set(locales)].sort()) {
        if (locale !== this.sourceOptions.sourceLocale && locale !== sourceLanguage) roots.push({ dir: docs, locale, isSource: false, suffix: true });
      }
      return { id: `${toSlash(docs)}/*.{locale}`, roots };
    })();
    return this.mkdocsSet;
  }

  /** A path in (or above) an MkDocs docs folder: its `page.<locale>.md` files are the targets. */
  private async addSuffixPath(abs: string, stat: fs.Stats, shown: string): Promise<Problem | null> {
    const set = await this.mkdocsLayout();
    const docs = this.mkdocs!.docs;
    const locales = new Map(set.roots.filter((r) => r.suffix).map((r) => [r.locale, r]));
    const start = isWithin(abs, docs) ? abs : docs;
    const relOf = (file: string) => toSlash(path.relative(docs, file));
    if (stat.isFile()) {
      const parsed = suffixOf(relOf(abs), locales);
      if (!parsed) {
        return { path: shown, message: `${shown}: is in the ${this.sourceOptions.sourceLocale} source tree, which is compared with, not linted` };
      }
      return this.addFile(abs, set, parsed.root, parsed.relPath, shown);
    }
    const relDir = start === docs ? "" : relOf(start);
    for (const root of locales.values()) this.cover(root, relDir);
    const walk = async (folder: Folder, dir: string): Promise<void> => {
      const listing = await this.read(folder);
      if (!listing) return;
      const prefix = withSep(folder.dir);
      for (const name of listing.files) {
        const parsed = suffixOf(dir === "" ? name : `${dir}/${name}`, locales);
        if (parsed && this.filter.includesFile(prefix + name, parsed.relPath)) this.targets.set(prefix + name, { path: prefix + name, set, root: parsed.root, relPath: parsed.relPath });
      }
      await Promise.all(
        listing.folders.map((sub) => {
          const rel = dir === "" ? sub.name : `${dir}/${sub.name}`;
          return this.filter.excludesFolder(sub.dir, rel) ? undefined : walk(sub, rel);
        }),
      );
    };
    await walk(await this.startAt(start, docs), relDir);
    return null;
  }

  /** The locale root holding a path, with its set; null when the path is in none. */
  private async locate(abs: string): Promise<{ set: LayoutSet; root: LocaleRoot } | null> {
    if (this.trees.length > 0) {
      for (const tree of this.trees) {
        const set = await this.patternSet(tree);
        const root = set.roots.find((r) => isWithin(abs, r.dir));
        if (root) return { set, root };
      }
      return null;
    }
    const location = locatePath(abs, this.layouts);
    if (!location) return this.locateMirror(abs);
    const { parent, base, layouts } = location;
    if (base === null) {
      // `docs/ja/` beside `docs/ar/`: the translations of `docs/` itself when they mirror its files.
      const mirror = await this.mirrorOf(parent);
      if (mirror) return { set: mirror, root: mirrorRootOf(mirror, abs) };
    }
    const set =
      base === null
        ? await this.folderSet(parent, layouts)
        : await this.suffixSet(parent, base, layouts, layouts.suffix.get(base) ?? [{ name: path.basename(location.root), locale: location.locale }]);
    const root = set.roots.find((r) => r.dir === location.root);
    return root ? { set, root } : null;
  }

  /**
   * The set of the nearest folder above `abs` (up to the repository's top) that is the English tree of
   * its locale sub-folders, with the root holding `abs`: a translation, else the English tree. Null when
   * there is none.
   */
  private async locateMirror(abs: string): Promise<{ set: LayoutSet; root: LocaleRoot } | null> {
    for (let dir = path.dirname(abs), child = abs, depth = 0; dir !== child && depth < MIRROR_ANCESTORS; child = dir, dir = path.dirname(dir), depth++) {
      const mirror = await this.mirrorOf(dir);
      if (mirror) return { set: mirror, root: mirrorRootOf(mirror, abs) };
      if (fs.existsSync(path.join(dir, ".git"))) break;
    }
    return null;
  }

  private mirrorOf(dir: string): Promise<LayoutSet | null> {
    let found = this.mirrors.get(dir);
    if (!found) {
      found = this.findMirror(dir);
      this.mirrors.set(dir, found);
    }
    return found;
  }

  /**
   * The set of a folder whose locale-named sub-folders mirror its own Markdown files (Starlight's and
   * VitePress's English at the root, `ja/` and `ar/` beside it), else null. Not looked for when the
   * configuration names the English tree or a pattern, nor beside an English locale folder (`en/`).
   */
  private async findMirror(dir: string): Promise<LayoutSet | null> {
    if (this.sourceOptions.source !== null || this.trees.length > 0) return null;
    const entries = await this.limit(() => fs.promises.readdir(dir, { withFileTypes: true })).catch(() => [] as fs.Dirent[]);
    const tags: RootName[] = [];
    for (const entry of entries) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      const locale = normalizeLocaleTag(entry.name);
      if (locale !== null) tags.push({ name: entry.name, locale });
    }
    if (tags.length === 0) return null;
    const language = this.sourceOptions.sourceLocale.split("-")[0]!;
    if (tags.some((t) => t.locale.split("-")[0] === language)) return null;
    const names = new Set(tags.map((t) => t.name));
    const evidence = await Promise.all(tags.map((t) => this.sampleMirror(dir, t, names)));
    const roots = mirroredLocales(evidence.filter((e): e is MirrorEvidence => e !== null));
    return roots.length === 0 ? null : mirrorSet(dir, roots, this.sourceOptions.sourceLocale);
  }

  /**
   * Up to {@link MIRROR_SAMPLE} Markdown files of a locale sub-folder (the shallowest first, by name) that
   * pass the filters, and how many of them the folder holding it has at the same relative path. Null
   * for a sub-folder that is no folder (a link to a file).
   */
  private async sampleMirror(dir: string, child: RootName, locales: ReadonlySet<string>): Promise<MirrorEvidence | null> {
    const base = path.join(dir, child.name);
    const stat = await fs.promises.stat(base).catch(() => null);
    if (!stat?.isDirectory()) return null;
    const files: string[] = [];
    let level = [""];
    let reads = 0;
    while (level.length > 0 && files.length < MIRROR_SAMPLE && reads < MIRROR_FOLDERS) {
      const next: string[] = [];
      for (const rel of level) {
        if (files.length >= MIRROR_SAMPLE || reads++ >= MIRROR_FOLDERS) break;
        const entries = await this.limit(() => fs.promises.readdir(path.join(base, rel), { withFileTypes: true })).catch(() => [] as fs.Dirent[]);
        for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
          if (SKIPPED.has(entry.name) || entry.name.startsWith(".")) continue;
          const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
          const abs = path.join(base, relPath);
          if (entry.isDirectory()) {
            if (!this.filter.excludesFolder(abs, relPath)) next.push(relPath);
          } else if (entry.isFile() && MARKDOWN.test(entry.name) && files.length < MIRROR_SAMPLE && this.filter.includesFile(abs, relPath)) {
            files.push(relPath);
          }
        }
      }
      level = next;
    }
    const isFile = (rel: string) => this.limit(() => fs.promises.stat(path.join(dir, rel))).then((s) => s.isFile(), () => false);
    // A file under another locale sub-folder (`ja/ar/x.md` → `ar/x.md`) is no English file.
    const matched = (await Promise.all(files.map(async (rel) => !locales.has(rel.split("/")[0]!) && (await isFile(rel))))).map((m, i) => (m ? files[i]! : null)).filter((rel): rel is string => rel !== null);
    return { name: child.name, locale: child.locale, sampled: files.length, matched: matched.length, distinctive: matched.filter(isDistinctivePath).length };
  }

  private patternSet(tree: PatternTree): Promise<LayoutSet> {
    return this.memoSet(tree.pattern.id, () => patternSet(tree.pattern, tree.options));
  }

  private suffixSet(parent: string, base: string, layouts: FolderLayouts, names: readonly RootName[]): Promise<LayoutSet> {
    return this.memoSet(suffixSetId(parent, base), () => suffixSet(parent, base, names, layouts.names.has(base), this.sourceOptions));
  }

  private folderSet(parent: string, layouts: FolderLayouts): Promise<LayoutSet> {
    return this.memoSet(folderSetId(parent), async () => folderSet(parent, layouts.folder, this.sourceOptions));
  }

  private memoSet(id: string, build: () => Promise<LayoutSet>): Promise<LayoutSet> {
    let set = this.sets.get(id);
    if (!set) {
      set = build();
      this.sets.set(id, set);
    }
    return set;
  }

  /** A walk's first folder, with the .gitignore rules of the folders above it. */
  private async startAt(dir: string, floor: string | null): Promise<Folder> {
    const real = await fs.promises.realpath(dir).catch(() => dir);
    const ignores = this.gitignores && (await this.gitignores.forFolder(path.dirname(dir), floor));
    return { dir, name: path.basename(dir), real, jumps: [real], ignores };
  }

  /**
   * Adds a file the user named. One the settings leave out is not linted, and the user is told why (a
   * warning, as ESLint warns of an ignored file it is given): nothing named is skipped silently.
   */
  private async addFile(abs: string, set: LayoutSet, root: LocaleRoot, relPath: string, shown: string): Promise<Problem | null> {
    const skipped = (why: string): Problem => ({ path: shown, message: `${shown}: not linted: ${why}`, kind: "warning" });
    const excluded = this.filter.whyExcluded(abs, relPath);
    if (excluded === "include") return skipped(`it matches no \`include\` pattern (${this.config.include.join(", ")})`);
    if (excluded === "ignore") return skipped("it matches an `ignore` pattern of the configuration");
    if (this.published && !this.published.includes(root.dir, relPath)) return skipped("it is not a published page (the repository's own files, or outside the docsets of .openpublishing.publish.config.json); set `scope: \"all\"` to lint it");
    const ignores = this.gitignores && (await this.gitignores.forFolder(path.dirname(abs), root.dir));
    if (isGitIgnored(abs, false, ignores)) return skipped("git ignores it (.gitignore); set `gitignore: false` to lint it");
    this.targets.set(abs, { path: abs, set, root, relPath });
    return null;
  }

  /** Walks a folder inside a locale root (recorded as covered); every file that passes the filters is a target. */
  private async walkRootFrom(folder: Folder, set: LayoutSet, root: LocaleRoot, relDir: string): Promise<void> {
    this.cover(root, relDir);
    await this.walkRoot(folder, set, root, relDir);
  }

  /** Walks a folder inside a locale root; every file that passes the filters is a target. */
  private async walkRoot(folder: Folder, set: LayoutSet, root: LocaleRoot, relDir: string): Promise<void> {
    const listing = await this.read(folder);
    if (!listing) return;
    const prefix = withSep(folder.dir);
    for (const name of listing.files) {
      const file = prefix + name;
      const relPath = relDir === "" ? name : `${relDir}/${name}`;
      if (this.filter.includesFile(file, relPath) && (!this.published || this.published.includes(root.dir, relPath))) this.targets.set(file, { path: file, set, root, relPath });
    }
    // Names that look like docs but cannot be read as one: reported, never silently left out.
    for (const odd of listing.odd) {
      const relPath = relDir === "" ? odd.name : `${relDir}/${odd.name}`;
      if (odd.folder ? this.filter.excludesFolder(prefix + odd.name, relPath) : !this.filter.includesFile(prefix + odd.name, relPath)) continue;
      const shown = `${this.display(folder.dir)}/${odd.shown}`.replace(/^\.\//, "");
      this.walkProblems.push({ path: shown, message: `${shown}: ${odd.why}` });
    }
    await Promise.all(
      listing.folders.map((sub) => {
        const relPath = relDir === "" ? sub.name : `${relDir}/${sub.name}`;
        const skip = this.filter.excludesFolder(sub.dir, relPath) || (this.published && !this.published.includesFolder(root.dir, relPath));
        return skip ? undefined : this.walkRoot(sub, set, root, relPath);
      }),
    );
  }

  /**
   * The relative paths of the files a root holds that pass the filters (the English tree, for
   * coverage), without making them targets.
   */
  async listRoot(root: LocaleRoot): Promise<string[]> {
    const found: string[] = [];
    const walk = async (folder: Folder, relDir: string): Promise<void> => {
      const listing = await this.read(folder);
      if (!listing) return;
      const prefix = withSep(folder.dir);
      for (const name of listing.files) {
        const relPath = relDir === "" ? name : `${relDir}/${name}`;
        if (this.filter.includesFile(prefix + name, relPath)) found.push(relPath);
      }
      await Promise.all(
        listing.folders.map((sub) => {
          const relPath = relDir === "" ? sub.name : `${relDir}/${sub.name}`;
          // The translations' folders inside the English tree are not English pages.
          if (relDir === "" && root.exclude?.includes(sub.name)) return undefined;
          return this.filter.excludesFolder(sub.dir, relPath) ? undefined : walk(sub, relPath);
        }),
      );
    };
    await walk(await this.startAt(root.dir, root.dir), "");
    return found;
  }

  /** Walks a folder above the locale roots, looking for them; returns how many were found (and walked). */
  private async walkAbove(folder: Folder): Promise<number> {
    const listing = await this.read(folder);
    if (!listing) return 0;
    // An English tree with its translations in locale sub-folders: those are walked, the English compared with.
    const mirror = listing.folders.some((f) => normalizeLocaleTag(f.name) !== null) ? await this.mirrorOf(folder.dir) : null;
    if (mirror) {
      const walks = mirror.roots.map(async (root) => {
        const sub = root.isSource ? undefined : listing.folders.find((f) => f.dir === root.dir);
        if (!sub) return 0;
        await this.walkRootFrom(sub, mirror, root, "");
        return 1;
      });
      return (await Promise.all(walks)).reduce((a: number, b) => a + b, 0);
    }
    const layouts = classifyFolders(listing.folders.map((f) => f.name));
    // A lone `<base>.<ll>` folder (`site.de`) is a locale root only when its publish config says so.
    const confirmed = new Map<string, RootName>();
    await Promise.all(
      layouts.unsure.map(async ({ root }) => {
        if ((await readPublishLocale(path.join(folder.dir, root.name))) !== null) confirmed.set(root.name, root);
      }),
    );
    const counts = await Promise.all(
      listing.folders.map(async (sub): Promise<number> => {
        const name = sub.name;
        const suffix = parseSuffixName(name);
        let set: LayoutSet | null = null;
        if (suffix && layouts.suffix.get(suffix.base)?.some((r) => r.name === name)) {
          set = await this.suffixSet(folder.dir, suffix.base, layouts, layouts.suffix.get(suffix.base)!);
        } else if (suffix && confirmed.has(name)) {
          set = await this.suffixSet(folder.dir, suffix.base, layouts, [confirmed.get(name)!]);
        } else if (layouts.folder.some((r) => r.name === name)) {
          set = await this.folderSet(folder.dir, layouts);
        }
        const root = set?.roots.find((r) => r.dir === sub.dir);
        if (set && root) {
          if (root.isSource) return 0;
          await this.walkRootFrom(sub, set, root, "");
          return 1;
        }
        // The plain `<base>` folder next to `<base>.<locale>` ones is the English tree: compared, not walked.
        if (layouts.suffix.has(name) || this.filter.excludesFolder(sub.dir, null)) return 0;
        return this.walkAbove(sub);
      }),
    );
    return counts.reduce((a, b) => a + b, 0);
  }

  private async walkPatternRoots(abs: string): Promise<number> {
    const sets = await Promise.all(this.trees.map((tree) => this.patternSet(tree)));
    const walks = sets.flatMap((set) => set.roots.filter((r) => !r.isSource && isWithin(r.dir, abs)).map((root) => ({ set, root })));
    await Promise.all(walks.map(async ({ set, root }) => this.walkRootFrom(await this.startAt(root.dir, root.dir), set, root, "")));
    const unplaced = this.docusaurusI18n ? await this.reportUnplaced(abs, sets) : 0;
    return walks.length + unplaced;
  }

  /**
   * The files under a Docusaurus site's `i18n/` (in or below `abs`) that pass the filters but sit in no
   * tree whose English is known (a docs plugin instance of its own, a blog at another path): one warning
   * per such folder, or per file beside the trees. Returns how many were said.
   */
  private async reportUnplaced(abs: string, sets: LayoutSet[]): Promise<number> {
    const i18n = this.docusaurusI18n!;
    const roots = sets.flatMap((set) => set.roots.filter((r) => !r.isSource).map((r) => r.dir));
    let said = 0;
    const warn = (dir: string, what: string) => {
      const shown = this.display(dir);
      if (this.unplacedSeen.has(shown)) return;
      this.unplacedSeen.add(shown);
      this.walkProblems.push({ path: shown, message: `${shown}: not linted: ${what} ${UNPLACED}`, kind: "warning" });
      said++;
    };
    const visit = async (folder: Folder, rel: string): Promise<void> => {
      if (roots.includes(folder.dir)) return;
      if (!roots.some((r) => isWithin(r, folder.dir))) {
        const count = await this.countFiles(folder, rel);
        if (count > 0) warn(folder.dir, count === 1 ? "1 file," : `${count} files,`);
        return;
      }
      const listing = await this.read(folder);
      if (!listing) return;
      const prefix = withSep(folder.dir);
      for (const name of listing.files) {
        const relPath = rel === "" ? name : `${rel}/${name}`;
        if (this.filter.includesFile(prefix + name, relPath)) warn(prefix + name, "it is");
      }
      await Promise.all(listing.folders.map((sub) => (this.filter.excludesFolder(sub.dir, rel === "" ? sub.name : `${rel}/${sub.name}`) ? undefined : visit(sub, rel === "" ? sub.name : `${rel}/${sub.name}`))));
    };
    if (isWithin(i18n, abs)) {
      await visit(await this.startAt(i18n, null), "");
    } else if (isWithin(abs, i18n) && !roots.some((r) => isWithin(abs, r))) {
      await visit(await this.startAt(abs, null), toSlash(path.relative(i18n, abs)));
    }
    return said;
  }

  /** How many files below a folder pass the filters. */
  private async countFiles(folder: Folder, rel: string): Promise<number> {
    const listing = await this.read(folder);
    if (!listing) return 0;
    const prefix = withSep(folder.dir);
    let count = listing.files.filter((name) => this.filter.includesFile(prefix + name, rel === "" ? name : `${rel}/${name}`)).length;
    const counts = await Promise.all(
      listing.folders.map((sub) => {
        const relPath = rel === "" ? sub.name : `${rel}/${sub.name}`;
        return this.filter.excludesFolder(sub.dir, relPath) ? 0 : this.countFiles(sub, relPath);
      }),
    );
    for (const c of counts) count += c;
    return count;
  }

  private cover(root: LocaleRoot, relDir: string): void {
    const list = this.covered.get(root.dir);
    if (list) list.push(relDir);
    else this.covered.set(root.dir, [relDir]);
  }

  /**
   * A folder's file names and sub-folders, minus .git, node_modules, what .gitignore rules out and symbolic
   * links that lead back into the walk. Null (and a problem when it is not a vanished folder) on error.
   */
  private async read(folder: Folder): Promise<Listing | null> {
    let entries: fs.Dirent[];
    try {
      entries = await this.limit(() => fs.promises.readdir(folder.dir, { withFileTypes: true }));
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        const shown = this.display(folder.dir);
        this.walkProblems.push({ path: shown, message: `${shown}: cannot read the folder (${code})` });
      }
      return null;
    }
    let ignores = folder.ignores;
    if (this.gitignores) {
      // A nested repository: the outer repository's rules stop at its top.
      if (entries.some((e) => e.name === ".git")) ignores = null;
      if (entries.some((e) => e.name === ".gitignore")) ignores = await withGitIgnoreOf(folder.dir, ignores);
    }
    const files: string[] = [];
    const folders: Folder[] = [];
    const links: string[] = [];
    const odd: OddEntry[] = [];
    // Entry names never hold a separator, so concatenation gives the normalized path path.join would.
    const prefix = withSep(folder.dir);
    // A name that is not UTF-8 came back with U+FFFD in it, and that string names no file: find which.
    const undecodable = entries.some((e) => e.name.includes("\uFFFD")) ? await this.undecodableNames(folder.dir) : null;
    for (const entry of entries) {
      const name = entry.name;
      if (SKIPPED.has(name)) continue;
      const raw = undecodable?.get(name)?.shift();
      if (raw) {
        if (!isGitIgnored(prefix + name, entry.isDirectory(), ignores)) {
          const why = entry.isDirectory() ? "the folder's name is not valid UTF-8, so its files cannot be linted; rename it" : "the file name is not valid UTF-8, so it cannot be linted; rename it";
          odd.push({ name, shown: describeRawName(raw), folder: entry.isDirectory(), why });
        }
        continue;
      }
      if (entry.isFile()) {
        // A temporary file of a run killed during --fix: removed once its process is gone.
        if (name.startsWith(".") && isTempName(name) && removeStaleTemp(folder.dir, name)) continue;
        if (!isGitIgnored(prefix + name, false, ignores)) files.push(name);
      } else if (entry.isDirectory()) {
        if (!isGitIgnored(prefix + name, true, ignores)) {
          folders.push({ dir: prefix + name, name, real: withSep(folder.real) + name, jumps: folder.jumps, ignores });
        }
      } else if (entry.isSymbolicLink()) links.push(name);
      else if (!isGitIgnored(prefix + name, false, ignores)) {
        odd.push({ name, shown: name, folder: false, why: `not a regular file (${entry.isFIFO() ? "a FIFO" : entry.isSocket() ? "a socket" : "a device"})` });
      }
    }
    await Promise.all(
      links.map(async (name) => {
        const abs = prefix + name;
        const stat = await this.limit(() => fs.promises.stat(abs)).catch(() => null);
        if (stat?.isFile()) {
          if (!isGitIgnored(abs, false, ignores)) files.push(name);
        } else if (stat && !stat.isDirectory()) {
          if (!isGitIgnored(abs, false, ignores)) odd.push({ name, shown: name, folder: false, why: `a symbolic link to ${kindOf(stat)}, not to a regular file` });
        } else if (stat?.isDirectory()) {
          const real = await fs.promises.realpath(abs).catch(() => null);
          if (real === null || leadsBack(real, folder) || isGitIgnored(abs, true, ignores)) return;
          folders.push({ dir: abs, name, real, jumps: [...folder.jumps, folder.real], ignores });
        }
      }),
    );
    return { files, folders, odd };
  }

  /** The entries of `dir` whose names are not UTF-8: their lossy string name → their bytes. */
  private async undecodableNames(dir: string): Promise<Map<string, Buffer[]>> {
    const raw = await this.limit(() => fs.promises.readdir(dir, { encoding: "buffer" })).catch(() => [] as Buffer[]);
    // Two names can differ only in their invalid bytes and read the same: one list per lossy name.
    const names = new Map<string, Buffer[]>();
    for (const bytes of raw) {
      if (!isUndecodableName(bytes)) continue;
      const lossy = bytes.toString("utf8");
      const list = names.get(lossy);
      if (list) list.push(bytes);
      else names.set(lossy, [bytes]);
    }
    return names;
  }
}

/** A pattern layout: the locale roots a pattern names, and the English tree they are compared with. */
interface PatternTree {
  pattern: LocalePattern;
  options: SourceOptions;
}

/** Why a file under a Docusaurus site's `i18n/` is not linted, after its path. */
const UNPLACED = "in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it";

/** A folder's listing as a walk needs it. */
interface Listing {
  files: string[];
  folders: Folder[];
  /** Entries that cannot be linted: FIFOs, sockets, devices, links to them, names that are not UTF-8. */
  odd: OddEntry[];
}

interface OddEntry {
  /** The name as listed (lossy when not UTF-8), for the filters. */
  name: string;
  /** The name as shown in the problem (invalid bytes as `\xHH`). */
  shown: string;
  folder: boolean;
  why: string;
}

/**
 * True when following a link to `target` would walk something twice: a folder inside the walk's start
 * (walked under its own name) or one that holds a folder of the current chain (a loop).
 */
function leadsBack(target: string, from: Folder): boolean {
  if (isWithin(target, from.jumps[0]!)) return true;
  return from.jumps.some((j) => isWithin(j, target)) || isWithin(from.real, target);
}

/** The root of a mirror set holding `abs`: the translation whose folder it is in, else the English tree. */
function mirrorRootOf(set: LayoutSet, abs: string): LocaleRoot {
  return set.roots.find((r) => !r.isSource && isWithin(abs, r.dir)) ?? set.roots.find((r) => r.isSource)!;
}

/** Code-unit order: the same on every machine. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withSep(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep;
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "unknown error";
}

/** Runs at most `max` tasks at once; a finished task hands its slot to the next waiting one. */
export function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/**
 * `guide/setup.fr.md` → the English relative path `guide/setup.md` and the locale's root, when the
 * name carries a locale before its extension (one of `roots`, or any locale tag when `roots` is null).
 */
function suffixOf<R>(relPath: string, roots: ReadonlyMap<string, R> | null): { relPath: string; root: R; locale: string } | null {
  const slash = relPath.lastIndexOf("/");
  const name = relPath.slice(slash + 1);
  const ext = name.lastIndexOf(".");
  const stem = ext <= 0 ? name : name.slice(0, ext);
  const parsed = parseSuffixName(stem);
  if (!parsed) return null;
  const root = roots ? roots.get(parsed.locale) : (null as R);
  if (roots && root === undefined) return null;
  return { relPath: `${relPath.slice(0, slash + 1)}${parsed.base}${ext <= 0 ? "" : name.slice(ext)}`, root: root as R, locale: parsed.locale };
}
