// The English source's git history, read synchronously for the provenance rules (blobs at a commit, later commits).
import { spawnSync } from "node:child_process";
import { gitTimeoutMs } from "./run.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";

/** The English file as it was at a commit. */
export interface SourceBlob {
  /** Git object id of the blob. */
  oid: string;
  /** The bytes as stored in git (line endings as committed, no checkout conversion). */
  bytes: Uint8Array;
  /** Path inside the repository at that commit: differs from today's when the file was renamed since. */
  path: string;
}

/** How the English file changed from a commit to HEAD. */
export interface Staleness {
  /** Non-merge commits in `commit..HEAD` that change the file (under its current or an earlier name). */
  count: number;
  /** The newest of them, null when there is none. */
  latest: string | null;
  /** True when the newest of them deletes the file. */
  deleted: boolean;
  /** All of them, newest first. */
  commits: string[];
}

/** How far behind a translation is, from git history alone (no pin): as Kubernetes' lsync.sh. */
export interface HistoryLag {
  /** The last commit that changed the translation. */
  translated: string;
  translatedTime: number;
  /** English commits after it that change the English file. */
  count: number;
  /** The newest of them, and its time (seconds since the epoch). */
  latest: string | null;
  latestTime: number | null;
  /** All of them, newest first. */
  commits: string[];
}

interface GitObject {
  oid: string;
  type: string;
  /** Empty when only the id and type were asked for. */
  bytes: Uint8Array;
}

interface PathChanges {
  count: number;
  latest: string;
  deleted: boolean;
  /** Newest first. */
  commits: string[];
}

/** Everything that changed in `commit..HEAD`, by today's path. */
interface Changes {
  byPath: Map<string, PathChanges>;
  /** Today's path → its name at `commit`, for files renamed since. */
  origins: Map<string, string>;
  /** A name at `commit` → today's name and the commit that renamed it first, for files renamed since. */
  renamedTo: Map<string, { path: string; commit: string }>;
}

/** What became of an English file since a commit: deleted, or moved (renamed) to another path. */
export type SourceFate =
  | { kind: "deleted"; commit: string; time: number | undefined }
  | { kind: "moved"; commit: string; time: number | undefined; /** Today's path, relative to the source root (or the repository when outside it). */ to: string; outside: boolean };

/** Commits as written in metadata: 4 to 64 hexadecimal digits (SHA-1 or SHA-256, possibly abbreviated). */
const commitPattern = /^[0-9a-f]{4,64}$/i;
/** How long one request may take before git is given up on (a hung or vanished process). */
const REQUEST_TIMEOUT_MS = 60_000;
/** Blobs kept in memory; a sibling group's files ask for the same few in a row, so a small window does. */
const BLOB_CACHE_SIZE = 512;
const LFS_POINTER = "version https://git-lfs.github.com/spec/";

/** Things git could not answer in this thread, by a key that says them once: message. */
const gitNotices = new Map<string, string>();

/**
 * Records that git could not answer and which checks were skipped: said once per run (the engine
 * drains these from every thread with {@link takeGitNotices} and reports them on stderr and in every format).
 */
export function noteGitProblem(key: string, message: string): void {
  if (!gitNotices.has(key)) gitNotices.set(key, message);
}

/** The notices recorded since the last call, by key. */
export function takeGitNotices(): [string, string][] {
  const taken = [...gitNotices];
  gitNotices.clear();
  return taken;
}

const SKIPPED_RULES = "translation-stale, translation-orphaned, sourcegitcommit-unknown and openlocfilehash-unverified";

/**
 * The history of the git repository holding an English source tree, with paths relative to that tree.
 * Methods return `undefined` when git cannot tell (it failed, or the clone lacks the objects), so rules
 * stay quiet rather than report what they could not verify.
 */
export class SourceHistory {
  constructor(
    private readonly repo: Repository,
    /** The source root's path inside the repository, "" or ending in "/". */
    readonly prefix: string,
    /** HEAD's commit id when the history was opened, fixed from then on. */
    readonly head: string,
    /** False in a shallow clone, where a commit that is not found may simply not have been fetched. */
    readonly complete: boolean,
  ) {}

  /** The repository's top folder. */
  get top(): string {
    return this.repo.top;
  }

