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
}

/** Everything that changed in `commit..HEAD`, by today's path. */
interface Changes {
  byPath: Map<string, PathChanges>;
  /** Today's path → its name at `commit`, for files renamed since. */
  origins: Map<string, string>;
}

/** Commits as written in metadata: 4 to 64 hexadecimal digits (SHA-1 or SHA-256, possibly abbreviated). */
const commitPattern = /^[0-9a-f]{4,64}$/i;
/** How long one request may take before git is given up on (a hung or vanished process). */
const REQUEST_TIMEOUT_MS = 60_000;
/** Blobs kept in memory; a sibling group's files ask for the same few in a row, so a small window does. */
const BLOB_CACHE_SIZE = 512;

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

  /** The commits since `commit` (a full id) that change the source file; `count` 0 when its content is unchanged. */
  commitsSince(commit: string, relPath: string): Staleness | undefined {
    const p = this.repoPath(relPath);
    const then = this.blobAt(commit, relPath);
    if (!then) return undefined;
    const now = this.repo.info(`${this.head}:${p}`);
    if (now === undefined) return undefined;
    // Same content (even after changes that were reverted): the translation is of today's text.
    if (now?.oid === then.oid) return { count: 0, latest: null, deleted: false };
    const changes = this.repo.changes(commit, this.head);
    if (changes === undefined) return undefined;
    const c = changes.byPath.get(p);
    return c ? { count: c.count, latest: c.latest, deleted: c.deleted } : { count: 0, latest: null, deleted: false };
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
  if (out === null) return null;
  const [top, prefix, shallow, head] = out.split("\n");
  if (!top || prefix === undefined || !head || !commitPattern.test(head)) return null;
  let repo = repositories.get(top);
  if (repo === undefined) {
    // A partial clone lacks blobs that git would fetch on demand: never go to the network from a linter.
    const partial = git(top, ["config", "--get", "extensions.partialClone"]);
    repo = partial ? null : new Repository(top);
    repositories.set(top, repo);
  }
  return repo ? new SourceHistory(repo, prefix, head, shallow !== "true") : null;
}

/** Stops the git processes and forgets every cached answer (tests; a long-lived host that is done). */
export function closeGitRepositories(): void {
  for (const repo of repositories.values()) repo?.close();
  repositories.clear();
}

function insideGitCheckout(dir: string): boolean {
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

/** Runs git to completion; its stdout without the final newline, or null when it failed. */
function git(cwd: string, args: string[]): string | null {
  const result = spawnSync("git", args, { cwd, env: gitEnv(), encoding: "utf8", maxBuffer: 1 << 30, windowsHide: true, stdio: ["ignore", "pipe", "ignore"], timeout: gitTimeoutMs(), killSignal: "SIGKILL" });
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
    const blob = object === undefined ? undefined : object?.type === "blob" ? { oid: object.oid, bytes: object.bytes, path: repoPath } : null;
    if (this.blobs.size >= BLOB_CACHE_SIZE) this.blobs.delete(this.blobs.keys().next().value!);
    this.blobs.set(key, blob);
    return blob;
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
    const changes = out === null ? undefined : parseChanges(out);
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
  /** Older name → today's name, for renames already seen (in newer commits). */
  const today = new Map<string, string>();
  const tokens = out.split("\0");
  let commit = "";
  let renames: [string, string][] = [];
  const record = (name: string, status: string) => {
    const current = today.get(name) ?? name;
    const entry = byPath.get(current);
    if (entry) entry.count++;
    else byPath.set(current, { count: 1, latest: commit, deleted: status === "D" });
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
      }
    } else {
      record(tokens[++i] ?? "", status);
    }
  }
  return { byPath, origins };
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
