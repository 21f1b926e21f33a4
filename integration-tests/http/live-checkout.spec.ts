import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireLiveClaims, { config as jobConfig } from "@ocop-live/live-selling/jobs/expire-live-claims"
import { closeLiveContexts, liveContext } from "@ocop-live/live-selling/live/live-context"
import { checkoutReady, failure, liveShop, newCart, onlineStore, runningOffer, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

const LIVE_PRICE = 49000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: LiveShop
    let offerId: string
    let regionId: string
    let salesChannelId: string
    let claims = 0

    const db = () => liveContext(getContainer()).db
    const claim = (cartId: string, quantity: number) =>
      liveContext(getContainer()).claims.claim({
        offerId,
        customerKey: `guest_buyer${++claims}`,
        quantity,
        idempotencyKey: `checkout-test-${claims}`,
        cartId,
      })
    const attach = (claimId: string, cartId: string) =>
      api.post(`/store/live/claims/${claimId}/cart`, { cart_id: cartId }, shop.store)
    const offerRow = async () => (await db().query("SELECT quantity, claimed FROM live_offer WHERE id = $1", [offerId])).rows[0]
    const claimRow = async (id: string) => (await db().query("SELECT * FROM live_claim WHERE id = $1", [id])).rows[0]

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      ;({ regionId, salesChannelId } = await onlineStore(api, shop))
      ;({ offerId } = await runningOffer(api, container, shop, { price: LIVE_PRICE, quantity: 20, perCustomerLimit: 3 }))
    })

    afterAll(async () => {
      await closeLiveContexts()
    })

    it("turns a held claim into one cart line at the live price, idempotently", async () => {
      const cartId = await newCart(api, shop.store, regionId, salesChannelId)
      const { claim: held } = await claim(cartId, 2)
      const { data } = await attach(held.id, cartId)
      expect(data.claim).toMatchObject({ id: held.id, status: "held", cart_id: cartId, price: LIVE_PRICE, quantity: 2 })
      expect(data.cart.items).toEqual([
        expect.objectContaining({
          id: data.claim.line_item_id,
          quantity: 2,
          unit_price: LIVE_PRICE,
          compare_at_unit_price: 65000,
          is_custom_price: true,
          metadata: expect.objectContaining({ live_claim_id: held.id, live_offer_id: offerId }),
        }),
      ])
      const { data: again } = await attach(held.id, cartId)
      expect(again.cart.items.map((i: any) => i.id)).toEqual([data.claim.line_item_id])

      const otherCart = await newCart(api, shop.store, regionId, salesChannelId)
      const wrong = await failure(attach(held.id, otherCart))
      expect({ status: wrong.status, message: wrong.data.message }).toEqual({ status: 400, message: expect.stringMatching(/^cart_id: .*another cart/) })
      const missing = await failure(api.post(`/store/live/claims/${held.id}/cart`, {}, shop.store))
      expect({ status: missing.status, message: missing.data.message }).toEqual({ status: 400, message: expect.stringMatching(/cart_id/) })
      expect((await failure(attach("lclm_unknown", cartId))).status).toEqual(404)

      const { data: stream } = await api.get(`/store/live/streams/${shop.demoStreamId}`, shop.store)
      expect(stream.stream.offers[0]).toMatchObject({ id: offerId, left: 18 })
    })

    it("completes the cart into an order at the live price and converts the claim", async () => {
      const cartId = await newCart(api, shop.store, regionId, salesChannelId)
      const { claim: held } = await claim(cartId, 2)
      await attach(held.id, cartId)
      await checkoutReady(api, shop.store, cartId)
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(placed.type).toEqual("order")
      const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=id,item_total,*items`, shop.admin)
      expect(data.order.items).toEqual([expect.objectContaining({ unit_price: LIVE_PRICE, quantity: 2 })])
      expect(data.order.item_total).toEqual(2 * LIVE_PRICE)

      const converted = await waitFor(async () => {
        const row = await claimRow(held.id)
        return row.order_id ? row : null
      }, "order.placed to stamp the claim")
      expect(converted).toMatchObject({ status: "converted", order_id: placed.order.id })
      expect(await offerRow()).toEqual({ quantity: 20, claimed: 2 })

      const { data: stats } = await api.get(`/producer/streams/${shop.demoStreamId}/stats`, shop.producer)
      expect(stats.stats).toMatchObject({ orders: 1, gmv: 2 * LIVE_PRICE, claims: { total: 1, converted: 1 }, units: { sold: 2 } })
    })

    it("refuses a cart whose hold expired, then gives the units back and removes the line", async () => {
      expect(jobConfig.schedule).toEqual("* * * * *")
      const cartId = await newCart(api, shop.store, regionId, salesChannelId)
      const { claim: held } = await claim(cartId, 3)
      await attach(held.id, cartId)
      await checkoutReady(api, shop.store, cartId)
      await db().query("UPDATE live_claim SET expires_at = now() - interval '1 second' WHERE id = $1", [held.id])

      const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, shop.store))
      expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 400, message: expect.stringMatching(/expired/) })
      expect(await claimRow(held.id)).toMatchObject({ status: "held", order_id: null })
      expect(await offerRow()).toEqual({ quantity: 20, claimed: 3 })

      await expireLiveClaims(getContainer())
      expect(await claimRow(held.id)).toMatchObject({ status: "expired", line_item_id: null })
      expect(await offerRow()).toEqual({ quantity: 20, claimed: 0 })
      const { data } = await api.get(`/store/carts/${cartId}`, shop.store)
      expect(data.cart.items).toEqual([])
      const { rows } = await db().query(
        "SELECT payload FROM live_event WHERE stream_id = $1 AND type = 'offer:stock' ORDER BY seq DESC LIMIT 1",
        [shop.demoStreamId]
      )
      expect(rows[0].payload).toMatchObject({ offerId, left: 20 })
      const again = await failure(attach(held.id, cartId))
      expect({ status: again.status, message: again.data.message }).toEqual({ status: 400, message: "id: the claim is expired" })
    })

    it("refuses to complete a live line whose quantity was changed", async () => {
      const cartId = await newCart(api, shop.store, regionId, salesChannelId)
      const { claim: held } = await claim(cartId, 1)
      const { data } = await attach(held.id, cartId)
      await api.post(`/store/carts/${cartId}/line-items/${data.claim.line_item_id}`, { quantity: 3 }, shop.store)
      await checkoutReady(api, shop.store, cartId)
      const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, shop.store))
      expect({ status: refused.status, message: refused.data.message }).toEqual({ status: 400, message: expect.stringMatching(/claimed quantity 1/) })
      expect(await claimRow(held.id)).toMatchObject({ status: "held", order_id: null })
    })
  },
})
