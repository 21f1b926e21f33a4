import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Pool } from "pg"
import { createLiveGateway, type LiveGateway } from "../../src/live/gateway"
import { medusaCartAttacher } from "../../src/live/gateway/medusa-cart"
import { medusaCartCheck } from "../../src/live/gateway/medusa-checks"
import { closeLiveContexts } from "../../src/workflows/live/lib/live-context"
import { ask, connect, type Client } from "../live/helpers/clients"
import { checkoutReady, liveShop, newCart, onlineStore, runningOffer, testPool, waitFor, type Headers, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

const LIVE_PRICE = 49000
const quiet = { info() {}, warn() {}, error() {} }

/**
 * `offer:claim` with a `cartId` through a real gateway against a real Medusa
 * server: the gateway puts the held claim in the cart through the backend's
 * `POST /store/live/claims/:id/cart`, as `npm start` runs it.
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

    const gatewayWith = (backendUrl: string) =>
      createLiveGateway({
        db, port: 0, host: "127.0.0.1", jwtSecret: "supersecret", logger: quiet,
        verifyCart: medusaCartCheck(db),
        attachCart: medusaCartAttacher({ backendUrl, publishableKey: shop.publishableKey, timeoutMs: 60_000 }),
      })
    const buyer = async (gw: LiveGateway) => {
      const s = await connect(`http://127.0.0.1:${gw.port}`, { token: customer.token })
      sockets.push(s)
      return s
    }
    const cartItems = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=id,*items`, customer.headers)).data.cart.items

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      db = testPool(dbConfig.clientUrl)
      ;({ regionId, salesChannelId } = await onlineStore(api, shop))
      ;({ offerId } = await runningOffer(api, container, shop, { price: LIVE_PRICE, quantity: 20, perCustomerLimit: 5 }))

      const email = "live-socket-buyer@example.vn"
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-123" })
      await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
        { headers: { ...shop.store.headers, authorization: `Bearer ${reg.token}` } }
      )
      const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-123" })
      customer = { token: login.token, headers: { headers: { ...shop.store.headers, authorization: `Bearer ${login.token}` } } }

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

      const first = await ask(socket, "offer:claim", input, 90_000)
      expect(first).toMatchObject({
        claim: { status: "held", quantity: 2, price: LIVE_PRICE },
        left: 18,
        duplicate: false,
        cart: { id: cartId, lineItemId: expect.stringMatching(/^cali_/) },
      })
      expect(first.cartError).toBeUndefined()
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
        expect(again).toMatchObject({ claim: { id: first.claim.id }, left: 18, duplicate: true, cart: first.cart })
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

    it("keeps the claim held with a cartError when the backend cannot be reached; the REST route then adds it", async () => {
      const down = await gatewayWith("http://127.0.0.1:9") // discard port: nothing listens
      try {
        const cartId = await newCart(api, customer.headers, regionId, salesChannelId)
        const socket = await buyer(down)
        const input = { offerId, quantity: 1, idempotencyKey: key(), cartId }
        const ack = await ask(socket, "offer:claim", input, 90_000)
        expect(ack).toMatchObject({ claim: { status: "held", quantity: 1 }, cartError: { code: "unavailable" } })
        expect(ack.cart).toBeUndefined()
        expect(await cartItems(cartId)).toEqual([])

        const { data } = await api.post(`/store/live/claims/${ack.claim.id}/cart`, { cart_id: cartId }, customer.headers)
        expect(data.cart.items).toEqual([expect.objectContaining({ id: data.claim.line_item_id, unit_price: LIVE_PRICE, quantity: 1 })])
        // The same claim through a gateway that reaches the backend: the line the route made.
        const again = await ask(await buyer(gateway), "offer:claim", input, 90_000)
        expect(again).toMatchObject({ claim: { id: ack.claim.id }, duplicate: true, cart: { id: cartId, lineItemId: data.claim.line_item_id } })
        expect((await cartItems(cartId)).length).toBe(1)
      } finally {
        await down.close()
      }
    })
  },
})
