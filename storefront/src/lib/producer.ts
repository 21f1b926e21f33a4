import "server-only"
import { cookies } from "next/headers"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "./medusa"
import { cookieOptions } from "./security/cookie-options"
import type { LiveSeller } from "./types"

const COOKIE = "_ocop_producer"

export async function producerToken(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value
}

export async function setProducerToken(token: string) {
  ;(await cookies()).set(COOKIE, token, cookieOptions(60 * 60 * 12))
}

export async function clearProducerToken() {
  ;(await cookies()).delete(COOKIE)
}

export class ProducerAuthError extends Error {}

/** `/producer/*` with the producer's JWT (kept in an httpOnly cookie, never in page JavaScript). */
export async function producerFetch<T = any>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  const token = await producerToken()
  if (!token) throw new ProducerAuthError("not signed in")
  try {
    return await sdk().client.fetch<T>(path, {
      method: init.method ?? (init.body ? "POST" : "GET"),
      body: init.body as any,
      query: init.query,
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (e) {
    if (e instanceof FetchError && (e.status === 401 || e.status === 403) && path === "/producer/me") throw new ProducerAuthError(e.message)
    throw e
  }
}

export type ProducerStream = {
  /** viewers who asked to be e-mailed when it goes live */
  reminder_count?: number
  id: string
  title: string
  title_en: string | null
  status: "scheduled" | "live" | "ended"
  scheduled_at: string | null
  started_at: string | null
  ended_at: string | null
  video: { kind: string; url: string | null }
  pinned_product_ids: string[]
  viewer_count: number
  /** who sells; `verification` null: the producer may not go live yet */
  seller?: LiveSeller | null
  slow_mode_seconds?: number
  offers?: {
    id: string
    title: string
    price: number
    original_price: number | null
    quantity: number
    left: number
    per_customer_limit: number
    starts_at: string
    ends_at: string
    status: string
    end_reason: string | null
  }[]
}

export type ProducerProduct = {
  id: string
  title: string
  handle: string
  variants: { id: string; title: string; price: number | null }[]
}

export async function producerMe() {
  try {
    return await producerFetch<{ producer: { id: string; name: string }; login: { email: string | null } }>("/producer/me")
  } catch (e) {
    if (e instanceof ProducerAuthError) return null
    throw e
  }
}
