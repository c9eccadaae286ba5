// Discovery: from the paths the user gave to sorted sibling groups (same relative path, one file per locale).
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import { isWithin, toSlash, type LayoutSet, type LocaleRoot } from "./layout.js";
import { expandPathArguments } from "./globs.js";
import { findComparisons } from "./siblings.js";
import { Walker, type Problem } from "./walk.js";
import type { LocaleCoverage } from "../types.js";
import { pushAll } from "../shared/arrays.js";

export { isLocaleTag, localeFromPath } from "./locale.js";

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Relative to the working folder, `/` separators. */
  displayPath: string;
  /** Lower-case BCP-47-ish tag (`de-de`, `ja`, `zh-hans`); the configured source locale for source files. */
  locale: string;
  /** Absolute locale root (`/x/partner-center-pr.de-de`). */
  root: string;
  /** Path under `root` with `/` separators: the sibling key. */
  relPath: string;
  /** A file of the English source tree. */
  isSource: boolean;
  /** Inside the paths the user asked to lint; false for siblings found only for comparison and for source files. */
  target: boolean;
  /** The English source root of the file's layout set, when it has one (whether or not this file exists there). */
  sourceRoot?: string;
}

export interface SiblingGroup {
  /** The layout set's path with `{locale}` for the locale, `/`, then relPath (`/x/docs.{locale}/a/b.md`). */
  key: string;
  /** At least one target. Source first, then by locale. */
  files: DiscoveredFile[];
}

export interface Discovery {
  /** Sorted by key. */
  groups: SiblingGroup[];
  /** Per locale, for the locale roots walked whole: the English pages it has and lacks (see LocaleCoverage). */
  coverage: LocaleCoverage[];
  /** The same, by locale root (absolute; folder layouts only): the English pages it lacks. */
  missing: Map<string, string[]>;
  /** Problems with the given paths (in their order), then with folders met while walking. */
  problems: Problem[];
}

/**
 * Finds the files to lint in `paths` (files, folders or globs, inside or above locale roots; `!pattern`
 * excludes) and their siblings
 * on disk. Never throws for bad input: missing paths, paths without a locale and unreadable folders
 * come back as problems.
 */
export async function discover(paths: string[], config: ResolvedConfig, cwd: string): Promise<Discovery> {
  const walker = new Walker(config, cwd);
  const expanded = await expandPathArguments(paths, cwd);
  const pathProblems = [...expanded.problems, ...(await Promise.all(expanded.paths.map((p) => walker.addPath(p))))];
  // Excluded files are not linted, but stay siblings that the others are compared with.
  for (const [key, target] of walker.targets) if (expanded.excluded(target.path)) walker.targets.delete(key);
  const comparisons = await findComparisons(walker.targets.values(), walker.covered, walker.limit);

  const groups = new Map<string, DiscoveredFile[]>();
  const displayRoots = new Map<string, string>();
  const add = (file: { path: string; set: LayoutSet; root: LocaleRoot; relPath: string }, target: boolean) => {
    let displayRoot = displayRoots.get(file.root.dir);
    if (displayRoot === undefined) {
      // Relative paths from cwd are the root's plus relPath, unless cwd is inside the root.
      displayRoot = isWithin(cwd, file.root.dir) && cwd !== file.root.dir ? "" : toSlash(path.relative(cwd, file.root.dir));
      displayRoots.set(file.root.dir, displayRoot);
    }
    // A file named otherwise than its relative path (`page.fr.md`, an English `page.en.md`) is shown as named.
    const named = file.root.suffix || path.basename(file.path) !== file.relPath.slice(file.relPath.lastIndexOf("/") + 1);
    const displayPath = displayRoot === "" || named ? toSlash(path.relative(cwd, file.path)) : `${displayRoot}/${file.relPath}`;
    const discovered: DiscoveredFile = {
      path: file.path,
      displayPath,
      locale: file.root.locale,
      root: file.root.dir,
      relPath: file.relPath,
      isSource: file.root.isSource,
      target,
    };
    const sourceRoot = file.set.roots.find((r) => r.isSource)?.dir;
    if (sourceRoot !== undefined) discovered.sourceRoot = sourceRoot;
    const key = `${file.set.id}/${file.relPath}`;
    const list = groups.get(key);
    if (list) list.push(discovered);
    else groups.set(key, [discovered]);
  };
  for (const t of walker.targets.values()) add(t, true);
  for (const c of comparisons) add(c, false);

  const sorted = [...groups]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, files]): SiblingGroup => ({ key, files: files.sort(compareFiles) }));
  const walkProblems = walker.walkProblems.sort((a, b) => compare(a.path, b.path));
  const { coverage, missing } = await coverageOf(walker);
  return { groups: sorted, coverage, missing, problems: [...pathProblems.filter((p): p is Problem => p !== null), ...walkProblems] };
}

/**
 * For each layout set with a locale root walked whole and an English tree: the English pages (files
 * that pass the filters) each such locale has a file for, and those it lacks. One listing of the
 * English tree per set; nothing is read.
 */
async function coverageOf(walker: Walker): Promise<{ coverage: LocaleCoverage[]; missing: Map<string, string[]> }> {
  const missing = new Map<string, string[]>();
  const sets = new Set<LayoutSet>();
  const have = new Map<LocaleRoot, Set<string>>();
  for (const t of walker.targets.values()) {
    sets.add(t.set);
    let paths = have.get(t.root);
    if (!paths) have.set(t.root, (paths = new Set()));
    paths.add(t.relPath);
  }
  const byLocale = new Map<string, LocaleCoverage>();
  for (const set of sets) {
    const source = set.roots.find((r) => r.isSource);
    const whole = set.roots.filter((r) => !r.isSource && walker.covered.get(r.dir)?.includes(""));
    if (!source || whole.length === 0) continue;
    // Beside a suffix-layout locale's files (`page.fr.md`), the English tree's pages are the others.
    const suffixes = set.roots.filter((r) => r.suffix).map((r) => r.locale);
    const translated = (p: string) => suffixes.some((l) => p.toLowerCase().replace(/_/g, "-").replace(/(\.[^./]+)$/, "").endsWith(`.${l}`));
    // The English file may carry its language (`page.en.md`): it is the English of `page.md`.
    const language = source.locale.split("-")[0]!;
    const ownSuffix = new RegExp(`\\.(?:${language}|${source.locale})(\\.[^./]+)$`, "i");
    const english = (p: string) => (suffixes.length > 0 ? p.replace(ownSuffix, "$1") : p);
    const pages = [...new Set((await walker.listRoot(source)).filter((p) => !translated(p)).map(english))].sort(compare);
    for (const root of whole) {
      let c = byLocale.get(root.locale);
      if (!c) byLocale.set(root.locale, (c = { locale: root.locale, english: 0, translated: 0, missing: [] }));
      const present = have.get(root) ?? new Set<string>();
      const lacking: string[] = [];
      for (const page of pages) {
        c.english++;
        if (present.has(page)) c.translated++;
        else lacking.push(page);
      }
      pushAll(c.missing, lacking);
      // Suffix-layout locales share one folder: by root, only folder layouts are told apart.
      if (!root.suffix) missing.set(root.dir, lacking);
    }
  }
  return { coverage: [...byLocale.values()].sort((a, b) => compare(a.locale, b.locale)), missing };
}

function compareFiles(a: DiscoveredFile, b: DiscoveredFile): number {
  return Number(b.isSource) - Number(a.isSource) || compare(a.locale, b.locale) || compare(a.path, b.path);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
