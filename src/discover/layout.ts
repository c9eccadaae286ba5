// Layout sets: the locale roots that hold the same relative paths, and which of them is the English source.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { readTextFile } from "../fs/index.js";
import { normalizeLocaleTag, readPublishLocale, type RootName } from "./locale.js";

export interface LocaleRoot {
  /** Absolute folder. */
  dir: string;
  /** Lower-case locale; the configured source locale for the source tree. */
  locale: string;
  isSource: boolean;
  /**
   * True for a locale whose files sit beside the English ones with the locale before the extension
   * (MkDocs' `page.fr.md` next to `page.md`): `dir` is the English folder, and a file's relative path
   * is the English file's.
   */
  suffix?: boolean;
  /**
   * Sub-folders (names, first level) of an English tree that are its translations' roots, left out of
   * its walk: the locale folders under the English root of a Starlight or VitePress site (`ja/`, `ar/`).
   */
  exclude?: string[];
}

/** `index.md` → `index.fr.md`: the name of a relative path's file in a suffix-layout locale. */
export function suffixedName(name: string, locale: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? `${name}.${locale}` : `${name.slice(0, dot)}.${locale}${name.slice(dot)}`;
}

/** The path of `relPath` in a root, as a file of that locale (see {@link LocaleRoot.suffix}). */
export function pathInRoot(root: LocaleRoot, relPath: string): string {
  const parts = relPath.split("/");
  if (root.suffix) parts[parts.length - 1] = suffixedName(parts[parts.length - 1]!, root.locale);
  return path.join(root.dir, parts.join("/"));
}

/**
 * The docs folder of the MkDocs site holding `dir` (a `mkdocs.yml` in it or above; its `docs_dir`,
 * `docs` by default) and the locales its i18n plugin lists, or null when there is no MkDocs site.
 */
