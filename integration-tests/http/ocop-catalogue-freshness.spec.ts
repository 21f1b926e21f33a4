import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { revokeCertificationWorkflow } from "@ocop-live/ocop/workflows/ocop/revoke-certification"
import { expireCertificationsWorkflow } from "@ocop-live/ocop/workflows/ocop/expire-certifications"
import { invalidateCatalogueAnswers } from "@ocop-live/ocop/lib/answer-cache"
import { OcopEvents } from "@ocop-live/ocop/modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "@ocop-live/ocop/workflows/ocop/refresh-ocop-catalogue"
import { Modules } from "@medusajs/framework/utils"
import { seedStore } from "../helpers/seeded-store"
import { adminLogin, failure, waitFor } from "../helpers/harness"

jest.setTimeout(300 * 1000)
// this suite tests the cached answers (integration-tests/setup.js turns the cache off for the others)
process.env.OCOP_ANSWER_CACHE = "on"

/**
 * The OCOP catalogue answers from its read model (`ocop_catalogue_entry`):
 * a price, a certificate or the stock changed through Medusa's and the OCOP
 * workflows shows in /store/ocop/products (the certificate at once, in the
 * same workflow; prices and stock through the subscribers), although the
 * answers are cached: every refresh invalidates them.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let storeHeaders: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      const seeded = await seedStore(getContainer())
      storeHeaders = seeded.storeHeaders
      admin = await adminLogin(api, seeded.seed.admin)
    })

    // a plain Error (an axios error does not cross Jest's worker boundary)
    const plain = async <T>(request: Promise<{ data: T }>) => {
      try {
        return (await request).data
      } catch (e: any) {
        throw new Error(`${e.response?.status ?? ""} ${JSON.stringify(e.response?.data ?? e.message)}`)
      }
    }
    const list = async (params: string): Promise<any> =>
      plain(api.get(`/store/ocop/products?limit=100&${params}`, storeHeaders))
    const handles = async (params: string) => (await list(params)).products.map((p: any) => p.handle)
    const rows = async (sql: string, bindings: unknown[] = []) => (await dbConnection.raw(sql, bindings)).rows

    it("reflects a new price in the price order", async () => {
      expect((await handles("order=price"))[0]).not.toEqual("na-chi-lang")
      const variants = await rows(
        "SELECT v.id FROM product_variant v JOIN product p ON p.id = v.product_id WHERE p.handle = 'na-chi-lang'"
      )
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { product_variants: variants.map((v: any) => ({ id: v.id, prices: [{ currency_code: "vnd", amount: 1000 }] })) },
      })
      await waitFor(async () => (await handles("order=price"))[0] === "na-chi-lang", "the new price in the catalogue")
      const [card] = (await list("order=price")).products
      expect(card.variants[0].calculated_price).toMatchObject({ calculated_amount: 1000 })
      expect((await handles("order=-price")).at(-1)).toEqual("na-chi-lang")
    })

    it("drops a revoked certificate's badge, filters, facets and programme figures at once", async () => {
      const before = await list("stars=4")
      const statsBefore: any = await plain(api.get("/store/ocop/stats", storeHeaders))
      expect(before.products.map((p: any) => p.handle)).toContain("ruou-men-la-cong-son")
      const [cert] = await rows(
        `SELECT c.id FROM ocop_certification c JOIN product p ON p.id = c.product_id
         WHERE p.handle = 'ruou-men-la-cong-son' AND c.status = 'active'`
      )
      await revokeCertificationWorkflow(getContainer()).run({ input: { id: cert.id, reason: "test: failed re-evaluation" } })
      const after = await list("stars=4")
      expect(after.products.map((p: any) => p.handle)).not.toContain("ruou-men-la-cong-son")
      expect(after.count).toEqual(before.count - 1)
      expect(after.facets.stars["4"]).toEqual(before.facets.stars["4"] - 1)
      expect(await handles("ocop_only=true")).not.toContain("ruou-men-la-cong-son")
      // the cached figures too
      const stats: any = await plain(api.get("/store/ocop/stats", storeHeaders))
      expect(stats.certified.total).toEqual(statsBefore.certified.total - 1)
      expect(stats.certified.by_stars["4"]).toEqual(statsBefore.certified.by_stars["4"] - 1)
      // still on sale, without a badge
      const card = (await list("q=ruou%20men%20la%20cong%20son")).products.find((p: any) => p.handle === "ruou-men-la-cong-son")
      expect(card.ocop).toMatchObject({ status: "revoked", badge: false })
    })

    it("counts an expired certificate in the programme figures through the read model", async () => {
      await invalidateCatalogueAnswers(getContainer())
      const before: any = await plain(api.get("/store/ocop/stats", storeHeaders))
      // the next certificates to lapse, stored as expired by the daily job run the day after
      const today = "date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
      const active = `FROM ocop_certification WHERE deleted_at IS NULL AND status = 'active' AND valid_until >= ${today}`
      const [{ first }] = await rows(`SELECT min(valid_until) AS first ${active}`)
      const dayAfter = new Date(new Date(first).getTime() + 24 * 3600 * 1000)
      const lapsing = await rows(`SELECT product_id ${active} AND valid_until < ?::timestamptz`, [
        `${dayAfter.toISOString().slice(0, 10)}T00:00:00Z`,
      ])
      expect(lapsing.length).toBeGreaterThan(0)
      await expireCertificationsWorkflow(getContainer()).run({ input: { now: dayAfter } })
      const entries = await rows(
        "SELECT cert_status, has_expired_certificate FROM ocop_catalogue_entry WHERE product_id = ANY(?::text[])",
        [`{${lapsing.map((c: any) => c.product_id).join(",")}}`]
      )
      expect(entries).toEqual(lapsing.map(() => ({ cert_status: "expired", has_expired_certificate: true })))
      // cached figures dropped by the refresh; the real date has not passed, the stored status has
      const stats: any = await plain(api.get("/store/ocop/stats", storeHeaders))
      expect(stats.certified.total).toEqual(before.certified.total - lapsing.length)
      expect(stats.expired_not_renewed).toEqual(before.expired_not_renewed + lapsing.length)
    })

    it("follows the stock: in_stock=true drops a product sold out, in_stock=false lists it", async () => {
      expect(await handles("in_stock=true")).toContain("banh-gai-lang-lay")
      expect(await handles("in_stock=false")).not.toContain("banh-gai-lang-lay")
      const levels = await rows(
        `SELECT l.inventory_item_id, l.location_id FROM inventory_level l
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = l.inventory_item_id AND pvi.deleted_at IS NULL
         JOIN product_variant v ON v.id = pvi.variant_id JOIN product p ON p.id = v.product_id
         WHERE p.handle = 'banh-gai-lang-lay' AND l.deleted_at IS NULL`
      )
      expect(levels.length).toBeGreaterThan(0)
      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: { updates: levels.map((l: any) => ({ ...l, stocked_quantity: 0 })) },
      })
      await waitFor(async () => !(await handles("in_stock=true")).includes("banh-gai-lang-lay"), "the sold-out product")
      expect(await handles("in_stock=false")).toContain("banh-gai-lang-lay")
    })

    it("a stock change that leaves a product in stock drops no cached answer and announces nothing; selling out does", async () => {
      const container = getContainer()
      const announced: string[][] = []
      container.resolve(Modules.EVENT_BUS).subscribe(OcopEvents.CATALOGUE_REFRESHED, async (event: any) => {
        announced.push(event.data.product_ids)
      })
      const levels = await rows(
        `SELECT p.id AS product_id, l.inventory_item_id, l.location_id, l.stocked_quantity FROM inventory_level l
         JOIN product_variant_inventory_item pvi ON pvi.inventory_item_id = l.inventory_item_id AND pvi.deleted_at IS NULL
         JOIN product_variant v ON v.id = pvi.variant_id JOIN product p ON p.id = v.product_id
         WHERE p.handle = 'na-chi-lang' AND l.deleted_at IS NULL`
      )
      expect(levels.length).toBeGreaterThan(0)
      expect(Math.min(...levels.map((l: any) => Number(l.stocked_quantity)))).toBeGreaterThan(2)
      const productId = levels[0].product_id
      const stamp = async () => (await rows("SELECT source_at FROM ocop_catalogue_entry WHERE product_id = ?", [productId]))[0].source_at.getTime()
      const setStock = (quantity: (stocked: number) => number) =>
        updateInventoryLevelsWorkflow(container).run({
          input: {
            updates: levels.map((l: any) => ({
              inventory_item_id: l.inventory_item_id,
              location_id: l.location_id,
              stocked_quantity: quantity(Number(l.stocked_quantity)),
            })),
          },
        })
      const mentions = () => announced.filter((ids) => ids.includes(productId)).length

      // run directly: nothing changed, nothing announced
      const { result } = await refreshOcopCatalogueWorkflow(container).run({ input: { product_ids: [productId], only_if_changed: true } })
      expect(result).toEqual({ written: 1, removed: 0, changed: 0 })
      // one unit fewer: the stock subscriber's refresh rewrites the row (a new stamp), and no answer changes
      const first = await stamp()
      await setStock((n) => n - 1)
      await waitFor(async () => (await stamp()) > first, "the stock refresh of the row")
      // sold out: that refresh announces the product (and the catalogue lists it as sold out)
      await setStock(() => 0)
      await waitFor(async () => mentions() > 0, "the sold-out product announced")
      expect(mentions()).toEqual(1)
      expect(await handles("in_stock=false")).toContain("na-chi-lang")
    })

    it("rebuilds on POST /admin/ocop/catalogue/rebuild (admin only, 400 on a bad body)", async () => {
      const all = await list("")
      // the read model's two tables: the entry rows and the listing rows the catalogue statement scans
      await dbConnection.raw("DELETE FROM ocop_catalogue_listing; DELETE FROM ocop_catalogue_entry")
      // answers are cached (Caching Module) until a refresh of the read model says it changed:
      // rows removed behind the app's back are not seen until the cache is told
      expect((await list("")).count).toEqual(all.count)
      await invalidateCatalogueAnswers(getContainer())
      expect((await list("")).count).toEqual(0)
      // the programme figures are read from the same rows
      const emptyStats: any = await plain(api.get("/store/ocop/stats", storeHeaders))
      expect([emptyStats.certified.total, emptyStats.ip_protected, emptyStats.producers]).toEqual([0, 0, 0])
      expect((await failure(api.post("/admin/ocop/catalogue/rebuild", {}))).status).toEqual(401)
      const bad = await failure(api.post("/admin/ocop/catalogue/rebuild", { product_ids: "x" }, admin))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/product_ids/)])
      const data: any = await plain(api.post("/admin/ocop/catalogue/rebuild", {}, admin))
      expect(data.catalogue.written).toBeGreaterThanOrEqual(all.count)
      const rebuilt = await list("")
      expect(rebuilt.count).toEqual(all.count)
      expect(rebuilt.facets).toEqual(all.facets)
    })
  },
})
