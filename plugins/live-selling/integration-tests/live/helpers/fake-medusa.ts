import http from "http"
import jwt from "jsonwebtoken"
import type { AddressInfo } from "net"
import type { Catalog } from "../../../src/modules/livestream/control/context"

/**
 * A stand-in for the Medusa backend with just the routes the gateway asks
 * (the real ones are tested end to end in integration-tests/http), answering
 * from in-memory fixtures: publishable keys, customers, carts, products (with
 * the seller owning each) and variants with their regular VND price.
 */

/** The secret of the test tokens (the gateway's and this backend's). */
export const JWT_SECRET = "live-test-secret"

type Product = { id: string; title: string; thumbnail: string | null; sellerId: string | null }
/** `available`: units in inventory across locations (null: inventory not tracked). */
type Variant = { id: string; productId: string; title: string; price: number | null; available: number | null }

export const medusaFixtures = {
  keys: new Map<string, { revoked: boolean }>(),
  customers: new Map<string, { first_name: string | null; last_name: string | null }>(),
  carts: new Map<string, { customer_id: string | null; completed_at: string | null }>(),
  products: new Map<string, Product>(),
  variants: new Map<string, Variant>(),
}

/** The gateway's own publishable key (`MEDUSA_PUBLISHABLE_KEY`), for store calls of sockets that bring none. */
export const GATEWAY_KEY = "pk_live_gateway_test"
medusaFixtures.keys.set(GATEWAY_KEY, { revoked: false })

class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

const f = medusaFixtures

function bearer(req: http.IncomingMessage, actorType: string): string {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1]
  try {
    const payload: any = jwt.verify(token ?? "", JWT_SECRET)
    if (payload.actor_type === actorType && payload.actor_id) {
      return payload.actor_id
    }
  } catch {
    // refused below
  }
  throw new Refusal(401, "Unauthorized")
}

function publishableKey(req: http.IncomingMessage) {
  const key = f.keys.get(String(req.headers["x-publishable-api-key"] ?? ""))
  if (!key || key.revoked) {
    throw new Refusal(400, "A valid publishable key is required to proceed with the request")
  }
}

const ids = (url: URL, name: string) => url.searchParams.getAll(name).flatMap((v) => v.split(",")).filter(Boolean)
const variantTitle = (v: Variant) => `${f.products.get(v.productId)!.title} - ${v.title}`

function answer(req: http.IncomingMessage, url: URL): unknown {
  const path = url.pathname
  let m: RegExpExecArray | null
  if (path.startsWith("/store/")) {
    publishableKey(req)
  }
  if (path === "/store/live/streams") {
    return { streams: [], count: 0, limit: 1, offset: 0 }
  }
  if (path === "/store/customers/me") {
    const id = bearer(req, "customer")
    const c = f.customers.get(id)
    if (!c) {
      throw new Refusal(404, `Customer with id: ${id} was not found`)
    }
    return { customer: { id, ...c } }
  }
  if ((m = /^\/store\/carts\/([^/]+)$/.exec(path))) {
    const cart = f.carts.get(m[1])
    if (!cart) {
      throw new Refusal(404, `Cart id not found: ${m[1]}`)
    }
    return { cart: { id: m[1], completed_at: cart.completed_at, customer: cart.customer_id ? { id: cart.customer_id } : null } }
  }
  if ((m = /^\/store\/live\/variants\/([^/]+)$/.exec(path))) {
    const v = f.variants.get(m[1])
    if (!v) {
      throw new Refusal(404, `variant ${m[1]} not found`)
    }
    const p = f.products.get(v.productId)!
    return {
      variant: {
        id: v.id, product_id: p.id, title: variantTitle(v), thumbnail: p.thumbnail, original_price: v.price,
        available_quantity: v.available,
      },
    }
  }
  if (path === "/store/products" || path === "/admin/products") {
    if (path === "/admin/products") {
      bearer(req, "user")
    }
    return { products: ids(url, "id[]").filter((id) => f.products.has(id)).map((id) => ({ id })) }
  }
  if (path === "/producer/products") {
    const producerId = bearer(req, "producer")
    const own = ids(url, "ids").filter((id) => f.products.get(id)?.sellerId === producerId)
    return { products: own.map((id) => ({ id })), count: own.length }
  }
  throw new Refusal(404, `Cannot GET ${path}`)
}

let server: Promise<{ url: string; close: () => Promise<void> }> | null = null

/** The fake backend of this test file (one, started on first use). */
export function fakeMedusa() {
  server ??= new Promise((resolve) => {
    const s = http.createServer((req, res) => {
      let status = 200
      let body: unknown
      try {
        body = answer(req, new URL(req.url ?? "/", "http://medusa"))
      } catch (e) {
        status = e instanceof Refusal ? e.status : 500
        body = { type: "refused", message: (e as Error).message }
      }
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    })
    s.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
        close: () => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()) }),
      })
    )
    s.unref()
  })
  return server
}

/** The same fixtures as the Medusa-side catalog (what Query answers in Medusa), for `createLiveServices`. */
export const fixtureCatalog: Catalog = {
  async getVariant(id) {
    const v = f.variants.get(id)
    const p = v && f.products.get(v.productId)
    return v && p
      ? {
        variantId: v.id, productId: p.id, title: variantTitle(v), thumbnail: p.thumbnail, originalPrice: v.price,
        available: v.available, producerId: p.sellerId,
      }
      : null
  },
  async productOwners(productIds) {
    return new Map(productIds.filter((id) => f.products.has(id)).map((id) => [id, f.products.get(id)!.sellerId]))
  },
}
