// --cache: replay the results of sibling groups whose files are unchanged since the last run.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { readRegularFile, readTextFile, writeFileAtomic } from "../fs/index.js";
import path from "node:path";
import type { ResolvedConfig } from "../config/types.js";
import type { DiscoveredFile, SiblingGroup } from "../discover/index.js";
import type { GroupFileResult } from "../engine/lint-group.js";
import type { UniqueClaim } from "../engine/unique.js";
import type { Finding, RelatedLocation } from "../types.js";

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
const CACHE_VERSION = 2;
/**
 * A file changed less than this long before it was looked at may change again with the same size and
 * mtime (coarse file system clocks): its group is linted but not remembered, as git treats "racily
 * clean" entries.
 */
const RACY_MS = 2000;
/** A larger cache file is not read (an empty cache): about 20 times the corpus's 5,000 files' worth. */
const CACHE_MAX_BYTES = 512 * 1024 * 1024;

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
      hash.update(readRegularFile(options.config.markdownlint).bytes);
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

type Loose<T> = { [K in keyof T]?: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";
const isLine = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
const isOptional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isSeverity = (v: unknown) => v === "error" || v === "warn";

/** Quoted ranges inside a message of `length` UTF-16 units. */
const isQuoted = (v: unknown, length: number) =>
  Array.isArray(v) &&
  v.every((r) => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) && (r[0] as number) <= (r[1] as number) && (r[1] as number) <= length);

function isRelated(v: unknown): v is RelatedLocation {
  if (!isObject(v)) return false;
  const r = v as Loose<RelatedLocation>;
  return isString(r.path) && isLine(r.line) && isLine(r.column) && isString(r.message) && isOptional(r.quoted, (q) => isQuoted(q, (r.message as string).length));
}

function isFinding(v: unknown): v is Finding {
  if (!isObject(v)) return false;
  const f = v as Loose<Finding>;
  const fix = f.fix as { range?: unknown; text?: unknown } | undefined;
  const range = fix?.range;
  return (
    isString(f.ruleId) &&
    isSeverity(f.severity) &&
    isLine(f.line) &&
    isLine(f.column) &&
    isOptional(f.endLine, isLine) &&
    isOptional(f.endColumn, isLine) &&
    isString(f.message) &&
    isOptional(f.quoted, (q) => isQuoted(q, (f.message as string).length)) &&
    isOptional(f.related, (r) => Array.isArray(r) && r.every(isRelated)) &&
    isOptional(f.fatal, (b) => typeof b === "boolean") &&
    (fix === undefined ||
      (isObject(fix) &&
        isString(fix.text) &&
        Array.isArray(range) &&
        range.length === 2 &&
        range.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) &&
        (range[0] as number) <= (range[1] as number)))
  );
}

function isClaim(v: unknown): v is UniqueClaim {
  if (!isObject(v)) return false;
  const c = v as Loose<UniqueClaim>;
  return (
    isString(c.ruleId) &&
    isSeverity(c.severity) &&
    isString(c.scope) &&
    isString(c.value) &&
    isString(c.label) &&
    isString(c.path) &&
    isString(c.displayPath) &&
    isLine(c.line) &&
    isLine(c.column) &&
    isOptional(c.endLine, isLine) &&
    isOptional(c.endColumn, isLine)
  );
}

/**
 * One stored result in the shape runLint makes, field by field (a hand-edited cache is a miss, never a
 * crash): strings where strings go, positive whole lines and columns, severities by name, claims and
 * related locations whole. Its counts are not trusted: `replayed` recomputes them from the findings.
 */
function isStoredResult(v: unknown): boolean {
  if (!isObject(v)) return false;
  const r = v as Loose<GroupFileResult>;
  return (
    isString(r.filePath) &&
    isString(r.displayPath) &&
    (r.locale === null || isString(r.locale)) &&
    Array.isArray(r.findings) &&
    r.findings.every(isFinding) &&
    r.output === undefined &&
    isOptional(r.claims, (c) => Array.isArray(c) && c.every(isClaim))
  );
}

function isStamp(v: unknown): v is FileStamp {
  return Array.isArray(v) && v.length === 4 && isString(v[0]) && (v[1] === 0 || v[1] === 1) && Number.isFinite(v[2]) && Number.isFinite(v[3]);
}

/** A stored result as runLint would return it: only the known fields, counts computed from the findings. */
function replayed(stored: GroupFileResult): GroupFileResult {
  const findings = structuredClone(stored.findings);
  const count = (severity: string, fixable: boolean) => findings.filter((f) => f.severity === severity && (!fixable || f.fix)).length;
  const result: GroupFileResult = {
    filePath: stored.filePath,
    displayPath: stored.displayPath,
    locale: stored.locale,
    findings,
    errorCount: count("error", false),
    warningCount: count("warn", false),
    fixableErrorCount: count("error", true),
    fixableWarningCount: count("warn", true),
  };
  if (stored.claims) result.claims = structuredClone(stored.claims);
  return result;
}

/** An entry whose stamps and results all have the shape this version writes. */
function usableEntry(entry: unknown): entry is CacheEntry {
  if (!isObject(entry)) return false;
  const e = entry as Loose<CacheEntry>;
  return Array.isArray(e.files) && e.files.every(isStamp) && Array.isArray(e.results) && e.results.every(isStoredResult);
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
      // Never through a FIFO or a device, and not a file too large to be ours.
      parsed = JSON.parse(readTextFile(this.file, { maxBytes: CACHE_MAX_BYTES }));
    } catch {
      return empty;
    }
    const d = parsed as Partial<CacheData> | null;
    if (!isObject(d) || d.version !== CACHE_VERSION || d.key !== this.key || !isObject(d.groups)) {
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
    if (complete && usableEntry(entry) && sameStamps(entry.files, stamps)) {
      if (!(this.fix && entry.results.some((r) => r.findings.some((f) => f.fix)))) {
        this.hits++;
        // Copies: the engine adds claim findings to results it is given.
        return entry.results.map(replayed);
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
   * exist. Throws the file system's error when the file cannot be written, and WriteRefused when it is
   * a symbolic link (never written through) or not a regular file.
   */
  save(): void {
    for (const [key, entry] of Object.entries(this.data.groups)) {
      if (this.seen.has(key)) continue;
      if (!usableEntry(entry) || entry.files.some((s) => !existsSync(s[0]))) {
        delete this.data.groups[key];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Not through a symbolic link: a repository could commit `.loclintcache -> ../victim.txt`.
    writeFileAtomic(this.file, JSON.stringify(this.data));
    this.changed = false;
  }
}