  /** The path inside the repository of `relPath` (relative to the source root). */
  repoPath(relPath: string): string {
    return this.prefix + relPath.split(path.sep).join("/");
  }

  /** The full id of the commit `rev` (hexadecimal, possibly abbreviated) names; null when there is none. */
  resolveCommit(rev: string): string | null | undefined {
    return this.repo.resolveCommit(rev);
  }

  /** True when the source file is tracked at HEAD (the repository holds this English file at all). */
  tracked(relPath: string): boolean | undefined {
    const p = this.repoPath(relPath);
    if (!validPath(p)) return undefined;
    const info = this.repo.info(`${this.head}:${p}`);
    return info === undefined ? undefined : info?.type === "blob";
  }

  /**
   * The source file at `commit` (a full id from `resolveCommit`), found under its name at that commit
   * when it was renamed since; null when it did not exist then.
   */
  blobAt(commit: string, relPath: string): SourceBlob | null | undefined {
    const p = this.repoPath(relPath);
    if (!validPath(p)) return undefined;
    const direct = this.repo.blob(commit, p);
    if (direct !== null) return direct;
    const changes = this.repo.changes(commit, this.head);
    if (changes === undefined) return undefined;
    const origin = changes.origins.get(p);
    return origin === undefined ? null : this.repo.blob(commit, origin);
  }

  /** The source file as it was just before `commit` (full id), in its first parent; null when it did not exist there (or `commit` has no parent). */
  blobBefore(commit: string, relPath: string): SourceBlob | null | undefined {
    return this.blobAt(`${commit}^`, relPath);
  }

  /** When the English file at `commit` (full id) is gone from HEAD: deleted, or moved to another path since; null when it is there or never was. */
  fateSince(commit: string, relPath: string): SourceFate | null | undefined {
    const p = this.repoPath(relPath);
    if (!validPath(p)) return undefined;
    const now = this.repo.info(`${this.head}:${p}`);
    if (now === undefined) return undefined;
    if (now !== null) return null;
    const then = this.repo.blob(commit, p);
    // A blob the clone lacks still shows in its tree: enough to know the file was there.
    if (then === undefined && !this.repo.listed(commit, p)) return undefined;
    if (then === null) return null;
    const changes = this.repo.changes(commit, this.head);
    if (changes === undefined) return undefined;
    return this.fateOf(p, changes.renamedTo.get(p), changes.byPath);
  }

  private fateOf(p: string, renamed: { path: string; commit: string } | undefined, byPath: ReadonlyMap<string, { latest: string; deleted: boolean }>): SourceFate | null | undefined {
    const today = renamed?.path ?? p;
    const change = byPath.get(today);
    if (change?.deleted) return { kind: "deleted", commit: change.latest, time: this.repo.commitTime(change.latest) };
    if (!renamed) return null;
    const exists = this.repo.info(`${this.head}:${today}`);
    if (exists === undefined) return undefined;
    if (exists === null && !this.repo.listed(this.head, today)) return null;
    const outside = !today.startsWith(this.prefix);
    return { kind: "moved", commit: renamed.commit, time: this.repo.commitTime(renamed.commit), to: outside ? today : today.slice(this.prefix.length), outside };
  }

  /** The committer time of a commit, in seconds since the epoch. */
  commitTime(commit: string): number | undefined {
    return this.repo.commitTime(commit);
  }

  /**
   * For a translation with no pin, in the same repository as the English: the last commit that changed
   * the translation (`localePath`, absolute), and the English commits since that change the English file,
   * from one `git log` over the English tree and every locale root beside it (`localeRoots`). Undefined
   * when the translation has no commit (new, untracked) or git cannot tell.
   */
  lagOf(localePath: string, relPath: string, localeRoots: readonly string[]): HistoryLag | undefined {
    const top = this.repo.top + path.sep;
    if (!localePath.startsWith(top)) return undefined;
    // An English file gone from HEAD is translation-orphaned's finding, not a staleness.
    if (!this.repo.info(`${this.head}:${this.repoPath(relPath)}`)) return undefined;
    const log = this.repo.treeLog(this.prefix, localeRoots.filter((r) => r.startsWith(top)).map((r) => r.slice(top.length).split(path.sep).join("/")));
    if (!log) return undefined;
    const translatedAt = log.touches.get(localePath.slice(top.length).split(path.sep).join("/"))?.[0];
    if (translatedAt === undefined) return undefined;
    const english = log.touches.get(this.repoPath(relPath)) ?? [];
    const since = english.filter((i) => i < translatedAt);
    const latest = since.length ? log.commits[since[0]!]! : null;
    const translated = log.commits[translatedAt]!;
    return {
      translated: translated.oid,
      translatedTime: translated.time,
      count: since.length,
      latest: latest?.oid ?? null,
      latestTime: latest?.time ?? null,
      commits: since.map((i) => log.commits[i]!.oid),
    };
  }

