/**
 * The storefront's cache tags (storefront/src/lib/cache-tags.ts) as the backend
 * builds them: which cached pages a change makes stale. Pure.
 */
const KEY = /^[A-Za-z0-9_-]{1,200}$/

const keyed = (prefix: string, keys: (string | null | undefined)[]) =>
  [...new Set(keys.filter((k): k is string => typeof k === "string" && KEY.test(k)))].map((k) => `${prefix}:${k}`)

/** A product's page (by handle) and every catalogue list; without a handle, every product read. */
export function productChangeTags(handles: (string | null | undefined)[]): string[] {
  const pages = keyed("product", handles)
  return pages.length ? ["catalogue", ...pages] : ["products", "catalogue"]
}

/** A product is gone (its handle may be reused): every product read. */
export function productRemovedTags(): string[] {
  return ["products", "catalogue"]
}

/** A stream's page and the stream lists (home, /live). */
export function streamChangeTags(ids: (string | null | undefined)[]): string[] {
  return ["streams", ...keyed("stream", ids)]
}

/** The kiosks' pickup points (a stall's name, address, its pickup shipping option). */
export function kioskPointTags(): string[] {
  return ["kiosk-points"]
}
