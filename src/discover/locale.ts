// Locale tags, and locale roots read from paths: `<name>.<locale>` folders and `<parent>/<locale>/` folders.
import fs from "node:fs";
import path from "node:path";
import { readTextFile, readTextFileAsync } from "../fs/index.js";
import { isLocaleTag, normalizeLocaleTag } from "../shared/locale-tag.js";

export { isLocaleTag, normalizeLocaleTag };

const PUBLISH_CONFIG = ".openpublishing.publish.config.json";
/** Real publish configs are a few KB; a larger one (or `/dev/zero`) is not read. */
const PUBLISH_CONFIG_MAX_BYTES = 1024 * 1024;


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