  /** For a translation with no pin: what became of its English file (deleted or moved), from the same log as {@link lagOf}. */
  fateInLog(relPath: string, localeRoots: readonly string[]): SourceFate | null | undefined {
    const top = this.repo.top + path.sep;
    const p = this.repoPath(relPath);
    const now = this.repo.info(`${this.head}:${p}`);
    if (now === undefined) return undefined;
    if (now !== null) return null;
    const log = this.repo.treeLog(this.prefix, localeRoots.filter((r) => r.startsWith(top)).map((r) => r.slice(top.length).split(path.sep).join("/")));
    if (!log) return undefined;
    return this.fateOf(p, log.renamedTo.get(p), log.byPath);
  }

  /** The commits since `commit` (a full id) that change the source file; `count` 0 when its content is unchanged. */
  commitsSince(commit: string, relPath: string): Staleness | undefined {
    const p = this.repoPath(relPath);
    const then = this.blobAt(commit, relPath);
    if (!then) return undefined;
    const now = this.repo.info(`${this.head}:${p}`);
    if (now === undefined) return undefined;
    // Same content (even after changes that were reverted): the translation is of today's text.
    if (now?.oid === then.oid) return { count: 0, latest: null, deleted: false, commits: [] };
    // Gone from this path (deleted or moved): translation-orphaned's finding, not a staleness.
    if (now === null) return { count: 0, latest: null, deleted: false, commits: [] };
    const changes = this.repo.changes(commit, this.head);
    if (changes === undefined) return undefined;
    const c = changes.byPath.get(p);
    return c ? { count: c.count, latest: c.latest, deleted: c.deleted, commits: c.commits } : { count: 0, latest: null, deleted: false, commits: [] };
  }
}

/**
 * Repositories by top folder, for the whole process (per thread): what they cache is keyed by commit
 * ids, so it stays true when HEAD moves between runs, and their `cat-file` process is started once.
 */
const repositories = new Map<string, Repository | null>();

/**
 * The git history of the English source tree at `sourceRoot` as of its HEAD now, or null when it is
 * not inside a git checkout (or the repository is a partial clone, whose missing objects git would
 * fetch over the network). Costs one `existsSync` per folder above the root when there is no `.git`,
 * else one `git rev-parse`: call it once per run and source root (ProjectFacts does).
 */
export function openSourceHistory(sourceRoot: string): SourceHistory | null {
  if (!insideGitCheckout(sourceRoot)) return null;
  const out = git(sourceRoot, ["rev-parse", "--show-toplevel", "--show-prefix", "--is-shallow-repository", "HEAD"]);
  if (out === null) {
    if (gitMissing) noteGitProblem("git-missing", `git is not installed or not on the PATH: ${SKIPPED_RULES} were skipped`);
    else noteGitProblem(`no-head:${sourceRoot}`, `git cannot read the repository holding the English source ${sourceRoot} (no commit yet, or a damaged repository): ${SKIPPED_RULES} were skipped`);
    return null;
  }
  const [top, prefix, shallow, head] = out.split("\n");
  if (!top || prefix === undefined || !head || !commitPattern.test(head)) return null;
  let repo = repositories.get(top);
  if (repo === undefined) {
    // A partial clone lacks blobs that git would fetch on demand: never go to the network from a linter.
    const partial = git(top, ["config", "--get", "extensions.partialClone"]);
    repo = partial ? null : new Repository(top);
    repositories.set(top, repo);
  }
  if (!repo) noteGitProblem(`partial:${top}`, `${top} is a partial clone (its objects are fetched on demand, which a linter never does): ${SKIPPED_RULES} were skipped`);
  return repo ? new SourceHistory(repo, prefix, head, shallow !== "true") : null;
}

