// A map that forgets its least recently used entries beyond a budget, for caches that live for a whole run.

/**
 * Least recently used entries are dropped once the entries' estimated sizes add up to more than the
 * budget, so that a cache kept for the whole run stays the same size however large the tree. Only for
 * values that can be worked out again: a dropped entry is recomputed on its next use.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; size: number }>();
  private used = 0;

  /**
   * @param budget the most the entries may weigh together (in the unit of `sizeOf`, such as bytes).
   * @param sizeOf an entry's weight; an entry heavier than the budget is not kept.
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
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // A Map iterates in insertion order: taking the entry out and back makes it the newest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.used -= old.size;
    }
    const size = this.sizeOf(key, value);
    if (size > this.budget) return;
    this.entries.set(key, { value, size });
    this.used += size;
    for (const [oldest, entry] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(oldest);
      this.used -= entry.size;
    }
  }
}
