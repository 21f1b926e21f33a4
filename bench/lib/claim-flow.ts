/**
 * The claim benches' shared steps (claim-order, live-spike): a store API
 * client, a bounded pool, signed-up buyers with a saved address, the
 * one-step claim order and Medusa's standard 8-call checkout.
 */
import type { Pool } from "pg"
import { fetchSignUpCustomer, fetchToken } from "../../integration-tests/helpers/harness"

/** A store API call; `base` is the backend's URL. */
export type Call = ((method: string, url: string, body?: unknown, token?: string) => Promise<any>) & { base: string; key: string }
export type Buyer = { id: string; email: string; token: string }

/** A store API client for `base` with the publishable key `key` (throws on a non-2xx answer, naming it). */
export function client(base: string, key: string): Call {
  const call = async (method: string, url: string, body?: unknown, token?: string) => {
    const headers: Record<string, string> = { "x-publishable-api-key": key }
    if (body !== undefined) headers["content-type"] = "application/json"
    if (token) headers.authorization = `Bearer ${token}`
    const res = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const data: any = await res.json().catch(() => null)
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`)
    return data
  }
  return Object.assign(call, { base, key })
}

/** Runs `fn` over `items`, `n` at a time. */
export async function pool<T, R>(items: T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i], i)
      }
    })
  )
  return out
}

/** `count` new customers (e-mail `bench-RUN-i@example.vn`), each signed in with a saved default address in Lạng Sơn. */
export async function signUpBuyers(call: Call, run: string, count: number, password: string): Promise<Buyer[]> {
  return pool(Array.from({ length: count }, (_, i) => i), 8, async (i) => {
    const email = `bench-${run}-${i}@example.vn`
    const { id, token } = await fetchSignUpCustomer(call.base, call.key, { email, password, first_name: "Khách", last_name: `${i}` })
    await call("POST", "/store/customers/me/addresses", {
      first_name: "Khách", last_name: `${i}`, address_1: `${i} Lê Lợi`, city: "Lạng Sơn", country_code: "vn", phone: "0987654321", is_default_shipping: true,
    }, token)
    return { id, email, token }
  })
}

/** A held claim → its order in one request (`POST /store/live/claims/:id/order`, cash on delivery). */
export async function oneStepOrder(call: Call, claimId: string, token: string): Promise<{ id: string; ms: number }> {
  const s = Date.now()
  const r = await call("POST", `/store/live/claims/${claimId}/order`, { payment: "cod" }, token)
  return { id: r.order.id as string, ms: Date.now() - s }
}

/**
 * Medusa's standard checkout of one unit of `variantId`, 8 store calls:
 * create cart, add line, address, list shipping options, shipping method,
 * payment collection, payment session (COD), complete.
 */
export async function standardOrder(call: Call, b: Buyer, regionId: string, variantId: string): Promise<{ id: string; ms: number }> {
  const s = Date.now()
  const address = { first_name: "Khách", last_name: "B", address_1: "5 Lê Lợi", city: "Lạng Sơn", country_code: "vn", phone: "0987654321" }
  const { cart } = await call("POST", "/store/carts", { region_id: regionId, email: b.email }, b.token)
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, b.token)
  await call("POST", `/store/carts/${cart.id}`, { shipping_address: address, billing_address: address }, b.token)
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, undefined, b.token)
  const cheapest = [...shipping_options].sort((a: any, z: any) => (a.calculated_price?.calculated_amount ?? a.amount) - (z.calculated_price?.calculated_amount ?? z.amount))[0]
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: cheapest.id }, b.token)
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, b.token)
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, b.token)
  const done = await call("POST", `/store/carts/${cart.id}/complete`, {}, b.token)
  if (done.type !== "order") throw new Error(`standard checkout: ${JSON.stringify(done)}`)
  return { id: done.order.id as string, ms: Date.now() - s }
}

/** What a claim bench sells: the seeded producer's live stream (started) and a variant with stock for `stockUnits`. */
export type LiveSale = { producer: string; stream: any; product: any; variant: any; regionId: string }

/**
 * The seeded producer signs in, starts its first stream if it is not live,
 * picks its first product's 65,000 ₫ variant (or the first) and adds
 * `stockUnits` to its stock (Medusa reserves stock when a cart completes).
 */
export async function prepareLiveSale(call: Call, db: Pool, password: string, stockUnits: number): Promise<LiveSale> {
  const producer = await fetchToken(call.base, "producer", { email: "producer@ocop-langson.local", password })
  const stream = (await call("GET", "/producer/streams", undefined, producer)).streams[0]
  if (stream.status !== "live") await call("POST", `/producer/streams/${stream.id}/start`, {}, producer)
  const product = (await call("GET", "/producer/products", undefined, producer)).products[0]
  const variant = product.variants.find((v: any) => v.price === 65000) ?? product.variants[0]
  await db.query(
    // Medusa counts stock from raw_stocked_quantity (its BigNumber column): both move together
    `UPDATE inventory_level SET stocked_quantity = stocked_quantity + $2,
       raw_stocked_quantity = jsonb_build_object('value', ((raw_stocked_quantity->>'value')::numeric + $2)::text, 'precision', 20)
     WHERE inventory_item_id IN
       (SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id = $1 AND deleted_at IS NULL)`,
    [variant.id, stockUnits]
  )
  const region = (await call("GET", "/store/regions")).regions.find((r: any) => r.currency_code === "vnd")
  return { producer, stream, product, variant, regionId: region.id }
}

/** One client over several backends (servers without a load balancer): each call goes to the next, round-robin. */
export function roundRobin(calls: Call[]): Call {
  let next = 0
  const call = (method: string, url: string, body?: unknown, token?: string) => calls[next++ % calls.length](method, url, body, token)
  return Object.assign(call, { base: calls[0].base, key: calls[0].key })
}

/** Units of `offerId` held or ordered, and beyond the offer's quantity (oversold: must be 0). */
export async function offerHolding(db: Pool, offerId: string) {
  const { rows: [s] } = await db.query(
    `SELECT o.quantity, o.claimed, (SELECT coalesce(sum(quantity), 0)::int FROM live_claim c WHERE c.offer_id = o.id AND c.status IN ('held', 'converted')) AS holding,
            (SELECT count(*)::int FROM live_claim c WHERE c.offer_id = o.id AND c.status = 'converted' AND c.order_id IS NOT NULL) AS ordered
       FROM live_offer o WHERE o.id = $1`,
    [offerId]
  )
  return { ...s, oversold: Math.max(0, s.holding - s.quantity, s.claimed - s.quantity) } as
    { quantity: number; claimed: number; holding: number; ordered: number; oversold: number }
}

/**
 * Two order flows in ABBA rounds (A's first half, B's first half, B's second, A's second),
 * `concurrency` at a time, so that warm-up and drift fall on both: each flow's orders
 * (failures counted apart), seconds and orders/s.
 */
export async function abbaOrders<A, B>(
  a: { items: A[]; order: (x: A) => Promise<{ ms: number }> },
  b: { items: B[]; order: (x: B) => Promise<{ ms: number }> },
  concurrency: number
) {
  const failed: string[] = []
  const round = async <T>(items: T[], fn: (x: T) => Promise<{ ms: number }>) => {
    const t = Date.now()
    const done = await pool(items, concurrency, (x) => fn(x).catch((e) => (failed.push(String(e?.message ?? e)), { ms: NaN })))
    return { ms: done.map((d) => d.ms).filter(Number.isFinite), s: (Date.now() - t) / 1000 }
  }
  const half = (items: unknown[]) => Math.ceil(items.length / 2)
  const a1 = await round(a.items.slice(0, half(a.items)), a.order)
  const b1 = await round(b.items.slice(0, half(b.items)), b.order)
  const b2 = await round(b.items.slice(half(b.items)), b.order)
  const a2 = await round(a.items.slice(half(a.items)), a.order)
  const flow = (x: typeof a1, y: typeof a1) => {
    const ms = [...x.ms, ...y.ms]
    return { ms, s: x.s + y.s, perSecond: ms.length / (x.s + y.s) }
  }
  return { a: flow(a1, a2), b: flow(b1, b2), failed }
}

/** A buyer's socket as the claim benches use it (`raw-viewer`'s `Viewer`). */
type ClaimSocket = { on(event: string, fn: (data: any) => void): void; emitWithAck(event: string, data: unknown, timeoutMs: number): Promise<any> }

/**
 * Every socket claims 1 unit as soon as `offer:started` reaches it; resolves
 * with each ack, its latency, the buyer's index, when the offer reached
 * that socket and when its ack was read (epoch ms), once all have answered.
 */
export function claimWhenStarted(sockets: ClaimSocket[], run: string) {
  return Promise.all(
    sockets.map(
      (socket, i) =>
        new Promise<{ ms: number; ack: any; buyer: number; startedAt: number; ackAt: number }>((resolve) => {
          socket.on("offer:started", async (e) => {
            const startedAt = Date.now()
            const start = process.hrtime.bigint()
            const ack = await socket
              .emitWithAck("offer:claim", { offerId: e.offer.id, quantity: 1, idempotencyKey: `bench-${run}-${i}` }, 60_000)
              .catch((err) => ({ error: { code: "timeout", message: String(err) } }))
            resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, ack, buyer: i, startedAt, ackAt: Date.now() })
          })
        })
    )
  )
}

/**
 * When the wave's acks were read, in ms after the first socket heard
 * `offer:started`: first and last `offer:started`, last winner's ack, first
 * and last loser's ack (losers answered only after the winners show as a gap).
 */
export function ackTimeline(claims: { ack: any; startedAt: number; ackAt: number }[]) {
  const t0 = Math.min(...claims.map((c) => c.startedAt))
  const at = (xs: number[], f: (...n: number[]) => number) => (xs.length ? f(...xs) - t0 : NaN)
  const won = claims.filter((c) => c.ack.claim).map((c) => c.ackAt)
  const lost = claims.filter((c) => !c.ack.claim).map((c) => c.ackAt)
  return {
    startedSpread: at(claims.map((c) => c.startedAt), Math.max),
    firstWinner: at(won, Math.min),
    lastWinner: at(won, Math.max),
    firstLoser: at(lost, Math.min),
    lastLoser: at(lost, Math.max),
  }
}

/**
 * The floor under a claim wave: every socket at once sends an event the
 * gateway answers from memory (`session`: no database, no broadcast), with
 * the same crowd connected; each ack's round trip in ms.
 */
export async function plainAckBurst(sockets: ClaimSocket[]): Promise<number[]> {
  return Promise.all(
    sockets.map(async (socket) => {
      const start = process.hrtime.bigint()
      await socket.emitWithAck("session", {}, 60_000)
      return Number(process.hrtime.bigint() - start) / 1e6
    })
  )
}
