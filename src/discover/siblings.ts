// Sibling files on disk for the targets: the same relative path under the other roots of the set.
import fs from "node:fs";
import path from "node:path";
import { suffixedName, type LayoutSet, type LocaleRoot } from "./layout.js";
import type { Target } from "./walk.js";

/** Above this many wanted files in one folder, reading the folder beats one stat per file. */
const READ_FOLDER_ABOVE = 8;

/** A sibling found only for comparison. */
export interface Comparison {
  path: string;
  set: LayoutSet;
  root: LocaleRoot;
  relPath: string;
}

/**
 * Looks up, in every root of each target's set, the relative paths that root has no target for and
 * whose folder was not walked there: one stat per file, or one readdir per folder with many of them.
 * Other locales are never walked whole for this.
 */
export async function findComparisons(
  targets: Iterable<Target>,
  covered: ReadonlyMap<string, readonly string[]>,
  limit: <T>(task: () => Promise<T>) => Promise<T>,
): Promise<Comparison[]> {
  const bySet = new Map<LayoutSet, Map<string, Set<LocaleRoot>>>();
  for (const t of targets) {
    let byRel = bySet.get(t.set);
    if (!byRel) bySet.set(t.set, (byRel = new Map()));
    const roots = byRel.get(t.relPath);
    if (roots) roots.add(t.root);
    else byRel.set(t.relPath, new Set([t.root]));
  }
  const lookups: Promise<Comparison[]>[] = [];
  for (const [set, byRel] of bySet) {
    for (const root of set.roots) {
      // In a suffix layout the English files share the folders walked for the translations but are never targets.
      const suffixed = set.roots.some((r) => r.suffix);
      const walked = root.isSource && suffixed ? [] : (covered.get(root.dir) ?? []);
      if (walked.includes("")) continue;
      const wanted = new Map<string, string[]>();
      for (const [relPath, roots] of byRel) {
        if (roots.has(root) || walked.some((dir) => relPath.startsWith(`${dir}/`))) continue;
        // A translation's folder inside the English tree holds no English file.
        if (root.exclude && relPath.includes("/") && root.exclude.includes(relPath.slice(0, relPath.indexOf("/")))) continue;
        const slash = relPath.lastIndexOf("/");
        const dir = slash < 0 ? "" : relPath.slice(0, slash);
        const names = wanted.get(dir);
        if (names) names.push(relPath.slice(slash + 1));
        else wanted.set(dir, [relPath.slice(slash + 1)]);
      }
      for (const [dir, names] of wanted) {
        // A suffix-layout locale keeps its files beside the English ones: `page.fr.md` for `page.md`. The
        // English file may carry its language too (`page.en.md`, Hugo's and MkDocs' default language).
        const spellings = root.suffix ? names.map((n) => [suffixedName(n, root.locale)]) : suffixed && root.isSource ? names.map((n) => englishNames(n, root.locale)) : names.map((n) => [n]);
        lookups.push(
          existingFiles(path.join(root.dir, dir), spellings.flat(), limit).then((found) => {
            const onDisk = new Set(found);
            const out: Comparison[] = [];
            names.forEach((relName, i) => {
              const name = spellings[i]!.find((n) => onDisk.has(n));
              if (name !== undefined) out.push({ path: path.join(root.dir, dir, name), set, root, relPath: dir === "" ? relName : `${dir}/${relName}` });
            });
            return out;
          }),
        );
      }
    }
  }
  return (await Promise.all(lookups)).flat();
}

/** How the English file of `name` may be spelled beside suffixed translations: `page.md`, else `page.en.md` (or `page.en-us.md`). */
function englishNames(name: string, locale: string): string[] {
  const language = locale.split("-")[0]!;
  return [...new Set([name, suffixedName(name, language), suffixedName(name, locale)])];
}

/** The names among `names` that are files (or links to files) in `dir`. */
async function existingFiles(dir: string, names: string[], limit: <T>(task: () => Promise<T>) => Promise<T>): Promise<string[]> {
  const isFile = (name: string) => limit(() => fs.promises.stat(path.join(dir, name))).then((s) => s.isFile(), () => false);
  if (names.length <= READ_FOLDER_ABOVE) {
    const found = await Promise.all(names.map(isFile));
    return names.filter((_, i) => found[i]);
  }
  const entries = await limit(() => fs.promises.readdir(dir, { withFileTypes: true })).catch(() => []);
  const wanted = new Set(names);
  const found = await Promise.all(
    entries.map(async (e) => (wanted.has(e.name) && (e.isFile() || (e.isSymbolicLink() && (await isFile(e.name)))) ? e.name : null)),
  );
  return found.filter((name): name is string => name !== null);
}
