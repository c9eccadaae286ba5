// Path arguments that are globs (`"docs.*/articles/**/*.md"`, `!docs.de-de/archive`): expanded here, in
// discovery, in the dialect of the configuration's include and ignore (src/config/glob.ts).
import fs from "node:fs";
import path from "node:path";
import { compileGlob, globBase, isGlob } from "../config/glob.js";
import { pushAll } from "../shared/arrays.js";
import { toSlash } from "./layout.js";
import type { Problem } from "./walk.js";

/** Folders a glob never looks into: they hold no documentation, and can be huge. */
const SKIPPED = new Set([".git", "node_modules"]);

export interface ExpandedPaths {
  /** Files and folders to lint: the arguments that exist as given, and what each glob matched. */
  paths: string[];
  /** True for an absolute path that a `!pattern` argument excludes (the path itself or a folder above it). */
  excluded: (absPath: string) => boolean;
  /** Globs that matched nothing. */
  problems: Problem[];
}

interface Pattern {
  /** Folder that the pattern's relative text is matched from. */
  root: string;
  text: string;
}

function patternOf(arg: string, cwd: string): Pattern {
  const slashed = toSlash(arg);
  if (path.isAbsolute(arg)) return { root: path.parse(path.resolve(arg)).root, text: toSlash(path.resolve(arg)).replace(/^(?:[A-Za-z]:)?\//, "") };
  return { root: cwd, text: slashed.replace(/^(?:\.\/)+/, "") };
}

/** Anchored to the pattern's root: a glob argument names paths from the working folder, as a shell does. */
function compile(pattern: Pattern): RegExp {
  return compileGlob(`/${pattern.text}`);
}

async function expandGlob(pattern: Pattern): Promise<string[]> {
  const re = compile(pattern);
  const base = globBase(pattern.text);
  const found: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(path.join(pattern.root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const folders: string[] = [];
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) {
        // A link is linted as what it points to; the walk does not follow linked folders (no loops).
        const stat = await fs.promises.stat(path.join(pattern.root, child)).catch(() => null);
        if (!stat) continue;
        if (re.test(child)) found.push(child);
        continue;
      }
      if (re.test(child)) found.push(child);
      else if (entry.isDirectory()) folders.push(child);
    }
    await Promise.all(folders.map(walk));
  };
  await walk(base);
  return found.sort().map((rel) => path.join(pattern.root, rel));
}

/**
 * Splits the path arguments into paths, globs and `!` exclusions. An argument that exists on disk is a
 * path even if it looks like a glob (`what?.md`); a glob matches files and folders (a folder it matches is
 * linted whole); `!pattern` excludes what it matches from everything linted.
 */
export async function expandPathArguments(args: readonly string[], cwd: string): Promise<ExpandedPaths> {
  const excludes: { pattern: Pattern; re: RegExp }[] = [];
  const positive: string[] = [];
  for (const arg of args) {
    if (arg.startsWith("!") && arg.length > 1) {
      const pattern = patternOf(arg.slice(1), cwd);
      excludes.push({ pattern, re: compile(pattern) });
    } else {
      positive.push(arg);
    }
  }
  if (positive.length === 0 && excludes.length > 0) positive.push(".");
  const paths: string[] = [];
  const problems: Problem[] = [];
  for (const arg of positive) {
    if (!isGlob(arg) || fs.existsSync(path.resolve(cwd, arg))) {
      paths.push(arg);
      continue;
    }
    const matched = await expandGlob(patternOf(arg, cwd));
    if (matched.length === 0) problems.push({ path: arg, message: `${arg}: no files or folders match this pattern` });
    pushAll(paths, matched);
  }
  const excluded = (absPath: string): boolean =>
    excludes.some(({ pattern, re }) => {
      const rel = toSlash(path.relative(pattern.root, absPath));
      if (rel.startsWith("../") || rel === "..") return false;
      const segments = rel.split("/");
      for (let n = segments.length; n > 0; n--) if (re.test(segments.slice(0, n).join("/"))) return true;
      return false;
    });
  return { paths, excluded, problems };
}
