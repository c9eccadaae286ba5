// A map that forgets its least recently used entries beyond a budget, for caches that live for a whole run.

/** About what a string of this length weighs (two bytes a character at most, plus its header). */
export function stringBytes(value: string): number {
  return 2 * value.length + 24;
}

/** About what a Map entry keyed by a path weighs, the key included. */
export function pathEntryBytes(key: string): number {
  return stringBytes(key) + 40;
}

/**
 * Least recently used entries are dropped once the entries' estimated sizes add up to more than the
 * budget, so that a cache kept for the whole run stays the same size however large the tree. Only for
 * values that can be worked out again: a dropped entry is recomputed on its next use.
 */
export class BoundedCache<K, V> {
  // Values as they are (no wrapper per entry): an entry's size is worked out again when it is dropped.
  private readonly entries = new Map<K, V>();
  private used = 0;

  /**
   * @param budget the most the entries may weigh together (in the unit of `sizeOf`, such as bytes).
   * @param sizeOf an entry's weight, the same each time it is asked; an entry heavier than the budget is not kept.
   */
  constructor(
    private readonly budget: number,
    private readonly sizeOf: (key: K, value: V) => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, made the most recently used; undefined when absent (never stored, or dropped). */
  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    // A Map iterates in insertion order: taking the entry out and back makes it the newest.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.entries.has(key)) {
      this.used -= this.sizeOf(key, this.entries.get(key) as V);
      this.entries.delete(key);
    }
    const size = this.sizeOf(key, value);
    if (size > this.budget) return;
    this.entries.set(key, value);
    this.used += size;
    for (const [oldest, old] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(oldest);
      this.used -= this.sizeOf(oldest, old);
    }
  }
}
