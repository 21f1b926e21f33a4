import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Pool } from "pg"
import { createLiveGateway } from "@ocop-live/live-selling/live/gateway"
import { medusaHttp } from "@ocop-live/live-selling/live/gateway/medusa-http"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { ask, connect, recordSeq, waitFor as waitForEvent } from "../../plugins/live-selling/integration-tests/live/helpers/clients"
import { bearer, failure, liveShop, producerLogin, testPool, medusaJwtSecret, type Headers, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

const STREAM_KEYS = [
  "description", "ended_at", "id", "pinned_product_ids", "producer", "scheduled_at", "seller", "started_at",
  "status", "title", "title_en", "video", "viewer_count",
].sort()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let other: Headers
    let db: Pool

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
      const { data } = await api.get("/admin/ocop/producers", { ...shop.admin, params: { q: "Công Sơn", limit: 5 } })
      const congSon = data.producers.find((p: any) => p.handle === "htx-cong-son")
      await api.post(
        "/admin/live/producer-accounts",
        { producer_id: congSon.id, email: "congson@ocop-langson.local", password: "cong-son-ruou-2026" },
        shop.admin
      )
      other = await producerLogin(api, "congson@ocop-langson.local", "cong-son-ruou-2026")
      db = testPool(dbConfig.clientUrl)
    })

    afterAll(async () => {
      await db?.end()
      await closeLiveContexts()
    })

    it("logs a producer in and answers /producer/me, /producer/products and its streams", async () => {
      const { data: me } = await api.get("/producer/me", shop.producer)
      expect(me.producer).toMatchObject({ handle: "htx-dong-banh", name: expect.stringContaining("Đồng Bành") })
      expect(me.login).toEqual({ email: "producer@ocop-langson.local" })

      const { data: products } = await api.get("/producer/products", shop.producer)
      expect(products.products.map((p: any) => p.handle)).toEqual(["na-chi-lang"])
      expect(products.products[0].variants.map((v: any) => v.price).sort()).toEqual([195000, 65000, 75000].sort())

      const { data: streams } = await api.get("/producer/streams", shop.producer)
      expect(streams.streams).toHaveLength(1)
      expect(streams.streams[0]).toMatchObject({
        status: "scheduled",
        pinned_product_ids: [products.products[0].id],
        producer: { id: me.producer.id, name: me.producer.name },
      })
    })

    it("refuses /producer/* without a producer token (401)", async () => {
      expect((await failure(api.get("/producer/me"))).status).toEqual(401)
      expect((await failure(api.get("/producer/streams", shop.admin))).status).toEqual(401)
      expect((await failure(api.post("/auth/producer/emailpass", { email: "producer@ocop-langson.local", password: "wrong-password" }))).status).toEqual(401)
    })

    it("refuses another producer's stream (403) and lets an admin control it", async () => {
      const id = shop.demoStreamId
      for (const request of [
        () => api.get(`/producer/streams/${id}`, other),
        () => api.post(`/producer/streams/${id}/start`, {}, other),
        () => api.post(`/producer/streams/${id}`, { title: "Chiếm quyền" }, other),
        () => api.post(`/producer/streams/${id}/slow-mode`, { seconds: 5 }, other),
        () => api.get(`/producer/streams/${id}/stats`, other),
      ]) {
        const res = await failure(request())
        expect({ status: res.status, type: res.data.type }).toEqual({ status: 403, type: "forbidden" })
      }
      const { data } = await api.get(`/producer/streams/${id}`, shop.producer)
      expect(data.stream).toMatchObject({ status: "scheduled", title: expect.stringContaining("Na Chi Lăng") })

      const { data: started } = await api.post(`/admin/live/streams/${id}/start`, {}, shop.admin)
      expect(started.stream.status).toEqual("live")
      const { data: all } = await api.get("/admin/live/streams?status=live", shop.admin)
      expect(all.streams.map((s: any) => s.id)).toEqual([id])
    })

    it("lists streams for the store in the contract's shape", async () => {
      const { data } = await api.get("/store/live/streams?status=scheduled", shop.store)
      expect(data.streams).toHaveLength(1)
      const [stream] = data.streams
      expect(Object.keys(stream).sort()).toEqual(STREAM_KEYS)
      expect(stream).toMatchObject({
        id: shop.demoStreamId,
        status: "scheduled",
        started_at: null,
        producer: { id: expect.stringMatching(/^ocpr_/), name: expect.stringContaining("Đồng Bành") },
        video: { kind: "hls", url: expect.stringMatching(/\.m3u8$/) },
        viewer_count: 0,
      })
      expect(new Date(stream.scheduled_at).getTime()).toBeGreaterThan(Date.now())
      expect((await api.get("/store/live/streams?status=live", shop.store)).data.streams).toEqual([])
      const bad = await failure(api.get("/store/live/streams?status=paused", shop.store))
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/status/)
    })

    it("delivers a stream started and an offer launched through REST to a viewer on the gateway", async () => {
      // the gateway asks this Medusa (keys, variants) over HTTP, as under npm start
      const medusa = medusaHttp({ backendUrl: String(api.defaults.baseURL), publishableKey: shop.publishableKey, timeoutMs: 60_000 })
      const gateway = await createLiveGateway({
        db, port: 0, jwtSecret: medusaJwtSecret(getContainer()), medusa, logger: { info() {}, warn() {}, error() {} },
      })
      const viewer = await connect(`http://127.0.0.1:${gateway.port}`, { publishableKey: shop.publishableKey })
      try {
        const events = recordSeq(viewer)
        const joined = await ask(viewer, "join", { streamId: shop.demoStreamId })
        expect(joined.stream.status).toEqual("scheduled")

        const live = waitForEvent(viewer, "stream:status", (e) => e.status === "live")
        await api.post(`/producer/streams/${shop.demoStreamId}/start`, {}, shop.producer)
        expect(await live).toMatchObject({ streamId: shop.demoStreamId, seq: expect.any(Number) })
        // numbered from the join on without a gap (the viewer count may come before the status)
        const seqs = events.map((e) => e.data.seq)
        expect(seqs).toEqual(seqs.map((_, i) => joined.seq + 1 + i))
        expect(events.map((e) => e.event)).toContain("stream:status")

        const { data: products } = await api.get("/producer/products", shop.producer)
        const variant = products.products[0].variants.find((v: any) => v.price === 65000)
        const scheduled = waitForEvent(viewer, "offer:scheduled")
        const { data } = await api.post(
          `/producer/streams/${shop.demoStreamId}/offers`,
          { variant_id: variant.id, price: 49000, quantity: 20, per_customer_limit: 2, starts_in_sec: 10, duration_sec: 120 },
          shop.producer
        )
        expect(data.offer).toMatchObject({ price: 49000, original_price: 65000, quantity: 20, left: 20, status: "scheduled" })
        expect((await scheduled).offer).toMatchObject({ id: data.offer.id, price: 49000, left: 20, perCustomerLimit: 2 })

        const { data: detail } = await api.get(`/store/live/streams/${shop.demoStreamId}`, shop.store)
        expect(detail.stream.status).toEqual("live")
        expect(detail.stream.offers).toEqual([expect.objectContaining({ id: data.offer.id, left: 20, price: 49000 })])
      } finally {
        viewer.close()
        await gateway.close()
      }
    })

    it("refuses bad input with 400 naming the field and writes nothing", async () => {
      const before = (await db.query("SELECT count(*)::int AS n FROM live_stream")).rows[0].n
      const cases: [string, object, RegExp][] = [
        ["/producer/streams", { title: "" }, /title/],
        ["/producer/streams", { title: "Hồng Bảo Lâm", video: { kind: "youtube", url: "https://vimeo.com/1" } }, /url/],
        ["/producer/streams", { title: "Hồng", scheduled_at: "2020-01-01T00:00:00Z" }, /scheduled_at/],
        ["/producer/streams", { title: "Hồng", pinned_product_ids: ["a", "b", "c", "d"] }, /pinned_product_ids/],
        [`/producer/streams/${shop.demoStreamId}/offers`, { variant_id: "variant_x", price: -1, quantity: 5 }, /price/],
        [`/producer/streams/${shop.demoStreamId}/offers`, { variant_id: "variant_x", price: 1000, quantity: 5, starts_in_sec: 3 }, /starts_in_sec/],
        [`/producer/streams/${shop.demoStreamId}/pin`, { product_ids: ["p1", "p1"] }, /product_ids/],
      ]
      for (const [url, body, field] of cases) {
        const res = await failure(api.post(url, body, shop.producer))
        expect({ url, status: res.status, message: res.data.message }).toEqual({ url, status: 400, message: expect.stringMatching(field) })
      }
      expect((await db.query("SELECT count(*)::int AS n FROM live_stream")).rows[0].n).toEqual(before)
      expect((await db.query("SELECT count(*)::int AS n FROM live_offer")).rows[0].n).toEqual(0)
    })

    it("refuses an offer of more units than the variant has in inventory (400 naming quantity), counting open offers", async () => {
      await api.post(`/producer/streams/${shop.demoStreamId}/start`, {}, shop.producer)
      const { data: products } = await api.get("/producer/products", shop.producer)
      const variant = products.products[0].variants.find((v: any) => v.price === 65000)
      const { data: seen } = await api.get(`/store/live/variants/${variant.id}`, shop.store)
      expect(seen.variant.available_quantity).toEqual(300)
      const launch = (quantity: number) => api.post(
        `/producer/streams/${shop.demoStreamId}/offers`,
        { variant_id: variant.id, price: 49000, quantity, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 120 },
        shop.producer
      )
      const over = await failure(launch(301))
      expect({ status: over.status, message: over.data.message }).toEqual({ status: 400, message: "quantity: only 300 in inventory" })
      expect((await launch(300)).data.offer.quantity).toEqual(300)
      const more = await failure(launch(1))
      expect(more.data.message).toEqual("quantity: only 0 in inventory (300 promised by open offers)")
      expect((await db.query("SELECT quantity FROM live_offer")).rows).toEqual([{ quantity: 300 }])
    })

    it("keeps a producer to its own products and schedules its own streams", async () => {
      const { data: catalogue } = await api.get("/admin/products?handle=quyt-vang-bac-son&fields=id", shop.admin)
      const foreign = catalogue.products[0].id
      const pin = await failure(api.post(`/producer/streams/${shop.demoStreamId}/pin`, { product_ids: [foreign] }, shop.producer))
      expect(pin.status).toEqual(403)
      const create = await failure(api.post("/producer/streams", { title: "Quýt", pinned_product_ids: [foreign] }, shop.producer))
      expect(create.status).toEqual(403)

      const { data } = await api.post(
        "/producer/streams",
        { title: "Rượu men lá", scheduled_at: new Date(Date.now() + 3600_000).toISOString() },
        other
      )
      expect(data.stream).toMatchObject({ status: "scheduled", title: "Rượu men lá", producer: { name: expect.stringContaining("Công Sơn") } })
      const { data: mine } = await api.get("/producer/streams", other)
      expect(mine.streams.map((s: any) => s.id)).toEqual([data.stream.id])
      expect((await api.get(`/producer/streams/${data.stream.id}/stats`, other)).data.stats).toMatchObject({
        claims: { total: 0 },
        gmv: 0,
      })
    })
  },
})
