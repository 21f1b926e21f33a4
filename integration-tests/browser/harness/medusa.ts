/** Reads Medusa through its admin API, to check what the browser did. */
import { fetchToken, type Login } from "../../helpers/harness"

export type { Login }

/** The admin login of each started stack (its first start generated the password), by backend URL. */
const admins = new Map<string, Login>()

export function rememberAdmin(backend: string, login: Login) {
  admins.set(backend, login)
}

export async function adminToken(backend: string): Promise<string> {
  const admin = admins.get(backend)
  if (!admin) throw new Error(`no admin login known for ${backend} (started by startStack?)`)
  return fetchToken(backend, "user", admin)
}

export async function adminGet<T = any>(backend: string, token: string, path: string): Promise<T> {
  const res = await fetch(`${backend}${path}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * Test data: makes sure `handle` holds a current 4★ OCOP certificate. The
 * seeded Na Chi Lăng certificate (2022) has passed its 36-month validity at
 * today's date, so a re-evaluation decided 30 days ago is recorded through
 * the OCOP admin API (scores 30 + 19 + 26 = 75 points: 4★).
 */
export async function ensureFourStars(backend: string, publishableKey: string, handle: string) {
  const res = await fetch(`${backend}/store/ocop/products/${handle}`, { headers: { "x-publishable-api-key": publishableKey } })
  if (!res.ok) throw new Error(`GET /store/ocop/products/${handle}: ${res.status}`)
  const { product } = (await res.json()) as { product: any }
  if (product.ocop?.badge && product.ocop.stars === 4) return
  const token = await adminToken(backend)
  const decided = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
  const created = await fetch(`${backend}/admin/ocop/certifications`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({
      product_id: product.id,
      score_a: 30,
      score_b: 19,
      score_c: 26,
      group: product.ocop?.group ?? "food",
      subgroup: product.ocop?.subgroup ?? null,
      decided_at: decided,
      issuing_body: "UBND tỉnh Lạng Sơn",
      illustrative_scores: true,
      note: "browser test data: re-evaluation so that the product holds a current certificate",
    }),
  })
  if (!created.ok) throw new Error(`POST /admin/ocop/certifications: ${created.status} ${await created.text()}`)
}

/**
 * Test data: records that `handle`'s producer holds the right to use the
 * product's GI (the seed records none: no source gives the right-to-use
 * certificates), so the product shows the GI badge. Through the OCOP admin API.
 */
export async function ensureGiRight(backend: string, publishableKey: string, handle: string) {
  const res = await fetch(`${backend}/store/ocop/products/${handle}`, { headers: { "x-publishable-api-key": publishableKey } })
  if (!res.ok) throw new Error(`GET /store/ocop/products/${handle}: ${res.status}`)
  const { product } = (await res.json()) as { product: any }
  const gi = product.marks.find((m: any) => m.kind === "geographical_indication")
  if (!gi) throw new Error(`${handle} carries no GI`)
  if (gi.badge) return
  const created = await fetch(`${backend}/admin/ocop/mark-use-rights`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await adminToken(backend)}` },
    body: JSON.stringify({
      mark_id: gi.id,
      producer_id: product.producer.id,
      granted_by: gi.holder ?? "test",
      granted_at: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
      note: "browser test data: the producer's right to use the GI",
    }),
  })
  if (!created.ok) throw new Error(`POST /admin/ocop/mark-use-rights: ${created.status} ${await created.text()}`)
}
