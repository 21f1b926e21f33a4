import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireLiveClaims from "@ocop-live/live-selling/jobs/expire-live-claims"
import recordLiveDemand, { config as jobConfig } from "../../src/jobs/record-live-demand"
import { recordLiveDemandWorkflow } from "@ocop-live/ocop/workflows/demand/record-live-demand"
import { closeLiveContexts, liveContext } from "@ocop-live/live-selling/live/live-context"
import { checkoutReady, liveShop, newCart, onlineStore, runningOffer, waitFor, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

const LIVE_PRICE = 52000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: LiveShop
    let offerId: string
    let productId: string
    let regionId: string
    let salesChannelId: string

    const db = () => liveContext(getContainer()).db
    const liveEvents = async () =>
      (
        await db().query(
          `SELECT kind, ref, stream_id, product_id, quantity, value::int AS value, source
           FROM demand_event WHERE kind IN ('live_claim', 'live_peak_viewers') ORDER BY kind, quantity DESC`
        )
      ).rows

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
      ;({ regionId, salesChannelId } = await onlineStore(api, shop))
      ;({ offerId, productId } = await runningOffer(api, getContainer(), shop, { price: LIVE_PRICE, quantity: 10, perCustomerLimit: 3 }))
    })

    afterAll(async () => {
      await closeLiveContexts()
    })

    it("records settled claims and the ended stream's peak audience as demand, once", async () => {
      expect(jobConfig.schedule).toEqual("*/5 * * * *")
      const claims = liveContext(getContainer()).claims
      const sold = (await claims.claim({ offerId, customerKey: "guest_sold", quantity: 2, idempotencyKey: "demand-1", cartId: null })).claim
      const lapsed = (await claims.claim({ offerId, customerKey: "guest_lapsed", quantity: 1, idempotencyKey: "demand-2", cartId: null })).claim
      const held = (await claims.claim({ offerId, customerKey: "guest_held", quantity: 3, idempotencyKey: "demand-3", cartId: null })).claim

      // sold: into a cart and through checkout (cash on delivery)
      const cartId = await newCart(api, shop.store, regionId, salesChannelId)
      await api.post(`/store/live/claims/${sold.id}/cart`, { cart_id: cartId }, shop.store)
      await checkoutReady(api, shop.store, cartId)
      await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      await waitFor(async () => (await db().query("SELECT status FROM live_claim WHERE id = $1", [sold.id])).rows[0].status === "converted", "the claim to convert")
      // lapsed: its hold ran out
      await db().query("UPDATE live_claim SET expires_at = now() - interval '1 second' WHERE id = $1", [lapsed.id])
      await expireLiveClaims(getContainer())
      // the stream ends after a minute with 37 viewers at its peak
      await db().query(
        `INSERT INTO live_stream_stat (id, stream_id, bucket_start, viewers_peak, viewers_sum, samples, viewers_last, reactions)
         VALUES ('lsta_demand_test', $1, date_trunc('minute', now()), 37, 60, 2, 23, '{}')`,
        [shop.demoStreamId]
      )
      await api.post(`/producer/streams/${shop.demoStreamId}/end`, {}, shop.producer)

      await recordLiveDemand(getContainer())
      const stream = shop.demoStreamId
      expect(await liveEvents()).toEqual([
        { kind: "live_claim", ref: `live_claim:${sold.id}`, stream_id: stream, product_id: productId, quantity: 2, value: 2 * LIVE_PRICE, source: "server" },
        { kind: "live_claim", ref: `live_claim:${lapsed.id}`, stream_id: stream, product_id: productId, quantity: 1, value: 0, source: "server" },
        { kind: "live_peak_viewers", ref: `live_peak_viewers:${stream}`, stream_id: stream, product_id: null, quantity: 37, value: null, source: "server" },
      ])
      expect((await liveEvents()).some((e: any) => e.ref === `live_claim:${held.id}`)).toBe(false)

      // a rerun over the same window records nothing twice
      const before = await liveEvents()
      await recordLiveDemandWorkflow(getContainer()).run({ input: { since: new Date(Date.now() - 3600_000) } })
      expect(await liveEvents()).toEqual(before)
    })
  },
})
