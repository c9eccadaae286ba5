// Locale tags, and locale roots read from paths: `<name>.<locale>` folders and `<parent>/<locale>/` folders.
import fs from "node:fs";
import path from "node:path";
import { readTextFile, readTextFileAsync } from "../fs/index.js";

const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;
/** Codes Intl can name that are not languages a doc set is written in. */
const NOT_LANGUAGES = new Set(["mis", "mul", "und", "zxx"]);
const PUBLISH_CONFIG = ".openpublishing.publish.config.json";
/** Real publish configs are a few KB; a larger one (or `/dev/zero`) is not read. */
const PUBLISH_CONFIG_MAX_BYTES = 1024 * 1024;

/**
 * Locales doc sets are commonly published in, accepted without asking Intl: Intl.DisplayNames costs
 * about 12 ms on first use, a tenth of a pre-commit hook's run. Every tag here is one Intl can name.
 */
const COMMON_LOCALES = new Set(
  (
    "ar-sa bg-bg ca-es cs-cz da-dk de-at de-ch de-de el-gr en-au en-ca en-gb en-in en-us es-es es-mx et-ee eu-es " +
    "fi-fi fr-ca fr-fr gl-es he-il hi-in hr-hr hu-hu id-id is-is it-it ja-jp kk-kz ko-kr lt-lt lv-lv ms-my nb-no " +
    "nl-be nl-nl pl-pl pt-br pt-pt ro-ro ru-ru sk-sk sl-si sr-cyrl-rs sr-latn-rs sv-se th-th tr-tr uk-ua vi-vn " +
    "zh-cn zh-hk zh-tw zh-hans zh-hant ar de en es fr he it ja ko nl pl pt ru sv tr zh"
  ).split(" "),
);

let displayNames: { language: Intl.DisplayNames; script: Intl.DisplayNames; region: Intl.DisplayNames } | undefined;
const tagCache = new Map<string, string | null>();

/**
 * True for `ll`, `ll-rr`, `ll-ssss` and `ll-ssss-rr` (case-insensitive, `-` or `_`) where Intl can name
 * the language, script and region. A three-letter language needs a script or region (`fil-ph`), so
 * folders such as `src` (Sardinian) or `bin` (Bini) are not taken for locales.
 */
export function isLocaleTag(s: string): boolean {
  return normalizeLocaleTag(s) !== null;
}

/** The tag lower-cased with `-` separators (`zh_Hans` → `zh-hans`), or null when `s` is not a locale tag. */
export function normalizeLocaleTag(s: string): string | null {
  const cached = tagCache.get(s);
  if (cached !== undefined) return cached;
  const lower = s.toLowerCase().replace(/_/g, "-");
  if (COMMON_LOCALES.has(lower)) {
    tagCache.set(s, lower);
    return lower;
  }
  const match = TAG.exec(s);
  // Only strings shaped like tags are cached, so the cache stays small whatever folder names it sees.
  if (!match) return null;
  const [, language = "", script, region] = match;
  const valid =
    (language.length === 2 || script !== undefined || region !== undefined) &&
    !NOT_LANGUAGES.has(language.toLowerCase()) &&
    canName("language", language) &&
    (script === undefined || (script.toLowerCase() !== "zzzz" && canName("script", script))) &&
    (region === undefined || (region.toLowerCase() !== "zz" && canName("region", region)));
  const tag = valid ? [language, script, region].filter((p) => p !== undefined).join("-").toLowerCase() : null;
  tagCache.set(s, tag);
  return tag;
}

function canName(type: "language" | "script" | "region", code: string): boolean {
  displayNames ??= {
    language: new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }),
    script: new Intl.DisplayNames(["en"], { type: "script", fallback: "none" }),
    region: new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }),
  };
  // Intl wants canonical case: `de`, `Hans`, `DE`.
  const canonical =
    type === "language" ? code.toLowerCase() : type === "script" ? code[0]!.toUpperCase() + code.slice(1).toLowerCase() : code.toUpperCase();
  try {
    const name = displayNames[type].of(canonical);
    return name !== undefined && name.toLowerCase() !== code.toLowerCase();
  } catch {
    return false;
  }
}

/** `partner-center-pr.de-de` → base `partner-center-pr`, locale `de-de`; null when the suffix is no locale. */
export function parseSuffixName(name: string): { base: string; locale: string } | null {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return null;
  const locale = normalizeLocaleTag(name.slice(dot + 1));
  return locale === null ? null : { base: name.slice(0, dot), locale };
}

/** A locale root found among the sub-folders of one parent folder. */
export interface RootName {
  name: string;
  locale: string;
}

/** What the sub-folder names of one folder say about locale layouts. */
export interface FolderLayouts {
  /** `<base>.<locale>` roots by base. */
  suffix: Map<string, RootName[]>;
  /** Locale-tag folders, when there are at least two of them (a lone `it/` is not a locale). */
  folder: RootName[];
  /** Lone `<base>.<ll>` folders (`site.de`) that count only when their publish config names a locale. */
  unsure: { base: string; root: RootName }[];
  /** The sub-folder names, for finding the plain `<base>` source folder. */
  names: Set<string>;
}

