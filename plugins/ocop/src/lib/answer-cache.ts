import { Modules } from "@medusajs/framework/utils"
import crypto from "crypto"
import { answerCacheKey, CacheKeyInput } from "../modules/ocop/lib/catalogue/cache-key"

/**
 * Store answers built from the OCOP read model (catalogue pages, programme
 * stats) kept in Medusa's Caching Module: Redis where REDIS_URL is set, its
 * in-memory provider otherwise (medusa-config.ts). Without the module the
 * answers are computed on every request.
 *
 * Invalidation: every key holds the catalogue version; the
 * `refresh-ocop-catalogue` workflow bumps it after writing entries, so a
 * request that read the old version can only fill a key nobody reads again.
 * The TTL bounds what changes with the clock alone (a mark right or a
 * certificate ending within the day).
 *
 * Parts of answers are kept one per key as well (`cachedEach`): a catalogue
 * page's product cards under their rows' versions, the pricing region.
 *
 * OCOP_ANSWER_CACHE=off keeps nothing; `parts` keeps only the parts, so each
 * request is answered anew as if its answer had never been asked (the
 * catalogue bench measures the three).
 */
export const CATALOGUE_CACHE_TAG = "ocop:catalogue"
/** Parts outlive a refresh: a changed product's card has a new key, the old one expires unread. */
const PARTS_CACHE_TAG = "ocop:catalogue:parts"
export const ANSWER_TTL_SECONDS = 30
const VERSION_KEY = "ocop:catalogue:version"
const VERSION_TTL_SECONDS = 24 * 60 * 60

type Caching = {
  get(options: { key: string }): Promise<any>
  set(options: { key: string; data: object; ttl?: number; tags?: string[] }): Promise<void>
  clear(options: { key?: string; tags?: string[] }): Promise<void>
}
type Container = { resolve<T = unknown>(key: string, options?: { allowUnregistered?: boolean }): T }

function cachingOf(container: Container, what: "answers" | "parts"): Caching | null {
  const mode = process.env.OCOP_ANSWER_CACHE
  if (mode === "off" || (mode === "parts" && what === "answers")) return null
  return container.resolve<Caching | undefined>(Modules.CACHING, { allowUnregistered: true }) ?? null
}

const newVersion = () => `${Date.now().toString(36)}${crypto.randomBytes(4).toString("hex")}`

async function currentVersion(cache: Caching): Promise<string> {
  const stored = await cache.get({ key: VERSION_KEY })
  if (stored?.v) return String(stored.v)
  const v = newVersion()
  await cache.set({ key: VERSION_KEY, data: { v }, ttl: VERSION_TTL_SECONDS })
  return v
}

/** Called after the read model changed: later requests miss every cached answer. */
export async function invalidateCatalogueAnswers(container: Container): Promise<void> {
  const cache = cachingOf(container, "answers")
  if (!cache) return
  await cache.set({ key: VERSION_KEY, data: { v: newVersion() }, ttl: VERSION_TTL_SECONDS })
  // the old answers are unreachable now; free them
  await cache.clear({ tags: [CATALOGUE_CACHE_TAG] })
}

/** The cached answer for this request, or `compute()`'s, stored for the next ones. */
export async function cachedAnswer<T extends object>(
  container: Container,
  request: Omit<CacheKeyInput, "version">,
  compute: () => Promise<T>
): Promise<T> {
  const cache = cachingOf(container, "answers")
  if (!cache) return compute()
  const key = answerCacheKey({ ...request, version: await currentVersion(cache) })
  const hit = await cache.get({ key })
  if (hit) return hit as T
  const answer = await compute()
  await cache.set({ key, data: answer, ttl: ANSWER_TTL_SECONDS, tags: [CATALOGUE_CACHE_TAG] })
  return answer
}

/**
 * A value per key: the cached ones, and for the others `compute(missing)`'s
 * (one call for all of them), stored for the next requests. A key must
 * name everything its value depends on (e.g. a product card: the product's
 * catalogue row version, the locale, the region), like an answer's key.
 */
export async function cachedEach<T extends object>(
  container: Container,
  keys: string[],
  compute: (missing: string[]) => Promise<Map<string, T>>
): Promise<Map<string, T>> {
  const cache = cachingOf(container, "parts")
  if (!cache) return compute(keys)
  const found = new Map<string, T>()
  const hits = await Promise.all(keys.map((key) => cache.get({ key })))
  keys.forEach((key, i) => hits[i] && found.set(key, hits[i] as T))
  const missing = keys.filter((key) => !found.has(key))
  if (!missing.length) return found
  const computed = await compute(missing)
  await Promise.all(
    [...computed].map(([key, data]) => {
      found.set(key, data)
      return cache.set({ key, data, ttl: ANSWER_TTL_SECONDS, tags: [PARTS_CACHE_TAG] })
    })
  )
  return found
}
