// Which files discovery keeps: include and ignore globs, and .gitignore files.
import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { readTextFileAsync } from "../fs/index.js";
import { compileGlob } from "../config/glob.js";
import { isWithin, toSlash } from "./layout.js";

const DEFAULT_INCLUDE = ["**/*.md", "**/*.mdx", "**/*.yml", "**/*.yaml"];
/** Larger .gitignore files are not read (git itself refuses ones over 100 MB; real ones are a few KB). */
const GITIGNORE_MAX_BYTES = 1024 * 1024;

/**
 * Include and ignore globs. A path matches a glob when either of its two relative forms does: the path
 * relative to the config folder (when inside it) or the path under its locale root, so `Archive/**`
 * ignores that folder in every locale.
 */
export class GlobFilter {
  private readonly include: RegExp[];
  private readonly ignore: RegExp[];
  private readonly basePrefix: string;

  constructor(include: readonly string[], ignoreGlobs: readonly string[], private readonly baseDir: string) {
    this.include = (include.length > 0 ? include : DEFAULT_INCLUDE).map(compileGlob);
    this.ignore = ignoreGlobs.map(compileGlob);
    this.basePrefix = baseDir.endsWith(path.sep) ? baseDir : baseDir + path.sep;
  }

  /** True for a file to lint; `relPath` is its path under the locale root. */
  includesFile(absPath: string, relPath: string): boolean {
    return this.whyExcluded(absPath, relPath) === null;
  }

  /** Why a file is not linted (`include` or `ignore`), or null for a file to lint. */
  whyExcluded(absPath: string, relPath: string): "include" | "ignore" | null {
    const baseRel = this.baseRelative(absPath);
    const matches = (re: RegExp) => re.test(relPath) || (baseRel !== null && re.test(baseRel));
    if (!this.include.some(matches)) return "include";
    return this.ignore.some(matches) ? "ignore" : null;
  }

  /** True for a folder whose whole content is ignored; `relPath` is null above the locale roots. */
  excludesFolder(absPath: string, relPath: string | null): boolean {
    if (this.ignore.length === 0) return false;
    const forms = [relPath, this.baseRelative(absPath)].filter((p): p is string => p !== null && p !== "");
    return this.ignore.some((re) => forms.some((p) => re.test(p) || re.test(`${p}/`)));
  }

  private baseRelative(absPath: string): string | null {
    return absPath.startsWith(this.basePrefix) ? toSlash(absPath.slice(this.basePrefix.length)) : null;
  }
}

/** The .gitignore rules in force in a folder: its own file's, then its ancestors' up to the repository top. */
export interface GitIgnores {
  /** Folder of the .gitignore file. */
  base: string;
  rules: Ignore;
  parent: GitIgnores | null;
}

/** Git's answer: the deepest .gitignore with a rule for the path (ignore or `!` re-include) decides. */
export function isGitIgnored(absPath: string, isFolder: boolean, ignores: GitIgnores | null): boolean {
  for (let node = ignores; node; node = node.parent) {
    const prefix = node.base.endsWith(path.sep) ? node.base : node.base + path.sep;
    if (!absPath.startsWith(prefix)) continue;
    const rel = toSlash(absPath.slice(prefix.length));
    const result = node.rules.test(isFolder ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}

/** Adds `dir`'s .gitignore (when it has one) on top of `parent`. */
export async function withGitIgnoreOf(dir: string, parent: GitIgnores | null): Promise<GitIgnores | null> {
  let text: string;
  try {
    // A FIFO, a device or a huge file named .gitignore is no list of patterns: read as none.
    text = await readTextFileAsync(path.join(dir, ".gitignore"), { maxBytes: GITIGNORE_MAX_BYTES });
  } catch {
    return parent;
  }
  return { base: dir, rules: ignore().add(text), parent };
}

/**
 * Memoized .gitignore chains for the folders above a walk's start: from the repository top (the nearest
 * folder holding `.git`) down, or from `floor` (the locale root) when there is no repository.
 */
export class GitIgnoreChains {
  private readonly hasGit = new Map<string, Promise<boolean>>();
  private readonly chains = new Map<string, Promise<GitIgnores | null>>();

  /** The rules in force in `dir`, its own .gitignore included. */
  async forFolder(dir: string, floor: string | null): Promise<GitIgnores | null> {
    const top = await this.repositoryTop(dir);
    const start = top ?? (floor !== null && isWithin(dir, floor) ? floor : null);
    return start === null ? null : this.chain(dir, start);
  }

  private chain(dir: string, start: string): Promise<GitIgnores | null> {
    const key = `${start}\0${dir}`;
    let chain = this.chains.get(key);
    if (!chain) {
      const parent = dir === start ? Promise.resolve(null) : this.chain(path.dirname(dir), start);
      chain = parent.then((p) => withGitIgnoreOf(dir, p));
      this.chains.set(key, chain);
    }
    return chain;
  }

  private async repositoryTop(dir: string): Promise<string | null> {
    for (let d = dir; ; d = path.dirname(d)) {
      let known = this.hasGit.get(d);
      if (!known) {
        known = fs.promises.stat(path.join(d, ".git")).then(() => true, () => false);
        this.hasGit.set(d, known);
      }
      if (await known) return d;
      if (path.dirname(d) === d) return null;
    }
  }
}