/** Classifies sub-folder names (pure). */
export function classifyFolders(names: Iterable<string>): FolderLayouts {
  const all = new Set(names);
  const bySuffix = new Map<string, RootName[]>();
  const tags: RootName[] = [];
  for (const name of all) {
    const suffix = parseSuffixName(name);
    if (suffix) {
      const list = bySuffix.get(suffix.base) ?? [];
      list.push({ name, locale: suffix.locale });
      bySuffix.set(suffix.base, list);
      continue;
    }
    const locale = normalizeLocaleTag(name);
    if (locale !== null) tags.push({ name, locale });
  }
  const suffix = new Map<string, RootName[]>();
  const unsure: { base: string; root: RootName }[] = [];
  for (const [base, roots] of bySuffix) {
    // `docs.de-de` alone is clear enough; `site.de` alone needs company (siblings, an English `site`).
    if (roots.length > 1 || all.has(base) || roots[0]!.locale.includes("-")) suffix.set(base, roots);
    else unsure.push({ base, root: roots[0]! });
  }
  return { suffix, folder: tags.length > 1 ? tags : [], unsure, names: all };
}

/** The single locale named by `.openpublishing.publish.config.json` text, or null. */
export function localeFromPublishConfig(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  const docsets = (data as { docsets_to_publish?: unknown } | null)?.docsets_to_publish;
  if (!Array.isArray(docsets)) return null;
  const locales = new Set<string | null>();
  for (const docset of docsets) {
    const locale = (docset as { locale?: unknown } | null)?.locale;
    if (typeof locale === "string") locales.add(normalizeLocaleTag(locale));
  }
  const [only] = locales;
  return locales.size === 1 && only !== undefined ? only : null;
}

/** The publish config's locale for a root folder, or null (no file, unreadable, several or invalid locales). */
export async function readPublishLocale(root: string): Promise<string | null> {
  try {
    return localeFromPublishConfig(await readTextFileAsync(path.join(root, PUBLISH_CONFIG), { maxBytes: PUBLISH_CONFIG_MAX_BYTES }));
  } catch {
    return null;
  }
}

function readPublishLocaleSync(root: string): string | null {
  try {
    return localeFromPublishConfig(readTextFile(path.join(root, PUBLISH_CONFIG), { maxBytes: PUBLISH_CONFIG_MAX_BYTES }));
  } catch {
    return null;
  }
}

/** Names of the sub-folders of `dir` (symbolic links to folders included); empty when unreadable. */
function subFoldersSync(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) names.push(entry.name);
    else if (entry.isSymbolicLink()) {
      try {
        if (fs.statSync(path.join(dir, entry.name)).isDirectory()) names.push(entry.name);
      } catch {
        // A dangling link is not a folder.
      }
    }
  }
  return names;
}

/** Where a path's locale comes from, with the parent's layouts so the caller can find the siblings. */
export interface PathLocation {
  locale: string;
  root: string;
  layout: "suffix" | "folder";
  /** Folder holding the locale root and its siblings. */
  parent: string;
  /** The suffix layout's `<base>`; null for the folder layout. */
  base: string | null;
  layouts: FolderLayouts;
}

/**
 * The locale root holding `absPath` (the outermost path component that is one), its locale and layout;
 * null when no component is a locale root. Reads the parent folder of each component that looks like a
 * locale (to see its siblings) and the root's publish config, synchronously: a few memoized system calls.
 */
export function locatePath(absPath: string, cache = new Map<string, FolderLayouts>()): PathLocation | null {
  const parts = path.resolve(absPath).split(path.sep);
  let parent = parts[0] === "" ? path.sep : `${parts[0]}${path.sep}`;
  for (let i = 1; i < parts.length; i++) {
    const name = parts[i]!;
    if (name === "") continue;
    const dir = path.join(parent, name);
    const suffix = parseSuffixName(name);
    if (suffix || isLocaleTag(name)) {
      let layouts = cache.get(parent);
      if (!layouts) {
        layouts = classifyFolders(subFoldersSync(parent));
        cache.set(parent, layouts);
      }
      if (suffix) {
        const known = layouts.suffix.get(suffix.base)?.some((r) => r.name === name);
        const unsure = !known && layouts.unsure.some((u) => u.root.name === name);
        const hint = known || unsure ? readPublishLocaleSync(dir) : null;
        if (known || hint !== null) {
          return { locale: hint ?? suffix.locale, root: dir, layout: "suffix", parent, base: suffix.base, layouts };
        }
      } else {
        const root = layouts.folder.find((r) => r.name === name);
        if (root) return { locale: root.locale, root: dir, layout: "folder", parent, base: null, layouts };
      }
    }
    parent = dir;
  }
  return null;
}

/**
 * The locale of the path from its folders: `<name>.<locale>` (the publish config's locale preferred) or a
 * `<locale>/` folder with at least one locale-tag sibling folder. Null when the path has neither.
 */
export function localeFromPath(absPath: string): { locale: string; root: string; layout: "suffix" | "folder" } | null {
  const location = locatePath(absPath);
  return location && { locale: location.locale, root: location.root, layout: location.layout };
}
