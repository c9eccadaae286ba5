// --cache: replay the results of sibling groups whose files are unchanged since the last run.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import type { DiscoveredFile, SiblingGroup } from "../discover/index.js";
import type { GroupFileResult } from "../engine/lint-group.js";
import { writeFileAtomic } from "./write.js";

/** What runLint asks a cache: results for a group whose files did not change, and what to remember. */
export interface GroupCache {
  /**
   * The recorded results (claims included, not yet judged) of a group whose files are all as they were,
   * else undefined. Called once per group, before any group is linted.
   */
  lookup(group: SiblingGroup): GroupFileResult[] | undefined;
  /** The results of the groups that `lookup` missed, before claims are judged (copied, not kept). */
  store(results: readonly GroupFileResult[]): void;
}

export const DEFAULT_CACHE_FILE = ".loclintcache";
const CACHE_VERSION = 1;
/**
 * A file changed less than this long before it was looked at may change again with the same size and
 * mtime (coarse file system clocks): its group is linted but not remembered, as git treats "racily
 * clean" entries.
 */
const RACY_MS = 2000;

/** path, target (1/0), size, mtimeMs: what says a file is unchanged. */
type FileStamp = [string, 0 | 1, number, number];

interface CacheEntry {
  files: FileStamp[];
  results: GroupFileResult[];
}

interface CacheData {
  version: number;
  /** Hash of everything besides the files that decides results: loclint version, config, working folder. */
  key: string;
  groups: Record<string, CacheEntry>;
}

/** `--cache-location`: a folder (existing, or written with a trailing separator) holds `.loclintcache`. */
export function cacheFilePath(cwd: string, location?: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  if (/[\\/]$/.test(location)) return path.join(resolved, DEFAULT_CACHE_FILE);
  try {
    if (statSync(resolved).isDirectory()) return path.join(resolved, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return resolved;
}

/** Maps and sets as sorted entries, so equal configs hash equally. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
    if (v instanceof Set) return { $set: [...v].map(String).sort() };
    if (v instanceof RegExp) return { $re: String(v) };
    return v;
  });
}

/** The part of the cache key that is not the files: loclint's version, the resolved config, the working folder. */
export function cacheKey(options: { config: ResolvedConfig; cwd: string; toolVersion: string }): string {
  const hash = createHash("sha1");
  hash.update(`${CACHE_VERSION}\0${options.toolVersion}\0${path.resolve(options.cwd)}\0`);
  hash.update(stableJson(options.config));
  // A markdownlint config file is read into rule options already; its bytes are cheap insurance.
  if (typeof options.config.markdownlint === "string") {
    try {
      hash.update(readFileSync(options.config.markdownlint));
    } catch {
      hash.update("\0missing");
    }
  }
  return hash.digest("hex");
}

function stampOf(file: DiscoveredFile): FileStamp | null {
  try {
    const s = statSync(file.path);
    return [file.path, file.target ? 1 : 0, s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** Results as runLint made them, as far as replaying needs: a hand-edited cache is a miss, not a crash. */
function usable(results: unknown[]): results is GroupFileResult[] {
  return results.every((r) => {
    const result = r as Partial<GroupFileResult> | null;
    return (
      typeof result === "object" &&
      result !== null &&
      typeof result.filePath === "string" &&
      typeof result.displayPath === "string" &&
      Array.isArray(result.findings) &&
      result.findings.every((f) => typeof f === "object" && f !== null && typeof f.line === "number" && typeof f.message === "string") &&
      (result.claims === undefined || Array.isArray(result.claims))
    );
  });
}

function sameStamps(a: readonly FileStamp[], b: readonly FileStamp[]): boolean {
  return a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1] && s[2] === b[i]![2] && s[3] === b[i]![3]);
}

/**
 * A cache kept in one JSON file. Entries are keyed by sibling group and hold the stamps (size and
 * mtime) of every file of the group and the group's results. A changed key (loclint version, config,
 * working folder) empties it. A missing, unreadable or corrupt file is an empty cache, never an error.
 *
 * Only the group's own files are stamped: a finding about another file (a link target deleted, an
 * anchor renamed in the linked file, new git history for translation-stale) is replayed until one of
 * the group's files changes. Run without --cache (as CI should) to see those.
 */
export class FileCache implements GroupCache {
  /** Groups answered from the cache, and groups linted, in this run. */
  hits = 0;
  misses = 0;
  private data: CacheData;
  private pending = new Map<string, { key: string; files: FileStamp[]; racy: boolean }>();
  private seen = new Set<string>();
  private changed = false;

  /**
   * @param file the cache file (see `cacheFilePath`).
   * @param key `cacheKey(...)`.
   * @param fix true when fixes are applied: a replayed group must have no fixable finding left, and a
   *   group whose files get fixed is not remembered (its files are about to change).
   */
  constructor(
    readonly file: string,
    private readonly key: string,
    private readonly fix = false,
  ) {
    this.data = this.read();
  }

  private read(): CacheData {
    const empty: CacheData = { version: CACHE_VERSION, key: this.key, groups: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.file, "utf8"));
    } catch {
      return empty;
    }
    const d = parsed as Partial<CacheData> | null;
    if (typeof d !== "object" || d === null || d.version !== CACHE_VERSION || d.key !== this.key || typeof d.groups !== "object" || d.groups === null) {
      this.changed = true;
      return empty;
    }
    return d as CacheData;
  }

  lookup(group: SiblingGroup): GroupFileResult[] | undefined {
    this.seen.add(group.key);
    const now = Date.now();
    const stamps: FileStamp[] = [];
    let complete = true;
    for (const f of group.files) {
      const stamp = stampOf(f);
      if (stamp) stamps.push(stamp);
      else complete = false;
    }
    const entry = this.data.groups[group.key];
    if (complete && entry && Array.isArray(entry.files) && Array.isArray(entry.results) && sameStamps(entry.files, stamps)) {
      if (usable(entry.results) && !(this.fix && entry.results.some((r) => r.findings.some((f) => f.fix)))) {
        this.hits++;
        // A copy: the engine adds claim findings to results it is given.
        return structuredClone(entry.results);
      }
    }
    this.misses++;
    if (entry) {
      delete this.data.groups[group.key];
      this.changed = true;
    }
    const racy = !complete || stamps.some((s) => s[3] > now - RACY_MS);
    for (const f of group.files) if (f.target) this.pending.set(f.path, { key: group.key, files: stamps, racy });
    return undefined;
  }

  store(results: readonly GroupFileResult[]): void {
    const byGroup = new Map<string, { files: FileStamp[]; racy: boolean; results: GroupFileResult[] }>();
    for (const r of results) {
      const p = this.pending.get(r.filePath);
      if (!p) continue;
      let g = byGroup.get(p.key);
      if (!g) byGroup.set(p.key, (g = { files: p.files, racy: p.racy, results: [] }));
      g.results.push(r);
    }
    for (const [key, g] of byGroup) {
      if (g.racy || g.results.some((r) => r.output !== undefined)) continue;
      this.data.groups[key] = { files: g.files, results: structuredClone(g.results) };
      this.changed = true;
    }
    this.pending.clear();
  }

  /**
   * Writes the cache (atomically) when it changed. Groups not met this run are kept while their files
   * exist. Throws the file system's error when the file cannot be written.
   */
  save(): void {
    for (const [key, entry] of Object.entries(this.data.groups)) {
      if (this.seen.has(key)) continue;
      if (!Array.isArray(entry?.files) || entry.files.some((s) => !existsSync(s[0]))) {
        delete this.data.groups[key];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, JSON.stringify(this.data));
    this.changed = false;
  }
}