/** Stops the git processes and forgets every cached answer (tests; a long-lived host that is done). */
export function closeGitRepositories(): void {
  for (const repo of repositories.values()) repo?.close();
  repositories.clear();
}

/** True when `dir` or a folder above it holds `.git` (a checkout, whether or not git can read it). */
export function insideGitCheckout(dir: string): boolean {
  for (let current = path.resolve(dir); ; ) {
    if (existsSync(path.join(current, ".git"))) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/**
 * The environment for git: the caller's, minus variables that point git at another repository (a
 * pre-commit hook of the localized repository sets GIT_DIR and GIT_INDEX_FILE), and never prompting
 * or fetching.
 */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_NO_LAZY_FETCH: "1", GIT_OPTIONAL_LOCKS: "0" };
  for (const key of [
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
  ]) {
    delete env[key];
  }
  return env;
}

/** Set once git could not be started at all (not installed, not on the PATH). */
let gitMissing = false;

/** Runs git to completion; its stdout without the final newline, or null when it failed. */
function git(cwd: string, args: string[]): string | null {
  const result = spawnSync("git", args, { cwd, env: gitEnv(), encoding: "utf8", maxBuffer: 1 << 30, windowsHide: true, stdio: ["ignore", "pipe", "ignore"], timeout: gitTimeoutMs(), killSignal: "SIGKILL" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") gitMissing = true;
  if (result.status !== 0 || typeof result.stdout !== "string") return null;
  return result.stdout.replace(/\n$/, "");
}

/** Paths git can be asked about in a `cat-file --batch` line. */
function validPath(p: string): boolean {
  return p !== "" && !p.includes("\n") && !p.includes("\r") && !p.startsWith("./") && !p.startsWith("../");
}

class Repository {
  private catFile: CatFile | null = null;
  private readonly commits = new Map<string, string | null | undefined>();
  private readonly infos = new Map<string, { oid: string; type: string } | null | undefined>();
  private readonly blobs = new Map<string, SourceBlob | null | undefined>();
  private readonly ranges = new Map<string, Changes | undefined>();

  constructor(readonly top: string) {}

  close(): void {
    this.catFile?.close();
    this.catFile = null;
  }

  private read(name: string): GitObject | null | undefined {
    this.catFile ??= new CatFile(this.top);
    return this.catFile.read([name])?.[0];
  }

  resolveCommit(rev: string): string | null | undefined {
    const key = rev.toLowerCase();
    if (this.commits.has(key)) return this.commits.get(key);
    const object = commitPattern.test(key) ? this.read(`${key}^{commit}`) : null;
    const commit = object === undefined ? undefined : object?.type === "commit" ? object.oid : null;
    this.commits.set(key, commit);
    return commit;
  }

  info(name: string): { oid: string; type: string } | null | undefined {
    if (this.infos.has(name)) return this.infos.get(name);
    const object = this.read(name);
    const info = object ? { oid: object.oid, type: object.type } : object;
    this.infos.set(name, info);
    return info;
  }

  blob(commit: string, repoPath: string): SourceBlob | null | undefined {
    const key = `${commit}:${repoPath}`;
    if (this.blobs.has(key)) return this.blobs.get(key);
    const object = this.read(key);
    let blob: SourceBlob | null | undefined = object === undefined ? undefined : object?.type === "blob" ? { oid: object.oid, bytes: object.bytes, path: repoPath } : null;
    if (blob === null && this.lacksObject(commit, repoPath)) blob = undefined;
    if (blob && isLfsPointer(blob.bytes)) {
      noteGitProblem(
        `lfs:${this.top}`,
        `${this.top} stores English files as Git LFS pointers (first: ${repoPath}), whose content git does not hold: openlocfilehash-unverified was skipped for them`,
      );
      blob = undefined;
    }
    if (this.blobs.size >= BLOB_CACHE_SIZE) this.blobs.delete(this.blobs.keys().next().value!);
    this.blobs.set(key, blob);
    return blob;
  }

  /**
   * True when the tree of `commit` lists `repoPath` but its blob cannot be read: the clone lacks the
   * object (cat-file says "missing" for both cases). Said once per repository.
   */
  private lacksObject(commit: string, repoPath: string): boolean {
    const entry = this.entryOf(commit, repoPath);
    if (entry === null) return false;
    noteGitProblem(
      `missing:${this.top}`,
      `${this.top} lacks git objects (first: ${repoPath} at commit ${commit.slice(0, 12)}, object ${entry}): openlocfilehash-unverified was skipped for the files whose English text is missing; run git fsck, or clone the repository again`,
    );
    return true;
  }

  /** True when the tree of `commit` lists `repoPath`, whether or not its blob can be read. */
  listed(commit: string, repoPath: string): boolean {
    return this.entryOf(commit, repoPath) !== null;
  }

  private entryOf(commit: string, repoPath: string): string | null {
    const slash = repoPath.lastIndexOf("/");
    const tree = this.read(`${commit}:${slash < 0 ? "" : repoPath.slice(0, slash)}`);
    if (!tree || tree.type !== "tree") return null;
    return treeEntry(tree.bytes, repoPath.slice(slash + 1));
  }

  private readonly times = new Map<string, number | undefined>();

  /** Committer time of a commit (seconds since the epoch), from its object. */
  commitTime(commit: string): number | undefined {
    if (this.times.has(commit)) return this.times.get(commit);
    const object = this.read(commit);
    let time: number | undefined;
    if (object?.type === "commit") {
      const m = /^committer .* (\d+) [+-]\d{4}$/m.exec(Buffer.from(object.bytes).toString("utf8"));
      if (m) time = Number(m[1]);
    }
    this.times.set(commit, time);
    return time;
  }

  private readonly logs = new Map<string, TreeLog | undefined>();

  /**
   * Every commit that touches the English tree (`sourcePrefix`) or a locale root (`localePrefixes`),
   * newest first in topological order, with the paths each touches under today's names: one `git log`
   * per English tree for the whole run. Commits listed before a commit are its descendants or on other
   * branches; either way not in it, which is what "since" means here.
   */
  treeLog(sourcePrefix: string, localePrefixes: readonly string[]): TreeLog | undefined {
    const specs = [sourcePrefix, ...localePrefixes].map((p) => p.replace(/\/$/, "")).map((p) => (p === "" ? "." : p));
    const key = specs.join("\0");
    if (this.logs.has(key)) return this.logs.get(key);
    const args = ["-c", "diff.relative=false", "log", "-z", "--topo-order", "--no-merges", "--no-show-signature", "--name-status", "--format=%x01%H %ct", "HEAD", "--", ...specs];
    let out = git(this.top, [...args.slice(0, 9), "-M", ...args.slice(9)]);
    if (out === null) out = this.withoutRenames(args);
    const log = out === null ? undefined : parseTreeLog(out);
    this.logs.set(key, log);
    return log;
  }

  /** `git log` without rename detection, which needs every blob: the fallback when some are missing. */
  private withoutRenames(args: string[]): string | null {
    const out = git(this.top, [...args.slice(0, 9), "--no-renames", ...args.slice(9)]);
    if (out !== null) {
      noteGitProblem(
        `renames:${this.top}`,
        `git cannot detect renames in ${this.top} (objects are missing): its history was read without them, so moved English files count as deleted and added`,
      );
    }
    return out;
  }

  /**
   * What changed from `commit` to `head`, from one `git log` over the range (all paths at once, so one
   * process per commit however many files were translated from it, rather than one per file).
   */
  changes(commit: string, head: string): Changes | undefined {
    const range = `${commit}..${head}`;
    if (this.ranges.has(range)) return this.ranges.get(range);
    const out = git(this.top, [
      "-c",
      "diff.relative=false",
      "log",
      "-z",
      "--topo-order",
      "--no-merges",
      "--no-show-signature",
      "--name-status",
      "-M",
      "--format=%x01%H",
      range,
      "--",
    ]);
    const fallback = out === null ? this.withoutRenames(["-c", "diff.relative=false", "log", "-z", "--topo-order", "--no-merges", "--no-show-signature", "--name-status", "--format=%x01%H", range, "--"]) : out;
    const changes = fallback === null ? undefined : parseChanges(fallback);
    this.ranges.set(range, changes);
    return changes;
  }
}

/**
 * Parses `git log -z --name-status -M --format=%x01%H` (newest first) into changes by today's path:
 * renames met on the way back in time map older names to today's, so commits made under an older
 * name count too, and the oldest name is the file's name at the range's start.
 */
function parseChanges(out: string): Changes {
  const byPath = new Map<string, PathChanges>();
  const origins = new Map<string, string>();
  const renamedTo = new Map<string, { path: string; commit: string }>();
  /** Older name → today's name, for renames already seen (in newer commits). */
  const today = new Map<string, string>();
  const tokens = out.split("\0");
  let commit = "";
  let renames: [string, string][] = [];
  const record = (name: string, status: string) => {
    const current = today.get(name) ?? name;
    const entry = byPath.get(current);
    if (entry) {
      entry.count++;
      entry.commits.push(commit);
    } else byPath.set(current, { count: 1, latest: commit, deleted: status === "D", commits: [commit] });
    return current;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, "");
    if (token === "") continue;
    if (token.startsWith("\x01")) {
      // Renames apply to older commits only: a commit can rename a file away and add another under its name.
      for (const [from, to] of renames) today.set(from, to);
      renames = [];
      commit = token.slice(1);
      continue;
    }
    const status = token[0]!;
    if (status === "R" || status === "C") {
      const from = tokens[++i] ?? "";
      const to = tokens[++i] ?? "";
      const current = record(to, status);
      if (status === "R") {
        renames.push([from, current]);
        origins.set(current, from);
        renamedTo.set(from, { path: current, commit });
      }
    } else {
      record(tokens[++i] ?? "", status);
    }
  }
  return { byPath, origins, renamedTo };
}

/** A `git log` over the English tree and the locale roots: see {@link Repository.treeLog}. */
interface TreeLog {
  /** Newest first. */
  commits: { oid: string; time: number }[];
  /** Today's path → indexes into `commits` of the commits that touch it (under any earlier name), ascending. */
  touches: Map<string, number[]>;
  byPath: Map<string, PathChanges>;
  renamedTo: Map<string, { path: string; commit: string }>;
}

function parseTreeLog(out: string): TreeLog {
  const commits: { oid: string; time: number }[] = [];
  const header = out.split("\0").map((t) => t.replace(/^\n/, "")).filter((t) => t.startsWith("\x01"));
  for (const h of header) {
    const [oid = "", time = "0"] = h.slice(1).split(" ");
    commits.push({ oid, time: Number(time) });
  }
  // The commit lines carry " <time>": parseChanges wants ids alone.
  // eslint-disable-next-line no-control-regex -- \x01 marks git's commit lines (--format=%x01…)
  const changes = parseChanges(out.replace(/\x01([0-9a-f]+) \d+/g, "\x01$1"));
  const index = new Map(commits.map((c, i) => [c.oid, i]));
  const touches = new Map<string, number[]>();
  const today = new Map<string, string>();
  let at = -1;
  let renames: [string, string][] = [];
  const tokens = out.split("\0");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, "");
    if (token === "") continue;
    if (token.startsWith("\x01")) {
      for (const [from, to] of renames) today.set(from, to);
      renames = [];
      at = index.get(token.slice(1).split(" ")[0]!) ?? -1;
      continue;
    }
    const status = token[0]!;
    let name: string;
    if (status === "R" || status === "C") {
      const from = tokens[++i] ?? "";
      name = tokens[++i] ?? "";
      if (status === "R") renames.push([from, today.get(name) ?? name]);
    } else {
      name = tokens[++i] ?? "";
    }
    const current = today.get(name) ?? name;
    const list = touches.get(current);
    if (!list) touches.set(current, [at]);
    else if (list.at(-1) !== at) list.push(at);
  }
  return { commits, touches, byPath: changes.byPath, renamedTo: changes.renamedTo };
}

