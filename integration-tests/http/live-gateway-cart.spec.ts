import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { Pool } from "pg"
import { createLiveGateway, type LiveGateway } from "@ocop-live/live-selling/live/gateway"
import { medusaCartAttacher } from "@ocop-live/live-selling/live/gateway/medusa-cart"
import { medusaCartCheck } from "@ocop-live/live-selling/live/gateway/medusa-checks"
import { medusaHttp } from "@ocop-live/live-selling/live/gateway/medusa-http"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { ask, connect, record, waitFor as nextEvent, type Client } from "../../plugins/live-selling/integration-tests/live/helpers/clients"
import { checkoutReady, failure, liveShop, newCart, onlineStore, runningOffer, testPool, medusaJwtSecret, waitFor, type Headers, type LiveShop } from "./live-fixtures"
import { signUpCustomer } from "../helpers/harness"

jest.setTimeout(300 * 1000)

const LIVE_PRICE = 49000
const quiet = { info() {}, warn() {}, error() {} }

/**
 * A real gateway against a real Medusa server, as `npm start` runs it: it
 * reads Medusa only through the HTTP API (keys, names, carts, variants,
 * products and their sellers), and `offer:claim` with a `cartId` puts the
 * held claim in the cart through the backend's `POST /store/live/claims/:id/cart`,
 * after the claim's ack: `claim:carted` (or `claim:cart_failed`, the claim
 * released) tells the buyer.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let gateway: LiveGateway
    let offerId: string
    let regionId: string
    let salesChannelId: string
    let customer: { token: string; headers: Headers }
    const sockets: Client[] = []
    let keys = 0
    const key = () => `gateway-cart-${++keys}-${Date.now()}`

    let variantId: string
    let productId: string
    /** `gate`: the claim-to-cart attachment waits for it (to see the ack come first). */
    const gatewayWith = (backendUrl: string, gate?: Promise<void>) => {
      const medusa = medusaHttp({ backendUrl, publishableKey: shop.publishableKey, timeoutMs: 60_000 })
      const attach = medusaCartAttacher(medusa)
      return createLiveGateway({
        db, port: 0, host: "127.0.0.1", jwtSecret: medusaJwtSecret(getContainer()), logger: quiet,
        medusa, verifyCart: medusaCartCheck(medusa),
        attachCart: gate ? async (...a) => (await gate, attach(...a)) : attach,
      })
    }
    const left = async () => (await db.query("SELECT quantity - claimed AS left FROM live_offer WHERE id = $1", [offerId])).rows[0].left
    const claimRow = async (id: string) => (await db.query("SELECT status, cart_id, line_item_id FROM live_claim WHERE id = $1", [id])).rows[0]
    const tokenOf = (h: Headers) => h.headers.authorization.replace(/^Bearer /, "")
    const open = async (auth: Record<string, unknown>) => {
      const s = await connect(`http://127.0.0.1:${gateway.port}`, auth)
      sockets.push(s)
      return s
    }
    const buyer = async (gw: LiveGateway) => {
      const s = await connect(`http://127.0.0.1:${gw.port}`, { token: customer.token })
      sockets.push(s)
      return s
    }
    /** A new signed-up customer's token. */
    const signUp = async (email: string) => (await signUpCustomer(api, shop.store, { email, password: "mat-khau-123" })).token
    const cartItems = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=id,*items`, customer.headers)).data.cart.items

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      db = testPool(dbConfig.clientUrl)
      ;({ regionId, salesChannelId } = await onlineStore(api, shop))
      ;({ offerId, variantId, productId } = await runningOffer(api, container, shop, { price: LIVE_PRICE, quantity: 20, perCustomerLimit: 5 }))

      const email = "live-socket-buyer@example.vn"
      customer = await signUpCustomer(api, shop.store, { email, password: "mat-khau-123", first_name: "Lan", last_name: "Nguyễn" })

      gateway = await gatewayWith(String(api.defaults.baseURL))
    })

    afterAll(async () => {
      sockets.forEach((s) => s.close())
      await gateway?.close()
      await db?.end()
      await closeLiveContexts()
    })

    it("puts a socket claim in the cart at the live price, once, and the cart completes at that price", async () => {
      const cartId = await newCart(api, customer.headers, regionId, salesChannelId)
      const socket = await buyer(gateway)
      const input = { offerId, quantity: 2, idempotencyKey: key(), cartId }

      const carted = nextEvent(socket, "claim:carted", () => true, 90_000)
      const first = await ask(socket, "offer:claim", input, 90_000)
      expect(first).toMatchObject({
        claim: { status: "held", quantity: 2, price: LIVE_PRICE },
        left: 18,
        duplicate: false,
        cartPending: true,
      })
      expect(first.cart).toBeUndefined()
      const line = await carted
      expect(line).toEqual({ claimId: first.claim.id, cartId, lineItemId: expect.stringMatching(/^cali_/), ts: expect.any(Number) })
      first.cart = { id: cartId, lineItemId: line.lineItemId }
      const items = await cartItems(cartId)
      expect(items).toEqual([
        expect.objectContaining({
          id: first.cart.lineItemId, quantity: 2, unit_price: LIVE_PRICE, is_custom_price: true,
          metadata: expect.objectContaining({ live_claim_id: first.claim.id, live_offer_id: offerId }),
        }),
      ])

      // Retries (one alone, two at once): the same claim and the same line.
      const retries = [await ask(socket, "offer:claim", input, 90_000)]
      retries.push(...(await Promise.all([1, 2].map(() => ask(socket, "offer:claim", input, 90_000)))))
      for (const again of retries) {
        // already in the cart: the ack says where, at once
        expect(again).toMatchObject({ claim: { id: first.claim.id }, left: 18, duplicate: true, cart: first.cart })
        expect(again.cartPending).toBeUndefined()
      }
      expect((await cartItems(cartId)).map((i: any) => [i.id, i.quantity, i.unit_price])).toEqual([
        [first.cart.lineItemId, 2, LIVE_PRICE],
      ])

      await checkoutReady(api, customer.headers, cartId)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, customer.headers)
      expect(placed.type).toEqual("order")
      const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=id,item_total,customer_id,*items`, shop.admin)
      expect(data.order.items).toEqual([expect.objectContaining({ unit_price: LIVE_PRICE, quantity: 2 })])
      expect(data.order.item_total).toEqual(2 * LIVE_PRICE)
      const converted = await waitFor(async () => {
        const { rows } = await db.query("SELECT status, order_id FROM live_claim WHERE id = $1", [first.claim.id])
        return rows[0]?.order_id ? rows[0] : null
      }, "the claim to be converted")
      expect(converted).toEqual({ status: "converted", order_id: placed.order.id })
    })

    it("GET /store/live/variants/:id: what an offer of it shows; 404 naming it; 400 without a publishable key", async () => {
      const { data: own } = await api.get("/producer/products", shop.producer)
      const product = own.products.find((p: any) => p.id === productId)
      const variant = product.variants.find((v: any) => v.id === variantId)
      const { data } = await api.get(`/store/live/variants/${variantId}`, shop.store)
      expect(data.variant).toEqual({
        id: variantId, product_id: productId, title: `${product.title} - ${variant.title}`,
        thumbnail: product.thumbnail, original_price: 65000, available_quantity: expect.any(Number), live_restricted: false,
      })
      const missing = await failure(api.get("/store/live/variants/variant_nope", shop.store))
      expect([missing.status, missing.data.message]).toEqual([404, "variant variant_nope not found"])
      expect((await failure(api.get(`/store/live/variants/${variantId}`))).status).toBe(400)
    })

    it("GET /producer/products?ids=: of those, the producer's own; 400 naming ids; 401 without a token", async () => {
      const { data: all } = await api.get("/store/products?fields=id&limit=100", shop.store)
      const { data: own } = await api.get("/producer/products", shop.producer)
      const foreignId = all.products.map((p: any) => p.id).find((id: string) => !own.products.some((p: any) => p.id === id))
      const { data } = await api.get(`/producer/products?ids=${productId},${foreignId}`, shop.producer)
      expect(data.products.map((p: any) => p.id)).toEqual([productId])
      const bad = await failure(api.get("/producer/products?ids=not%20an%20id", shop.producer))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("ids")
      expect((await failure(api.get(`/producer/products?ids=${productId}`))).status).toBe(401)
    })

    it("asks Medusa for keys, names, carts and products, with each socket's own credentials", async () => {
      await expect(open({ publishableKey: "pk_nope" })).rejects.toMatchObject({ data: { code: "unauthorized" } })
      expect((await open({ publishableKey: shop.publishableKey })).connected).toBe(true)
      const buyerSocket = await open({ token: customer.token })
      const actors = (await gateway.nsp.fetchSockets()).map((s) => s.data.actor)
      expect(actors).toContainEqual(expect.objectContaining({ type: "customer", name: "Lan Nguyễn" }))

      const claim = (cartId: string) => ask(buyerSocket, "offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId }, 90_000)
      expect((await claim("cart_nope")).error).toEqual({ code: "not_found", message: "cartId: cart cart_nope not found" })
      const other = await signUpCustomer(api, shop.store, { email: "other-buyer@example.vn", password: "mat-khau-123" })
      const othersCart = await newCart(api, other.headers, regionId, salesChannelId)
      expect((await claim(othersCart)).error).toEqual({ code: "forbidden", message: "cartId: cart belongs to another customer" })

      const producer = await open({ token: tokenOf(shop.producer) })
      const admin = await open({ token: tokenOf(shop.admin) })
      const { data: all } = await api.get("/store/products?fields=id,metadata&limit=100", shop.store)
      const { data: own } = await api.get("/producer/products", shop.producer)
      // not one the store keeps out of livestreams (live_restricted: strong alcohol)
      const foreign = all.products
        .filter((p: any) => !p.metadata?.live_restricted)
        .map((p: any) => p.id)
        .find((id: string) => !own.products.some((p: any) => p.id === id))
      const streamId = shop.demoStreamId
      const launched = await ask(producer, "offer:launch", {
        streamId, variantId, price: 50_000, quantity: 3, perCustomerLimit: 1, startsInSec: 60, durationSec: 60,
      })
      expect(launched.error).toBeUndefined()
      expect(launched.offer).toMatchObject({ variantId, productId, originalPrice: 65000, price: 50_000 })
      await ask(producer, "offer:stop", { offerId: launched.offer.id })
      expect(await ask(producer, "product:pin", { streamId, productIds: [productId] })).toEqual({ productIds: [productId] })
      expect((await ask(producer, "product:pin", { streamId, productIds: [productId, foreign] })).error).toEqual({
        code: "forbidden", message: `productIds: product ${foreign} belongs to another producer`,
      })
      expect((await ask(producer, "product:pin", { streamId, productIds: ["prod_nope"] })).error).toMatchObject({ code: "not_found" })
      expect(await ask(admin, "product:pin", { streamId, productIds: [foreign] })).toEqual({ productIds: [foreign] })
      expect((await ask(admin, "product:pin", { streamId, productIds: ["prod_nope"] })).error).toEqual({
        code: "not_found", message: "productIds: product prod_nope not found",
      })
      expect((await ask(producer, "offer:launch", {
        streamId, variantId: "variant_nope", price: 50_000, quantity: 3, perCustomerLimit: 1, startsInSec: 60, durationSec: 60,
      })).error).toEqual({ code: "not_found", message: "variantId: variant variant_nope not found" })
    })

    it("acks a claim before its cart line exists; the line follows as claim:carted, to that buyer only", async () => {
      let open!: () => void
      const gated = await gatewayWith(String(api.defaults.baseURL), new Promise<void>((r) => (open = r)))
      try {
        const cartId = await newCart(api, customer.headers, regionId, salesChannelId)
        const socket = await buyer(gated)
        const bystander = await connect(`http://127.0.0.1:${gated.port}`, { token: await signUp(`bystander-${Date.now()}@example.vn`) })
        const guest = await connect(`http://127.0.0.1:${gated.port}`, { publishableKey: shop.publishableKey })
        sockets.push(bystander, guest)
        const log: string[] = []
        socket.onAny((event) => log.push(event))
        const others = [...record(bystander, ["claim:carted", "claim:cart_failed"]), ...record(guest, ["claim:carted", "claim:cart_failed"])]

        const ack = await new Promise<any>((resolve) =>
          socket.emit("offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId }, (a: any) => {
            log.push("ack")
            resolve(a)
          })
        )
        expect(ack).toMatchObject({ claim: { status: "held", quantity: 1 }, duplicate: false, cartPending: true })
        // the attachment has not run: the ack did not wait for the cart line
        expect(await cartItems(cartId)).toEqual([])
        expect(await claimRow(ack.claim.id)).toEqual({ status: "held", cart_id: cartId, line_item_id: null })

        open()
        const carted = await nextEvent(socket, "claim:carted", (e) => e.claimId === ack.claim.id, 90_000)
        expect(log.filter((e) => e === "ack" || e.startsWith("claim:"))).toEqual(["ack", "claim:carted"])
        expect(await cartItems(cartId)).toEqual([expect.objectContaining({ id: carted.lineItemId, quantity: 1, unit_price: LIVE_PRICE })])
        expect(await claimRow(ack.claim.id)).toEqual({ status: "held", cart_id: cartId, line_item_id: carted.lineItemId })
        // a round trip on each other socket: anything sent to them before now has arrived
        await ask(bystander, "session", {})
        await ask(guest, "session", {})
        expect(others).toEqual([])
      } finally {
        open()
        await gated.close()
      }
    })

    it("a claim whose cart line cannot be made is released: claim:cart_failed, its unit back on the offer", async () => {
      let open!: () => void
      const gated = await gatewayWith(String(api.defaults.baseURL), new Promise<void>((r) => (open = r)))
      try {
        const cartId = await newCart(api, customer.headers, regionId, salesChannelId)
        const socket = await buyer(gated)
        const before = await left()
        const failed = nextEvent(socket, "claim:cart_failed", () => true, 90_000)
        const ack = await ask(socket, "offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId }, 90_000)
        expect(ack).toMatchObject({ claim: { status: "held" }, left: before - 1, cartPending: true })
        // the cart goes away between the claim and its line
        await getContainer().resolve(Modules.CART).softDeleteCarts([cartId])
        open()
        expect(await failed).toEqual({
          claimId: ack.claim.id, cartId, released: true, ts: expect.any(Number),
          error: { code: "not_found", message: `cart_id: cart ${cartId} not found` },
        })
        expect(await claimRow(ack.claim.id)).toMatchObject({ status: "released", line_item_id: null })
        expect(await left()).toBe(before)
      } finally {
        open()
        await gated.close()
      }
    })

    it("releases the claim when the backend cannot be reached (after retries): claim:cart_failed unavailable", async () => {
      const down = await gatewayWith("http://127.0.0.1:9") // discard port: nothing listens
      try {
        const cartId = await newCart(api, customer.headers, regionId, salesChannelId)
        const socket = await buyer(down)
        const before = await left()
        const failed = nextEvent(socket, "claim:cart_failed", () => true, 90_000)
        const ack = await ask(socket, "offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId }, 90_000)
        expect(ack).toMatchObject({ claim: { status: "held", quantity: 1 }, cartPending: true })
        expect(await failed).toMatchObject({ claimId: ack.claim.id, cartId, released: true, error: { code: "unavailable" } })
        expect(await cartItems(cartId)).toEqual([])
        expect(await claimRow(ack.claim.id)).toMatchObject({ status: "released" })
        expect(await left()).toBe(before)
      } finally {
        await down.close()
      }
    })

    it("a live ticket (POST /store/live/streams/:id/ticket) stands for the customer at the gateway: its claim goes into the widget's cart, which becomes that customer's", async () => {
      const url = `/store/live/streams/${shop.demoStreamId}/ticket`
      const { data } = await api.post(url, {}, customer.headers)
      expect(data).toEqual({ ticket: expect.any(String), expires_at: expect.any(String) })
      expect(new Date(data.expires_at).getTime() - Date.now()).toBeLessThanOrEqual(60_000)
      // a ticket is no bearer token for the API
      const asBearer = await failure(api.get("/store/customers/me", { headers: { ...shop.store.headers, authorization: `Bearer ${data.ticket}` } }))
      expect(asBearer.status).toBe(401)

      // a cart as the widget makes one: a guest's, no e-mail yet
      const { data: made } = await api.post("/store/carts", { region_id: regionId, sales_channel_id: salesChannelId }, shop.store)
      const cartId = made.cart.id as string
      const socket = await open({ ticket: data.ticket })
      const carted = nextEvent(socket, "claim:carted", () => true, 90_000)
      const ack = await ask(socket, "offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId }, 90_000)
      expect(ack).toMatchObject({ claim: { status: "held", quantity: 1 }, cartPending: true })
      expect(await carted).toMatchObject({ claimId: ack.claim.id, cartId, lineItemId: expect.stringMatching(/^cali_/) })
      const { data: me } = await api.get("/store/customers/me", customer.headers)
      const { rows } = await db.query("SELECT customer_id, cart_id FROM live_claim WHERE id = $1", [ack.claim.id])
      expect(rows[0]).toEqual({ customer_id: me.customer.id, cart_id: cartId })
      // the widget's anonymous cart is now the customer's: its order will be theirs, not a guest's
      const { data: after } = await api.get(`/store/carts/${cartId}?fields=id,email,customer.id`, shop.store)
      expect(after.cart).toMatchObject({ customer: { id: me.customer.id }, email: me.customer.email })
    })

    it("refuses a ticket's claim into a cart of another signed-up customer, and changes nothing", async () => {
      const email = `other-${Date.now()}@example.vn`
      const other = await signUpCustomer(api, shop.store, { email, password: "mat-khau-123" })
      const { data: theirs } = await api.post("/store/carts", { region_id: regionId, sales_channel_id: salesChannelId }, other.headers)

      const { data } = await api.post(`/store/live/streams/${shop.demoStreamId}/ticket`, {}, customer.headers)
      const socket = await open({ ticket: data.ticket })
      const ack = await ask(socket, "offer:claim", { offerId, quantity: 1, idempotencyKey: key(), cartId: theirs.cart.id }, 90_000)
      expect(ack).toEqual({ error: { code: "forbidden", message: "cartId: cart belongs to another customer" } })
      const { data: still } = await api.get(`/store/carts/${theirs.cart.id}?fields=id,customer.id,*items`, other.headers)
      expect(still.cart).toMatchObject({ customer: { id: theirs.cart.customer_id }, items: [] })
    })

    it("POST /store/live/streams/:id/ticket: 401 without a customer, 404 for an unknown stream, 400 for a field", async () => {
      const url = `/store/live/streams/${shop.demoStreamId}/ticket`
      expect((await failure(api.post(url, {}, shop.store))).status).toBe(401)
      expect((await failure(api.post(url, {}, { headers: { ...shop.store.headers, ...shop.producer.headers } }))).status).toBe(401)
      const missing = await failure(api.post("/store/live/streams/lstr_nope/ticket", {}, customer.headers))
      expect([missing.status, missing.data.message]).toEqual([404, "id: stream lstr_nope not found"])
      expect((await failure(api.post(url, { stream_id: "x" }, customer.headers))).status).toBe(400)
    })
  },
})
