import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import http from "http"
import type { AddressInfo } from "net"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { cartWithSession, completeCart, prepareShop, type Shop } from "./payments-checkout"

jest.setTimeout(300 * 1000)

/**
 * The backend tells the storefront which cache tags to drop
 * (src/subscribers/revalidate-storefront-*.ts): a fake storefront records the
 * POSTs to STOREFRONT_REVALIDATE_URL.
 */
type Received = { secret: string | undefined; tags: string[] }
const SECRET = "test-revalidate-secret-0123456789abcdef"
const HONEY = "mat-ong-hoa-ngu-gia-bi-quang-lac"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let server: http.Server
    let status = 200
    const received: Received[] = []

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
      server = http.createServer((req, res) => {
        let body = ""
        req.on("data", (d) => (body += d))
        req.on("end", () => {
          received.push({ secret: req.headers["x-revalidate-secret"] as string | undefined, tags: JSON.parse(body).tags })
          res.writeHead(status, { "content-type": "application/json" }).end("{}")
        })
      })
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
      // read by the subscribers at each event (set after the seed, whose events are not under test)
      process.env.STOREFRONT_REVALIDATE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`
      process.env.STOREFRONT_REVALIDATE_SECRET = SECRET
    })

    afterAll(async () => {
      delete process.env.STOREFRONT_REVALIDATE_URL
      delete process.env.STOREFRONT_REVALIDATE_SECRET
      await new Promise((r) => server?.close(r))
      await closeLiveContexts()
    })

    beforeEach(() => {
      received.length = 0
      status = 200
    })

    async function told(tag: string): Promise<Received> {
      // a generous wait (a loaded machine): the bound that matters, 5 s to the page, is the browser test's
      for (let i = 0; i < 300; i++) {
        const hit = received.find((r) => r.tags.includes(tag))
        if (hit) return hit
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`the storefront was not told to drop ${tag}; it was told ${JSON.stringify(received)}`)
    }

    it("a product's title: its page and the catalogue lists, with the shared secret", async () => {
      await api.post(`/admin/products/${shop.productId}`, { title: "Mật ong hoa ngũ gia bì (revalidation test)" }, shop.admin)
      const hit = await told(`product:${HONEY}`)
      expect(hit.secret).toEqual(SECRET)
      expect(hit.tags).toEqual(["catalogue", `product:${HONEY}`])
    })

    it("a product's Chinese title edited (a translation): its page and the catalogue lists (issue 16)", async () => {
      const { data } = await api.get(
        `/admin/translations?reference_id=${shop.productId}&locale_code=zh-CN&reference=product`,
        shop.admin
      )
      const [translation] = data.translations
      await api.post(
        "/admin/translations/batch",
        { update: [{ id: translation.id, translations: { ...translation.translations, title: "广乐鸭脚木蜂蜜（修改）" } }] },
        shop.admin
      )
      expect((await told(`product:${HONEY}`)).tags).toEqual(["catalogue", `product:${HONEY}`])
    })

    it("a variant's price: the product's page", async () => {
      await api.post(
        `/admin/products/${shop.productId}/variants/${shop.variantId}`,
        { prices: [{ currency_code: "vnd", amount: 432_000 }] },
        shop.admin
      )
      expect((await told(`product:${HONEY}`)).tags).toContain("catalogue")
    })

    it("a variant's price, once the OCOP catalogue's rows hold it: the catalogue lists again (ocop.catalogue.refreshed)", async () => {
      // the late POSTs of earlier changes first
      for (let quiet = 0, i = 0; quiet < 10 && i < 100; i++) {
        const before = received.length
        await new Promise((r) => setTimeout(r, 100))
        quiet = received.length === before ? quiet + 1 : 0
      }
      received.length = 0
      await api.post(
        `/admin/products/${shop.productId}/variants/${shop.variantId}`,
        { prices: [{ currency_code: "vnd", amount: 433_000 }] },
        shop.admin
      )
      // one at the change itself (the product's page), one after the catalogue's read model was rewritten
      for (let i = 0; i < 300 && received.filter((r) => r.tags.includes(`product:${HONEY}`)).length < 2; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      const told = received.filter((r) => r.tags.includes(`product:${HONEY}`))
      expect(told.map((r) => r.tags)).toEqual([
        ["catalogue", `product:${HONEY}`],
        ["catalogue", `product:${HONEY}`],
      ])
    })

    it("an order placed (stock left): the pages of its products", async () => {
      const { cartId } = await cartWithSession(api, shop, "pp_system_default")
      const placed = await completeCart(api, shop, cartId)
      expect(placed.type).toEqual("order")
      await told(`product:${HONEY}`)
    })

    it("a live stream created, renamed and ended through Medusa: the stream lists and its page", async () => {
      const { data: producers } = await api.get("/admin/ocop/producers?limit=1", shop.admin)
      const { data: created } = await api.post(
        "/admin/live/streams",
        { producer_id: producers.producers[0].id, title: "Phiên thử bộ nhớ đệm" },
        shop.admin
      )
      const id = created.stream.id
      expect((await told(`stream:${id}`)).tags).toEqual(["streams", `stream:${id}`])
      received.length = 0
      await api.post(`/admin/live/streams/${id}`, { title: "Phiên thử bộ nhớ đệm (đổi tên)" }, shop.admin)
      await told(`stream:${id}`)
      received.length = 0
      const { data: ended } = await api.post(`/admin/live/streams/${id}/end`, {}, shop.admin)
      expect(ended.stream.status).toEqual("ended")
      await told(`stream:${id}`)
    })

    it("a stall renamed, its address or a pickup option changed (Medusa admin): the kiosks' pickup points", async () => {
      const { data } = await api.get("/admin/stock-locations?fields=id,name,address.*&limit=1", shop.admin)
      const [location] = data.stock_locations
      await api.post(`/admin/stock-locations/${location.id}`, { name: `${location.name} (đổi tên)` }, shop.admin)
      expect((await told("kiosk-points")).tags).toEqual(["kiosk-points"])
      received.length = 0
      await api.post(
        `/admin/stock-locations/${location.id}`,
        { address: { address_1: "Chợ Đông Kinh, gian 12", city: "Lạng Sơn", country_code: "vn" } },
        shop.admin
      )
      await told("kiosk-points")
      received.length = 0
      const { data: options } = await api.get("/admin/shipping-options?limit=1", shop.admin)
      const [option] = options.shipping_options
      await api.post(`/admin/shipping-options/${option.id}`, { name: `${option.name} (đổi tên)` }, shop.admin)
      await told("kiosk-points")
    })

    it("a storefront that refuses does not fail the change", async () => {
      status = 401
      const { status: code } = await api.post(`/admin/products/${shop.productId}`, { subtitle: "refused revalidation" }, shop.admin)
      expect(code).toEqual(200)
      await told(`product:${HONEY}`)
    })
  },
})
