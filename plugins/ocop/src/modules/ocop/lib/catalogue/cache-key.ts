/**
 * Keys of cached store answers (catalogue pages, programme stats). Two
 * requests that ask the same thing get the same key whatever the order of
 * their query parameters or of a comma list's values; anything that changes
 * the answer is in it: the parameters, the locale, the key's sales
 * channels, the catalogue version (bumped by every refresh of the read
 * model) and the day (badges end at the start of a day, in_season is by month).
 */
export type CacheKeyInput = {
  route: string
  params: Record<string, unknown>
  locale?: string | null
  sales_channel_ids?: string[]
  version: string
  day: string
}

/** A value in a stable form: arrays sorted (they are sets), objects by key, absent values dropped. */
export function normaliseValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(normaliseValue).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
  }
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, normaliseValue((value as Record<string, unknown>)[k])])
    )
  }
  return value
}

export function answerCacheKey(input: CacheKeyInput): string {
  const channels = [...(input.sales_channel_ids ?? [])].sort().join(",")
  return [
    "ocop",
    input.route,
    input.version,
    input.day,
    input.locale || "-",
    channels || "-",
    JSON.stringify(normaliseValue(input.params)),
  ].join("|")
}
