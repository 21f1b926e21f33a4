/**
 * Which catalogue queries go into the storefront's shared data cache. Pure.
 * Anyone can make up a free-text search, a district name or a far page
 * without bound, so those are not shared; the other filters are finite (the
 * backend refuses values outside its enums, and errors are not cached).
 */
export type ListQuery = {
  q?: string
  stars?: string[]
  group?: string[]
  mark_kind?: string[]
  district?: string[]
  standard?: string[]
  offset?: number
}

export const MAX_CACHED_OFFSET = 2400

export function sharedCacheable(q: ListQuery): boolean {
  return !q.q && !q.district?.length && (q.offset ?? 0) <= MAX_CACHED_OFFSET
}

const LISTS = new Set(["stars", "group", "mark_kind", "district", "standard"])

/**
 * The same query whatever the order of its fields or the order and repetition
 * of its list values, without empty fields: one cache entry (the cache key is
 * the query's JSON).
 */
export function canonicalQuery<Q extends ListQuery>(q: Q): Q {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(q).sort()) {
    const value = (q as Record<string, unknown>)[key]
    if (LISTS.has(key)) {
      const list = Array.isArray(value) ? [...new Set(value as string[])].sort() : []
      if (list.length) out[key] = list
    } else if (value !== undefined && value !== "" && value !== false) {
      out[key] = value
    }
  }
  return out as Q
}