/** True for the text of a Git LFS pointer file rather than the file's content. */
function isLfsPointer(bytes: Uint8Array): boolean {
  return bytes.length < 1024 && Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, LFS_POINTER.length)).toString("latin1") === LFS_POINTER;
}

/** The object id of `name` in a raw tree object (`<mode> <name>\0<binary id>` entries), or null. */
function treeEntry(bytes: Uint8Array, name: string): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = Buffer.from(name, "utf8");
  // SHA-1 repositories (20-byte ids); SHA-256 ones use 32.
  for (const idLength of [20, 32]) {
    let i = 0;
    let ok = true;
    while (i < buffer.length) {
      const space = buffer.indexOf(0x20, i);
      const nul = buffer.indexOf(0, space + 1);
      if (space < 0 || nul < 0 || nul + 1 + idLength > buffer.length) {
        ok = false;
        break;
      }
      if (buffer.subarray(space + 1, nul).equals(wanted)) return buffer.subarray(nul + 1, nul + 1 + idLength).toString("hex");
      i = nul + 1 + idLength;
    }
    if (ok) return null;
  }
  return null;
}

/** The reply of the cat-file worker: one object (or null, when missing) per name asked. */
type CatFileReply = { objects: (GitObject | null)[] } | { error: string };

/**
 * One long-lived `git cat-file --batch` per repository, owned by a small worker thread so that rules can
 * read it synchronously: the caller posts names, sleeps in `Atomics.wait` on a shared flag, and takes
 * the reply with `receiveMessageOnPort`. A request costs a thread hop and a pipe round trip (tens of
 * microseconds), against several milliseconds for spawning git per file or per sibling group; and,
 * unlike batching per group with `spawnSync`, it needs no list of requests made in advance.
 */
