// What changed since a git revision: files, lines, renames and deletions, and the files that name a gone file.
import path from "node:path";
import { fromGitPath, GitError, gitPathOf, repositoryTop, runGit, splitNulBytes } from "./run.js";

export interface Changes {
  /** Absolute top folder of the repository. */
  top: string;
  /** The commit compared with: the merge base of the revision and HEAD (staged: HEAD). */
  base: string;
  /** Added, copied, modified and renamed-to files, tracked or not (absolute paths). */
  changed: Set<string>;
  /** The untracked ones among `changed`: new as a whole, so every line of them is changed. */
  untracked: Set<string>;
  /** Deleted files and the old names of renamed ones (absolute paths). */
  gone: Set<string>;
  /** Changed files whose names are not UTF-8, which cannot be linted: absolute, invalid bytes as `\xHH`. */
  undecodable: Set<string>;
}

/**
 * The changes between the merge base of `ref` and HEAD and the working tree: committed changes,
 * staged and unstaged edits of tracked files, and untracked files that .gitignore does not rule out.
 * Renames are detected (`-M`), so a renamed file's old name is gone and its new name changed.
 */
export async function changesSince(ref: string, cwd: string): Promise<Changes> {
  const top = await repositoryTop(cwd);
  const base = await mergeBase(ref, top);
  const [status, untracked] = await Promise.all([
    runGit(["diff", "--name-status", "-z", "-M", "--no-ext-diff", base, "--"], top),
    runGit(["ls-files", "--others", "--exclude-standard", "-z"], top),
  ]);
  const changes: Changes = { top, base, changed: new Set(), untracked: new Set(), gone: new Set(), undecodable: new Set() };
  const fields = splitNulBytes(status);
  // A name that is not UTF-8: said (it cannot be linted), never turned into a lossy path that names nothing.
  const changedFile = (bytes: Buffer | undefined) => {
    if (!bytes) return null;
    const named = gitPathOf(top, bytes);
    if ("path" in named) return named.path;
    changes.undecodable.add(named.undecodable);
    return null;
  };
  for (let i = 0; i < fields.length; ) {
    const kind = fields[i++]!.toString("latin1")[0];
    if (kind === "R" || kind === "C") {
      const from = fields[i++];
      const to = changedFile(fields[i++]);
      if (kind === "R" && from) changes.gone.add(fromGitPath(top, from.toString("utf8")));
      if (to !== null) changes.changed.add(to);
    } else if (kind === "D") {
      const bytes = fields[i++];
      if (bytes) changes.gone.add(fromGitPath(top, bytes.toString("utf8")));
    } else if (kind !== "U" && kind !== "X") {
      const file = changedFile(fields[i++]);
      if (file !== null) changes.changed.add(file);
    } else i++;
  }
  for (const file of splitNulBytes(untracked)) {
    const abs = changedFile(file);
    if (abs === null) continue;
    changes.changed.add(abs);
    changes.untracked.add(abs);
  }
  return changes;
}

async function mergeBase(ref: string, top: string): Promise<string> {
  if (ref.startsWith("-")) throw new GitError(`"${ref}" is not a revision`);
  try {
    return (await runGit(["merge-base", ref, "HEAD"], top)).toString("utf8").trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // Exit code 1 and no message: the histories share no commit (often a shallow clone).
    const why = /failed with exit code 1$/.test(error.message)
      ? `"${ref}" and HEAD have no common commit (a shallow clone? fetch with more depth)`
      : error.message.replace(/^git merge-base failed: /, "");
    throw new GitError(`cannot find the merge base of "${ref}" and HEAD: ${why}`);
  }
}

/**
 * Lines added or changed (1-based, in the new text) per changed file, from `git diff -U0` between
 * `base` and the working tree, or between HEAD and the index when `base` is "--cached". Untracked
 * files are not in the diff: every line of them is new, which callers treat as "keep all".
 */
export async function changedLines(top: string, base: string): Promise<Map<string, Set<number>>> {
  const args = ["diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/"];
  if (base === "--cached") args.push("--cached", "--no-renames", "--");
  else args.push("-M", base, "--");
  return parseUnifiedDiff((await runGit(args, top)).toString("utf8"), top);
}

/** Hunks of a unified diff as new-side line sets per file (`+++ b/<path>`; deletions are skipped). */
export function parseUnifiedDiff(diff: string, top: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  const lines = diff.split("\n");
  let current: Set<number> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("+++ ")) {
      const name = unquote(line.slice(4));
      current = null;
      if (name.startsWith("b/")) {
        current = new Set();
        files.set(fromGitPath(top, name.slice(2)), current);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk) continue;
    const removed = hunk[1] === undefined ? 1 : Number(hunk[1]);
    const start = Number(hunk[2]);
    const added = hunk[3] === undefined ? 1 : Number(hunk[3]);
    for (let n = 0; n < added; n++) current?.add(start + n);
    // Skip the hunk's body, whose lines may themselves start with "+++ " or "@@ ".
    let body = removed + added;
    while (body > 0 && i + 1 < lines.length) {
      i++;
      if (!lines[i]!.startsWith("\\")) body--;
    }
  }
  return files;
}

/** A path as git prints it in a diff header: bare, or C-quoted when it holds unusual characters. */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name.replace(/\t$/, "");
  const bytes: number[] = [];
  const escapes: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 1; i < name.length && name[i] !== '"'; i++) {
    if (name[i] !== "\\") {
      const c = String.fromCodePoint(name.codePointAt(i)!);
      for (const b of Buffer.from(c, "utf8")) bytes.push(b);
      i += c.length - 1;
      continue;
    }
    const next = name[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(name.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * Files under `pathspecs` (absolute folders or files) whose text holds one of `names` literally:
 * one `git grep` over tracked and untracked (not ignored) files of the working tree. A cheap first pass:
 * what it finds is then linted, and only the rules decide whether a link really points at a gone file.
 */
export async function filesNaming(names: Iterable<string>, top: string, pathspecs: readonly string[]): Promise<{ files: string[]; undecodable: string[] }> {
  const patterns = [...new Set(names)].filter((n) => n !== "" && !n.includes("\n"));
  if (patterns.length === 0) return { files: [], undecodable: [] };
  const specs = pathspecs.map((p) => toPathspec(top, p));
  const found = await runGit(["grep", "-l", "-z", "-I", "-F", "--full-name", "--untracked", "-f", "-", "--", ...(specs.length ? specs : ["."])], top, {
    input: `${patterns.join("\n")}\n`,
    okCodes: [1],
  });
  const files: string[] = [];
  const undecodable: string[] = [];
  // A file whose name is not UTF-8 is reported by its bytes, not turned into a lossy path that names nothing.
  for (const bytes of splitNulBytes(found)) {
    const named = gitPathOf(top, bytes);
    if ("path" in named) files.push(named.path);
    else undecodable.push(named.undecodable);
  }
  return { files, undecodable };
}

/** A literal pathspec relative to the top (`:(literal)` so `*` and `?` in names are not globs). */
function toPathspec(top: string, abs: string): string {
  const rel = path.relative(top, abs).split(path.sep).join("/");
  return `:(literal)${rel === "" ? "." : rel}`;
}
