import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOGUE } from "../../src/scripts/data/lang-son-catalogue"
import { seedLangSon } from "../../src/scripts/seed/index"
import { DEMO_STREAM_DESCRIPTION } from "../../src/scripts/seed/live"
import { seedStore } from "../helpers/seeded-store"

jest.setTimeout(300 * 1000)

/** The live demo's tables the seed writes (its stream, the demo seller's identity verification). */
const SEEDED_LIVE_TABLES = ["live_stream", "live_seller_verification"]

/** Row counts and last update of every table the seed writes. */
const SEEDED_TABLES = [
  "store", "store_currency", "region", "region_country", "tax_region", "tax_rate",
  "sales_channel", "stock_location", "stock_location_address", "fulfillment_set",
  "service_zone", "geo_zone", "shipping_option", "shipping_profile", "api_key",
  "product", "product_variant", "product_option", "product_option_value", "product_category",
  "price", "price_set", "inventory_item", "inventory_level", "user", "auth_identity",
  "provider_identity", "product_type", "tax_rate_rule", "store_locale", "translation",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ storeHeaders } = await seedStore(getContainer()))
    })

    async function snapshot() {
      const out: Record<string, unknown> = {}
      for (const table of [...SEEDED_TABLES, ...SEEDED_LIVE_TABLES]) {
        const [row] = await dbConnection.raw(
          `SELECT count(*)::int AS n, max(updated_at) AS at FROM "${table}"`
        ).then((r: { rows: unknown[] }) => r.rows)
        out[table] = row
      }
      return out
    }

    it("lists every seeded product through the publishable key, with VND prices", async () => {
      const { data: regions } = await api.get("/store/regions", storeHeaders)
      const vietnam = regions.regions.find((r: { name: string }) => r.name === "Vietnam")
      expect(vietnam.currency_code).toEqual("vnd")

      const { data } = await api.get(
        `/store/products?limit=200&region_id=${vietnam.id}&fields=handle,title,subtitle,*variants,*variants.calculated_price`,
        storeHeaders
      )
      expect(data.count).toEqual(CATALOGUE.length)
      expect(data.count).toBeGreaterThanOrEqual(40)
      const byHandle = new Map(data.products.map((p: any) => [p.handle, p]))
      for (const item of CATALOGUE) {
        const product: any = byHandle.get(item.handle)
        expect(product).toBeDefined()
        expect(product.title).toEqual(item.title)
        for (const v of item.variants) {
          const variant = product.variants.find((x: any) => x.sku === v.sku || x.title === v.title)
          expect(variant.calculated_price.currency_code).toEqual("vnd")
          expect(variant.calculated_price.calculated_amount).toEqual(v.price)
        }
      }
    })

    it("refuses the store API without a publishable key", async () => {
      const err = await api.get("/store/products").catch((e: any) => e)
      expect(err.response.status).toEqual(400)
    })

    it("has the three sales channels, the warehouse and four kiosks with their shipping options", async () => {
      const { rows: channels } = await dbConnection.raw("SELECT name FROM sales_channel ORDER BY name")
      expect(channels.map((c: any) => c.name)).toEqual(
        expect.arrayContaining(["Online store", "Tourism kiosks", "Livestream"])
      )
      const { rows: locations } = await dbConnection.raw("SELECT name FROM stock_location")
      expect(locations).toHaveLength(5)
      const { rows: options } = await dbConnection.raw("SELECT name FROM shipping_option WHERE deleted_at IS NULL")
      expect(options.map((o: any) => o.name)).toEqual(
        expect.arrayContaining([expect.stringMatching(/Standard delivery/), expect.stringMatching(/Kỳ Lừa/)])
      )
      expect(options).toHaveLength(5)
    })

    it("adds and changes nothing when run a second time", async () => {
      const before = await snapshot()
      const second = await seedLangSon(getContainer())
      expect(second.productsCreated).toEqual(0)
      expect(await snapshot()).toEqual(before)
    })
    it("corrects on the next seed what an earlier seed wrote wrong (issue 15: facts shown as facts)", async () => {
      // as an earlier seed wrote them: the kiosk in the wrong commune, the stream claiming an expired 4★
      await dbConnection.raw(
        `UPDATE stock_location_address SET address_1 = 'Chợ cửa khẩu Tân Thanh, xã Tân Thành'
         WHERE id = (SELECT address_id FROM stock_location WHERE name = 'Quầy OCOP Chợ cửa khẩu Tân Thanh')`
      )
      await dbConnection.raw(
        `UPDATE live_stream SET description = 'HTX Đồng Bành giới thiệu na dai Chi Lăng (OCOP 4 sao, chỉ dẫn địa lý Lạng Sơn) và mở các suất giá riêng trong phiên live.'`
      )
      await seedLangSon(getContainer())
      const { rows: [kiosk] } = await dbConnection.raw(
        `SELECT a.address_1 FROM stock_location l JOIN stock_location_address a ON a.id = l.address_id
         WHERE l.name = 'Quầy OCOP Chợ cửa khẩu Tân Thanh'`
      )
      expect(kiosk.address_1).toEqual("Chợ cửa khẩu Tân Thanh, xã Tân Thanh")
      const { rows: streams } = await dbConnection.raw("SELECT description FROM live_stream")
      expect(streams.map((s: any) => s.description)).toEqual([DEMO_STREAM_DESCRIPTION])
      expect(DEMO_STREAM_DESCRIPTION).not.toMatch(/sao|★/)
    })

    it("enables on the region a payment provider configured after the first seed", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const providersOfRegion = async () => {
        const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { name: "Vietnam" } })
        return { id: region.id as string, providers: (region as any).payment_providers.map((p: any) => p.id).sort() as string[] }
      }
      const seeded = await providersOfRegion()
      expect(seeded.providers).toEqual(expect.arrayContaining(["pp_system_default", "pp_vietqr_vietqr"]))
      // as if VietQR had been configured only after the first seed
      await updateRegionsWorkflow(getContainer()).run({
        input: { selector: { id: seeded.id }, update: { payment_providers: ["pp_system_default"] } },
      })
      expect((await providersOfRegion()).providers).toEqual(["pp_system_default"])
      await seedLangSon(getContainer())
      expect((await providersOfRegion()).providers).toEqual(seeded.providers)
    })
  },
})
