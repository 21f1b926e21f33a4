import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { runtimeConfig } from "./config"

const cached = new Map<string, Medusa>()

/**
 * The SDK for the current runtime configuration (one per process and key):
 * the storefront's publishable key, or a sales channel's own (kiosk carts).
 */
export function sdk(publishableKey?: string): Medusa {
  const c = runtimeConfig()
  const apiKey = publishableKey || c.publishableKey
  const key = `${c.backendUrl}|${apiKey}`
  let client = cached.get(key)
  if (!client) {
    client = new Medusa({
      baseUrl: c.backendUrl,
      publishableKey: apiKey,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
    cached.set(key, client)
  }
  return client
}

type Query = Record<string, string | number | boolean | string[] | undefined>

/** GET through the SDK's client; `token` is a customer JWT when signed in. */
export function storeGet<T>(path: string, query?: Query, token?: string): Promise<T> {
  return sdk().client.fetch<T>(path, {
    query: query as Record<string, unknown>,
    headers: token ? { authorization: `Bearer ${token}` } : undefined,
    cache: "no-store",
  })
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return error instanceof FetchError && statuses.includes(Number(error.status))
}

/** Memoises a loader for `ttlMs` per key (catalogue reads shared by all visitors). */
export function memo<T>(ttlMs: number, load: (key: string) => Promise<T>) {
  const entries = new Map<string, { at: number; value: Promise<T> }>()
  const get = (key: string): Promise<T> => {
    const hit = entries.get(key)
    if (hit && Date.now() - hit.at < ttlMs) return hit.value
    const value = load(key)
    entries.set(key, { at: Date.now(), value })
    value.catch(() => entries.delete(key))
    if (entries.size > 500) entries.delete(entries.keys().next().value as string)
    return value
  }
  /** Forgets every kept value (a revalidation said the data changed). */
  return Object.assign(get, { clear: () => entries.clear() })
}

/**
 * A result to hand back without keeping it in the shared data cache (thrown
 * out of an `unstable_cache` loader, which caches no error): "not found" and
 * empty answers to URLs anyone can make up, so junk keys fill no cache.
 */
export class Uncached<T> extends Error {
  readonly uncached = true
  constructor(readonly value: T) {
    super("result not cached")
  }
}

export async function orUncached<T>(load: Promise<T>): Promise<T> {
  try {
    return await load
  } catch (e) {
    if ((e as { uncached?: boolean })?.uncached === true) return (e as Uncached<T>).value
    throw e
  }
}
