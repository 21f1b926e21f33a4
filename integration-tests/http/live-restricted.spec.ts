import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Pool } from "pg"
import { createLiveGateway, type LiveGateway } from "@ocop-live/live-selling/live/gateway"
import { medusaHttp } from "@ocop-live/live-selling/live/gateway/medusa-http"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { ask, connect, type Client } from "../../plugins/live-selling/integration-tests/live/helpers/clients"
import { failure, liveShop, medusaJwtSecret, testPool, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

const quiet = { info() {}, warn() {}, error() {} }
const WINE = "ruou-men-la-cong-son"

/**
 * The live-selling plugin's generic flag `live_restricted` (product
 * metadata): the Lạng Sơn store sets it on alcohol of 15 % ABV or more (no
 * livestream promotion, issue #15). Such a product is neither pinned nor
 * offered, through REST or the gateway, and nothing changes.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let db: Pool
    let gateway: LiveGateway
    let own: { id: string; variants: { id: string; price: number }[] }
    let wine: { id: string; variantId: string }
    const sockets: Client[] = []
    const streamId = () => shop.demoStreamId
    const tokenOf = (h: LiveShop["admin"]) => h.headers.authorization.replace(/^Bearer /, "")
    const open = async (token: string) => {
      const s = await connect(`http://127.0.0.1:${gateway.port}`, { token })
      sockets.push(s)
      return s
    }
    const flag = (productId: string, value: boolean) =>
      api.post(`/admin/products/${productId}`, { metadata: { live_restricted: value } }, shop.admin)
    const state = async () => {
      const { data: stream } = await api.get(`/producer/streams/${streamId()}`, shop.producer)
      const { data: offers } = await api.get(`/producer/streams/${streamId()}/offers`, shop.producer)
      return { pinned: stream.stream.pinned_product_ids, offers: offers.offers.length }
    }
    const offerBody = (variantId: string) => ({
      variant_id: variantId, price: 50_000, quantity: 3, per_customer_limit: 1, starts_in_sec: 30, duration_sec: 60,
    })

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
      db = testPool(dbConfig.clientUrl)
      const { data: products } = await api.get("/producer/products", shop.producer)
      own = products.products[0]
      const { data: wines } = await api.get(`/admin/products?handle=${WINE}&fields=id,metadata,*variants`, shop.admin)
      wine = { id: wines.products[0].id, variantId: wines.products[0].variants[0].id }
      expect(wines.products[0].metadata.live_restricted).toBe(true)
      await api.post(`/producer/streams/${streamId()}/start`, {}, shop.producer)
      const medusa = medusaHttp({ backendUrl: String(api.defaults.baseURL), publishableKey: shop.publishableKey, timeoutMs: 60_000 })
      gateway = await createLiveGateway({ db, port: 0, host: "127.0.0.1", jwtSecret: medusaJwtSecret(getContainer()), logger: quiet, medusa })
    })

    afterAll(async () => {
      sockets.forEach((s) => s.close())
      await gateway?.close()
      await db?.end()
      await closeLiveContexts()
    })

    it("tells the producer which of its products are live_restricted", async () => {
      await flag(own.id, true)
      const { data } = await api.get("/producer/products", shop.producer)
      expect(data.products.map((p: any) => [p.id, p.live_restricted])).toEqual([[own.id, true]])
      const { data: variant } = await api.get(`/store/live/variants/${wine.variantId}`, shop.store)
      expect(variant.variant).toMatchObject({ product_id: wine.id, live_restricted: true })
    })

    it("refuses on REST to pin or offer a live_restricted product (400 naming the field), and changes nothing", async () => {
      await flag(own.id, true)
      const before = await state()
      const pin = await failure(api.post(`/producer/streams/${streamId()}/pin`, { product_ids: [own.id] }, shop.producer))
      expect([pin.status, pin.data.message]).toEqual([400, `product_ids: product ${own.id} may not be promoted in a livestream (live_restricted)`])
      const offer = await failure(api.post(`/producer/streams/${streamId()}/offers`, offerBody(own.variants[0].id), shop.producer))
      expect([offer.status, offer.data.message]).toEqual([400, `variant_id: product ${own.id} may not be promoted in a livestream (live_restricted)`])
      // the seeded rice wine (29 % ABV), by an admin, who may act on every stream
      const adminPin = await failure(api.post(`/admin/live/streams/${streamId()}/pin`, { product_ids: [wine.id] }, shop.admin))
      expect(adminPin.status).toEqual(400)
      expect(adminPin.data.message).toMatch(/live_restricted/)
      const adminOffer = await failure(api.post(`/admin/live/streams/${streamId()}/offers`, offerBody(wine.variantId), shop.admin))
      expect([adminOffer.status, /live_restricted/.test(adminOffer.data.message)]).toEqual([400, true])
      // nor pinned when a stream is created
      const { rows: [{ n: streams }] } = await db.query("SELECT count(*)::int AS n FROM live_stream")
      const created = await failure(api.post("/producer/streams", { title: "Na", pinned_product_ids: [own.id] }, shop.producer))
      expect([created.status, created.data.message]).toEqual([400, `pinned_product_ids: product ${own.id} may not be promoted in a livestream (live_restricted)`])
      expect((await db.query("SELECT count(*)::int AS n FROM live_stream")).rows[0].n).toEqual(streams)
      expect(await state()).toEqual(before)

      // the flag, and only it, is the reason
      await flag(own.id, false)
      const { data } = await api.post(`/producer/streams/${streamId()}/pin`, { product_ids: [own.id] }, shop.producer)
      expect(data).toEqual({ pinned_product_ids: [own.id] })
    })

    it("refuses on the gateway with ack { error: { code: bad_request } }, and changes nothing", async () => {
      await flag(own.id, true)
      const producer = await open(tokenOf(shop.producer))
      const admin = await open(tokenOf(shop.admin))
      const before = await state()
      const offer = (variantId: string) => ({ streamId: streamId(), variantId, price: 50_000, quantity: 3, perCustomerLimit: 1, startsInSec: 30, durationSec: 60 })

      expect((await ask(producer, "product:pin", { streamId: streamId(), productIds: [own.id] })).error).toEqual({
        code: "bad_request", message: `productIds: product ${own.id} may not be promoted in a livestream (live_restricted)`,
      })
      expect((await ask(producer, "offer:launch", offer(own.variants[0].id))).error).toEqual({
        code: "bad_request", message: `variantId: product ${own.id} may not be promoted in a livestream (live_restricted)`,
      })
      expect((await ask(admin, "product:pin", { streamId: streamId(), productIds: [wine.id] })).error).toMatchObject({ code: "bad_request" })
      expect((await ask(admin, "offer:launch", offer(wine.variantId))).error).toMatchObject({ code: "bad_request" })
      expect(await state()).toEqual(before)

      await flag(own.id, false)
      expect(await ask(producer, "product:pin", { streamId: streamId(), productIds: [own.id] })).toEqual({ productIds: [own.id] })
    })
  },
})
