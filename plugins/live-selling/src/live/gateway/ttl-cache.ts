/**
 * A small LRU cache of answers from the backend: each entry lives `ttlMs`,
 * and past `max` entries the least recently used goes first, so a flood of
 * made-up keys can neither grow it nor push out the keys in use. Concurrent
 * misses for one key share one lookup.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; at: number }>()

  constructor(private readonly o: { ttlMs: number; max: number; now?: () => number }) {}

  private now() {
    return this.o.now ? this.o.now() : Date.now()
  }

  /** The cached value of `key`, or `load()`'s (not kept if it fails). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key)
    this.entries.delete(key)
    if (hit && this.now() - hit.at < this.o.ttlMs) {
      // Re-inserted: a Map iterates in insertion order, so it is now the most recent.
      this.entries.set(key, hit)
      return hit.value
    }
    const value = load()
    this.entries.set(key, { value, at: this.now() })
    value.catch(() => {
      if (this.entries.get(key)?.value === value) {
        this.entries.delete(key)
      }
    })
    while (this.entries.size > this.o.max) {
      this.entries.delete(this.entries.keys().next().value as string)
    }
    return value
  }

  get size() {
    return this.entries.size
  }
}
