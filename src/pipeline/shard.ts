// Splitting a run across CI jobs: each sibling group, whole, in exactly one of n shards.
import path from "node:path";

/** Shard `index` of `count`, 1-based (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` with 1 ≤ i ≤ n; null when the text is anything else. */
export function parseShard(text: string): Shard | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** 32-bit FNV-1a of the text's UTF-8 bytes: tiny, stable across machines and Node versions. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The shard (1-based) a sibling group belongs to. The key is hashed relative to `cwd`, so jobs that
 * check the repository out in different folders still agree, as long as they run from the same place
 * in it with the same paths.
 */
export function shardOf(groupKey: string, cwd: string, count: number): number {
  const relative = path.relative(cwd, groupKey).split(path.sep).join("/");
  return (fnv1a(relative) % count) + 1;
}

/** A `selectGroup` for runLint keeping the groups of one shard. */
export function inShard(shard: Shard, cwd: string): (group: { key: string }) => boolean {
  return (group) => shardOf(group.key, cwd, shard.count) === shard.index;
}
