/**
 * Where the backend tells the storefront which cache tags to drop:
 * STOREFRONT_REVALIDATE_URL (the storefront's `POST /api/revalidate`) with the
 * shared secret STOREFRONT_REVALIDATE_SECRET. Either missing: no storefront to tell.
 */
export type RevalidateTarget = { url: string; secret: string }

export function revalidateTarget(env: NodeJS.ProcessEnv = process.env): RevalidateTarget | null {
  const url = env.STOREFRONT_REVALIDATE_URL?.trim()
  const secret = env.STOREFRONT_REVALIDATE_SECRET?.trim()
  return url && secret ? { url, secret } : null
}

export type RevalidateResult = { ok: boolean; status?: number; error?: string }

/** POSTs `{ tags }` with the secret; never throws (a storefront that is down only misses a refresh). */
export async function postRevalidate(
  target: RevalidateTarget,
  tags: string[],
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 3000
): Promise<RevalidateResult> {
  try {
    const res = await fetchImpl(target.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": target.secret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    return { ok: res.ok, status: res.status }
  } catch (e) {
    return { ok: false, error: (e as Error).message }
  }
}