export function findMkDocsSite(dir: string): { docs: string; locales: string[] } | null {
  for (let current = path.resolve(dir), depth = 0; depth < 8; depth++) {
    for (const name of ["mkdocs.yml", "mkdocs.yaml"]) {
      const file = path.join(current, name);
      if (!fs.existsSync(file)) continue;
      let text = "";
      try {
        text = readTextFile(file);
      } catch {
        return null;
      }
      const docsDir = /^docs_dir:\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$/m.exec(text)?.[1] ?? "docs";
      const locales = [...text.matchAll(/^\s*-?\s*locale:\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)["']?\s*$/gm)].map((m) => m[1]!.toLowerCase().replace(/_/g, "-"));
      return { docs: path.resolve(current, docsDir), locales };
    }
    const parent = path.dirname(current);
    if (parent === current || isRepositoryTop(current)) break;
    current = parent;
  }
  return null;
}

/**
 * True for the top of a git work tree (a `.git` folder or file in it): a site's configuration is never
 * above its repository, and a file found there (`/tmp/hugo.json`, a home folder's `config.yaml`) is
 * someone else's.
 */
function isRepositoryTop(dir: string): boolean {
  return fs.existsSync(path.join(dir, ".git"));
}

const HUGO_CONFIG_MAX_CHARS = 256 * 1024;

/** A Hugo configuration file, at the site's root or in `config/_default/`, in the order Hugo reads them. */
const HUGO_CONFIGS = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

/**
 * The content folder of the Hugo site holding `dir` (a Hugo configuration in it or above) when the site
 * translates by file name (`about.de.md` beside `about.md`, `_index.fr.md` beside `_index.md`): its
 * configuration lists `languages` and none of them has a `contentDir` of its own (a site with one
 * content folder per language is the `content/<lang>/` folder layout). `locales` are the languages
 * listed, `defaultLanguage` the site's `defaultContentLanguage` (`en` when unset). Null otherwise.
 */
export function findHugoFilenameSite(dir: string): { docs: string; locales: string[]; defaultLanguage: string } | null {
  for (let current = path.resolve(dir), depth = 0; depth < 8; depth++) {
    const files = [...HUGO_CONFIGS.map((n) => path.join(current, n)), ...["hugo", "config", "languages"].flatMap((n) => ["toml", "yaml", "yml"].map((e) => path.join(current, "config", "_default", `${n}.${e}`)))];
    const found = files.filter((f) => fs.existsSync(f));
    if (found.length > 0) {
      const settings = { contentDir: "content", defaultLanguage: "en", languages: [] as string[], perLanguageContent: false };
      for (const file of found) {
        let text = "";
        try {
          text = readTextFile(file);
        } catch {
          return null;
        }
        readHugoConfig(text, file, settings);
      }
      if (settings.languages.length < 2 || settings.perLanguageContent) return null;
      const locales = settings.languages.map((l) => l.toLowerCase().replace(/_/g, "-"));
      return { docs: path.resolve(current, settings.contentDir), locales, defaultLanguage: settings.defaultLanguage.toLowerCase().replace(/_/g, "-") };
    }
    const parent = path.dirname(current);
    if (parent === current || isRepositoryTop(current)) break;
    current = parent;
  }
  return null;
}

/** Reads what {@link findHugoFilenameSite} needs from one Hugo configuration file (TOML by lines, YAML and JSON parsed). */
function readHugoConfig(text: string, file: string, into: { contentDir: string; defaultLanguage: string; languages: string[]; perLanguageContent: boolean }): void {
  const languagesFile = path.basename(file).startsWith("languages.");
  if (file.endsWith(".toml")) {
    let table = "";
    for (const line of text.split(/\r?\n/)) {
      const header = /^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$/.exec(line);
      if (header) {
        table = header[1]!.replace(/["']/g, "");
        const language = languagesFile ? /^([A-Za-z][\w-]*)$/.exec(table)?.[1] : /^languages\.([A-Za-z][\w-]*)$/i.exec(table)?.[1];
        if (language && !into.languages.includes(language)) into.languages.push(language);
        continue;
      }
      const entry = /^\s*([A-Za-z][\w.]*)\s*=\s*["']?([^"'#\n]*?)["']?\s*(?:#.*)?$/.exec(line);
      if (!entry) continue;
      const key = entry[1]!.toLowerCase();
      if (key === "contentdir") {
        if (table === "") into.contentDir = entry[2]!.trim();
        else into.perLanguageContent = true;
      } else if (key === "defaultcontentlanguage" && table === "") into.defaultLanguage = entry[2]!.trim();
    }
    return;
  }
  // A site's configuration is a few kilobytes: anything much larger is not one (a report named hugo.json).
  if (text.length > HUGO_CONFIG_MAX_CHARS) return;
  let data: unknown;
  try {
    data = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch {
    return;
  }
  if (data === null || typeof data !== "object") return;
  const record = data as Record<string, unknown>;
  const get = (o: Record<string, unknown>, key: string) => Object.entries(o).find(([k]) => k.toLowerCase() === key)?.[1];
  const languages = languagesFile ? record : get(record, "languages");
  if (languages && typeof languages === "object") {
    for (const [name, value] of Object.entries(languages as Record<string, unknown>)) {
      if (!into.languages.includes(name)) into.languages.push(name);
      if (value && typeof value === "object" && get(value as Record<string, unknown>, "contentdir") !== undefined) into.perLanguageContent = true;
    }
  }
  if (languagesFile) return;
  const contentDir = get(record, "contentdir");
  if (typeof contentDir === "string") into.contentDir = contentDir;
  const language = get(record, "defaultcontentlanguage");
  if (typeof language === "string") into.defaultLanguage = language;
}

/**
 * Locale roots with the same relative paths: one `<name>.{locale}` family, one `<parent>/{locale}` folder
 * (with `<parent>` itself as the English tree when its locale folders mirror it), or the pattern.
 */
export interface LayoutSet {
  /** The roots' path with `{locale}` for the locale, `/` separators: the first half of sibling group keys. */
  id: string;
  roots: LocaleRoot[];
}

export interface SourceOptions {
  /** Configured English tree (absolute), overriding what the layout suggests. */
  source: string | null;
  /** Normalized source locale. */
  sourceLocale: string;
}

export function toSlash(p: string): string {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

/** True when `p` is `dir` or inside it (both absolute and normalized). */
export function isWithin(p: string, dir: string): boolean {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

export function suffixSetId(parent: string, base: string): string {
  return toSlash(path.join(parent, `${base}.{locale}`));
}

export function folderSetId(parent: string): string {
  return toSlash(path.join(parent, "{locale}"));
}

/**
 * The `<parent>/<base>.<locale>` roots, with each root's publish-config locale preferred to its suffix, and
 * the plain `<parent>/<base>` folder (when `hasPlainSource`) as the source.
 */
export async function suffixSet(parent: string, base: string, names: readonly RootName[], hasPlainSource: boolean, options: SourceOptions): Promise<LayoutSet> {
  const roots = await Promise.all(
    names.map(async (r): Promise<LocaleRoot> => {
      const dir = path.join(parent, r.name);
      return { dir, locale: (await readPublishLocale(dir)) ?? r.locale, isSource: false };
    }),
  );
  const plain = hasPlainSource ? path.join(parent, base) : null;
  return withSource(suffixSetId(parent, base), roots, options.source ?? plain, options.sourceLocale);
}

/** The `<parent>/<locale>` roots; the source is the configured tree, else the source locale's folder (`en-us`, `en`). */
export function folderSet(parent: string, names: readonly RootName[], options: SourceOptions): LayoutSet {
  const roots = names.map((r): LocaleRoot => ({ dir: path.join(parent, r.name), locale: r.locale, isSource: false }));
  return withSource(folderSetId(parent), roots, options.source, options.sourceLocale);
}

function withSource(id: string, roots: LocaleRoot[], source: string | null, sourceLocale: string): LayoutSet {
  let sourceRoot = source === null ? pickByLocale(roots, sourceLocale) : roots.find((r) => r.dir === source);
  if (!sourceRoot && source !== null) {
    sourceRoot = { dir: source, locale: sourceLocale, isSource: true };
    roots.push(sourceRoot);
  }
  if (sourceRoot) {
    sourceRoot.isSource = true;
    sourceRoot.locale = sourceLocale;
  }
  return { id, roots };
}

/** `en-us`, else a bare `en` folder for `en-us`, else the only `en-*` folder for a bare `en`. */
function pickByLocale(roots: LocaleRoot[], sourceLocale: string): LocaleRoot | undefined {
  const exact = roots.find((r) => r.locale === sourceLocale);
  if (exact) return exact;
  const language = sourceLocale.split("-")[0]!;
  if (language !== sourceLocale) return roots.find((r) => r.locale === language);
  const variants = roots.filter((r) => r.locale.startsWith(`${language}-`));
  return variants.length === 1 ? variants[0] : undefined;
}

/** `layout.pattern` taken apart: the folder holding the `{locale}` component, that component, and what follows. */
export interface LocalePattern {
  id: string;
  /** Absolute folder whose sub-folders carry the locale. */
  prefixDir: string;
  /** Matches the locale component; group 1 is the locale. */
  component: RegExp;
  /** Path components after the locale component. */
  rest: string[];
}

/** Parses `content/{locale}/docs` (relative to `baseDir`); null when it has no `{locale}`. */
export function parsePattern(pattern: string, baseDir: string): LocalePattern | null {
  const parts = pattern.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  const at = parts.findIndex((p) => p.includes("{locale}"));
  if (at < 0) return null;
  const [before = "", after = ""] = parts[at]!.split("{locale}");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    id: toSlash(path.resolve(baseDir, parts.join(path.sep))),
    prefixDir: path.resolve(baseDir, parts.slice(0, at).join(path.sep)),
    component: new RegExp(`^${escape(before)}([^/\\\\]+?)${escape(after)}$`),
    rest: parts.slice(at + 1),
  };
}

/** The locale root holding `absPath` by the pattern (lexically), or null. */
export function patternRootOf(absPath: string, pattern: LocalePattern): string | null {
  if (!isWithin(absPath, pattern.prefixDir) || absPath === pattern.prefixDir) return null;
  const parts = path.relative(pattern.prefixDir, absPath).split(path.sep);
  if (!pattern.component.test(parts[0]!)) return null;
  for (let i = 0; i < pattern.rest.length; i++) if (parts[i + 1] !== pattern.rest[i]) return null;
  return path.join(pattern.prefixDir, parts[0]!, pattern.rest.join(path.sep));
}

/** Every existing root the pattern names; the source is the configured tree, else the source locale's root. */
export async function patternSet(pattern: LocalePattern, options: SourceOptions): Promise<LayoutSet> {
  let entries: fs.Dirent[] = [];
  try {
    entries = await fs.promises.readdir(pattern.prefixDir, { withFileTypes: true });
  } catch {
    // No prefix folder: no roots; the caller reports paths without a locale.
  }
  const found = await Promise.all(
    entries.map(async (entry): Promise<LocaleRoot | null> => {
      const captured = pattern.component.exec(entry.name)?.[1];
      if (captured === undefined || !(entry.isDirectory() || entry.isSymbolicLink())) return null;
      const dir = path.join(pattern.prefixDir, entry.name, pattern.rest.join(path.sep));
      const stat = await fs.promises.stat(dir).catch(() => null);
      if (!stat?.isDirectory()) return null;
      const locale = normalizeLocaleTag(captured) ?? captured.toLowerCase().replace(/_/g, "-");
      return { dir, locale, isSource: false };
    }),
  );
  const roots = found.filter((r): r is LocaleRoot => r !== null);
  return withSource(pattern.id, roots, options.source, options.sourceLocale);
}

const docusaurusConfigs = ["docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs"];
/** Where Docusaurus keeps the translations of the docs plugin's current version, under the site folder. */
export const DOCUSAURUS_PATTERN = "i18n/{locale}/docusaurus-plugin-content-docs/current";

/** One Docusaurus tree: where its translations are (a pattern under the site folder) and its English folder (absolute). */
export interface DocusaurusTree {
  pattern: string;
  source: string;
}

/**
 * The trees of a Docusaurus site with the default plugin paths: the docs' current version against
 * `docs/`, each version in `versioned_docs/` (`version-1.0`), the blog against `blog/` and the pages
 * plugin against `src/pages/`. A tree other than the current docs is listed only when its English
 * folder exists.
 */
export function docusaurusTrees(site: string): DocusaurusTree[] {
  const trees: DocusaurusTree[] = [{ pattern: DOCUSAURUS_PATTERN, source: path.join(site, "docs") }];
  let versions: fs.Dirent[] = [];
  try {
    versions = fs.readdirSync(path.join(site, "versioned_docs"), { withFileTypes: true });
  } catch {
    // No versioned docs.
  }
  for (const v of versions.filter((e) => e.isDirectory() && e.name !== "current").sort((a, b) => (a.name < b.name ? -1 : 1))) {
    trees.push({ pattern: `i18n/{locale}/docusaurus-plugin-content-docs/${v.name}`, source: path.join(site, "versioned_docs", v.name) });
  }
  for (const [plugin, english] of [
    ["docusaurus-plugin-content-blog", "blog"],
    ["docusaurus-plugin-content-pages", "src/pages"],
  ] as const) {
    const source = path.join(site, english);
    if (fs.existsSync(source)) trees.push({ pattern: `i18n/{locale}/${plugin}`, source });
  }
  return trees;
}

/**
 * The Docusaurus site holding `dir` (it or a folder above with a `docusaurus.config.*` and an `i18n/`
 * folder), or null: its trees are {@link docusaurusTrees}.
 */
export function findDocusaurusSite(dir: string): string | null {
  for (let current = path.resolve(dir), depth = 0; depth < 8; depth++) {
    if (fs.existsSync(path.join(current, "i18n")) && docusaurusConfigs.some((name) => fs.existsSync(path.join(current, name)))) return current;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return null;
}

/** What sampling one locale-named sub-folder of a folder found: its Markdown files, and those the folder has too. */
export interface MirrorEvidence {
  /** The sub-folder's name (`ja`, `pt-BR`). */
  name: string;
  locale: string;
  /** Markdown files sampled in the sub-folder. */
  sampled: number;
  /** Of those, the ones with a file at the same relative path in the folder, outside its locale sub-folders. */
  matched: number;
  /** Of those, the ones whose path says more than a folder's front page (`guides/install.md`, not `index.md`). */
  distinctive: number;
}

/** Top-level names every doc folder may have: a match on one of them alone says nothing. */
const GENERIC_PAGES = new Set(["index", "readme", "_index", "home"]);

/** True for a relative path whose match in another folder is evidence of mirroring (not a lone `index.md`). */
export function isDistinctivePath(relPath: string): boolean {
  if (relPath.includes("/")) return true;
  const dot = relPath.lastIndexOf(".");
  return !GENERIC_PAGES.has((dot <= 0 ? relPath : relPath.slice(0, dot)).toLowerCase());
}

/**
 * The locale sub-folders that are translations of the folder holding them (pure): none unless one of
 * them mirrors it clearly (at least half of its sampled Markdown files, one of them more than a front
 * page, sit at the same relative path in the folder); then every locale sub-folder that shares at least
 * one file with it. A folder named like a locale that is content (`de/` about Delaware) shares nothing.
 */
export function mirroredLocales(evidence: readonly MirrorEvidence[]): MirrorEvidence[] {
  const clear = evidence.some((e) => e.distinctive > 0 && 2 * e.matched >= e.sampled);
  return clear ? evidence.filter((e) => e.matched > 0) : [];
}

/** The set of a folder that is its own English tree, with its locale sub-folders (`names`) as the translations. */
export function mirrorSet(dir: string, roots: readonly RootName[], sourceLocale: string): LayoutSet {
  return {
    id: folderSetId(dir),
    roots: [
      { dir, locale: sourceLocale, isSource: true, exclude: roots.map((r) => r.name).sort() },
      ...roots.map((r): LocaleRoot => ({ dir: path.join(dir, r.name), locale: r.locale, isSource: false })),
    ],
  };
}