class CatFile {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag: Int32Array;
  private dead = false;

  constructor(cwd: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.flag = new Int32Array(new SharedArrayBuffer(4));
    this.worker = new Worker(CAT_FILE_WORKER, {
      eval: true,
      workerData: { port: port2, flag: this.flag, cwd, env: gitEnv() },
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    // Neither the thread nor the process it owns keeps the linter alive: both end with the process.
    this.worker.unref();
    this.port.unref();
  }

  read(names: string[]): (GitObject | null)[] | undefined {
    if (this.dead) return undefined;
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(names);
    const deadline = Date.now() + REQUEST_TIMEOUT_MS;
    for (;;) {
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const reply = received.message as CatFileReply;
        if ("error" in reply) break;
        return reply.objects;
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      Atomics.wait(this.flag, 0, 0, left);
    }
    this.close();
    return undefined;
  }

  close(): void {
    if (this.dead) return;
    this.dead = true;
    this.port.close();
    void this.worker.terminate();
  }
}

/** The worker's code (CommonJS, run with `eval`, so that it works from sources and from dist alike). */
const CAT_FILE_WORKER = `
const { workerData } = require("node:worker_threads");
const { spawn } = require("node:child_process");
const { port, flag, cwd, env } = workerData;
let failure = null;
let request = null;
let pending = Buffer.alloc(0);
const header = /^([0-9a-f]{40,64}) ([a-z]+) (\\d+)$/;

function answer(message) {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
function fail(message) {
  if (failure === null) failure = message;
  if (request) {
    request = null;
    answer({ error: failure });
  }
}
function parse() {
  while (request) {
    const newline = pending.indexOf(10);
    if (newline < 0) return;
    const m = header.exec(pending.toString("latin1", 0, newline));
    if (!m) {
      // "<name> missing" or "<name> ambiguous".
      request.objects.push(null);
      pending = pending.subarray(newline + 1);
    } else {
      const size = Number(m[3]);
      if (pending.length < newline + 2 + size) return;
      request.objects.push({ oid: m[1], type: m[2], bytes: new Uint8Array(pending.subarray(newline + 1, newline + 1 + size)) });
      pending = pending.subarray(newline + 2 + size);
    }
    if (request.objects.length === request.count) {
      const objects = request.objects;
      request = null;
      answer({ objects });
    }
  }
}

const child = spawn("git", ["cat-file", "--batch"], { cwd, env, stdio: ["pipe", "pipe", "ignore"], windowsHide: true });
child.on("error", (e) => fail(e.message));
child.on("exit", (code) => fail("git cat-file exited with code " + code));
child.stdin.on("error", (e) => fail(e.message));
child.stdout.on("data", (chunk) => {
  pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
  parse();
});
port.on("message", (names) => {
  if (failure !== null) {
    answer({ error: failure });
    return;
  }
  request = { count: names.length, objects: [] };
  child.stdin.write(names.join("\\n") + "\\n");
});
`;
