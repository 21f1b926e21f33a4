import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminLogin, failureMessage as failure } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"
import { vatRateOn } from "../../src/lib/compliance"
import { syncVatRatesWorkflow } from "../../src/workflows/tax/sync-vat-rates"
import { vatSyncInput } from "../../src/config/vat"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }
const COD = "pp_system_default"
const ADDRESS = {
  first_name: "Lý",
  last_name: "Thị C",
  address_1: "18 Lê Lợi",
  city: "Hà Nội",
  country_code: "vn",
  phone: "0912000111",
}
const INVOICE = {
  company_name: "Công ty TNHH Nông sản Xứ Lạng",
  tax_code: "0101234567-001",
  address: "211 Trần Đăng Ninh, phường Đông Kinh, Lạng Sơn",
  email: "ketoan@xulang.vn",
}

/** Issue #15 "Trust": VAT per product and date, VAT e-invoice details, shelf life vs delivery. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let channelId: string
    let options: any[]
    const variants: Record<string, string> = {}

    const variantOf = async (handle: string) => {
      if (!variants[handle]) {
        const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store)
        variants[handle] = data.products[0].variants[0].id
      }
      return variants[handle]
    }
    const newCart = async (...handles: string[]) => {
      const { data } = await api.post(
        "/store/carts",
        { region_id: regionId, sales_channel_id: channelId, email: "buyer@example.vn", shipping_address: ADDRESS, billing_address: ADDRESS },
        store
      )
      for (const handle of handles) {
        await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: await variantOf(handle), quantity: 1 }, store)
      }
      return data.cart.id as string
    }
    const standard = () => options.find((o) => /Standard delivery/.test(o.name))
    const pickup = () => options.find((o) => /Kỳ Lừa/.test(o.name))
    const payCod = async (cartId: string) => {
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: COD }, store)
    }

    beforeAll(async () => {
      const { seed, storeHeaders } = await seedStore(getContainer())
      store = storeHeaders
      admin = await adminLogin(api, seed.admin!)
      const { data: regions } = await api.get("/store/regions", store)
      regionId = regions.regions.find((r: any) => r.name === "Vietnam").id
      const { data: channels } = await api.get("/admin/sales-channels?limit=20", admin)
      channelId = channels.sales_channels.find((c: any) => c.name === "Online store").id
      const probe = await newCart()
      ;({ data: { shipping_options: options } } = await api.get(`/store/shipping-options?cart_id=${probe}`, store))
    })

    describe("VAT per product", () => {
      const taxRates = async (cartId: string) => {
        const { data } = await api.get(
          `/store/carts/${cartId}?fields=id,*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines`,
          store
        )
        return {
          items: Object.fromEntries(data.cart.items.map((i: any) => [i.product_handle, i.tax_lines.map((t: any) => [t.code, t.rate])])),
          shipping: data.cart.shipping_methods.flatMap((m: any) => m.tax_lines.map((t: any) => [t.code, t.rate])),
        }
      }

      it("charges farm produce, processed food and spirits their own rates, not one flat 8 %", async () => {
        const now = new Date()
        const cartId = await newCart("na-chi-lang", "khau-nhuc-mai-sao", "ruou-men-la-cong-son")
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard().id }, store)
        expect(await taxRates(cartId)).toEqual({
          items: {
            "na-chi-lang": [["VAT_FARM", vatRateOn("farm_produce", now)]],
            "khau-nhuc-mai-sao": [["VAT", vatRateOn("standard", now)]],
            "ruou-men-la-cong-son": [["VAT_EXCISE", vatRateOn("excise_goods", now)]],
          },
          shipping: [["VAT", vatRateOn("standard", now)]],
        })
        expect(vatRateOn("farm_produce", now)).toEqual(5)
        expect(vatRateOn("excise_goods", now)).toEqual(10)
      })

      it("raises the standard rate to 10 % when the reduction ends on 1 January 2027, and only it", async () => {
        const container = getContainer()
        try {
          const { result } = await syncVatRatesWorkflow(container).run({ input: vatSyncInput(new Date("2027-01-01T00:00:00+07:00")) })
          expect(result.created).toEqual([])
          const cartId = await newCart("na-chi-lang", "khau-nhuc-mai-sao", "ruou-men-la-cong-son")
          expect((await taxRates(cartId)).items).toEqual({
            "na-chi-lang": [["VAT_FARM", 5]],
            "khau-nhuc-mai-sao": [["VAT", 10]],
            "ruou-men-la-cong-son": [["VAT_EXCISE", 10]],
          })
          // the same day again: nothing to do
          const again = await syncVatRatesWorkflow(container).run({ input: vatSyncInput(new Date("2027-01-02T00:00:00+07:00")) })
          expect([again.result.created, again.result.updated]).toEqual([[], []])
        } finally {
          await syncVatRatesWorkflow(container).run({ input: vatSyncInput(new Date()) })
        }
      })
    })

    describe("VAT e-invoice details", () => {
      it("refuses invalid details with 400 naming the field", async () => {
        const cartId = await newCart("na-chi-lang")
        const badCode = await failure(api.post(`/store/carts/${cartId}/vat-invoice`, { ...INVOICE, tax_code: "01012345" }, store))
        expect(badCode.status).toEqual(400)
        expect(badCode.message).toMatch(/tax_code/)
        const badEmail = await failure(api.post(`/store/carts/${cartId}/vat-invoice`, { ...INVOICE, email: "ketoan" }, store))
        expect([badEmail.status, /email/.test(badEmail.message)]).toEqual([400, true])
        const noName = await failure(api.post(`/store/carts/${cartId}/vat-invoice`, { ...INVOICE, company_name: undefined }, store))
        expect([noName.status, /company_name/.test(noName.message)]).toEqual([400, true])
      })

      it("keeps valid details on the cart and the order, for the buyer and the admin", async () => {
        const cartId = await newCart("na-chi-lang")
        const { data } = await api.post(`/store/carts/${cartId}/vat-invoice`, { ...INVOICE, tax_code: "0101 234 567-001" }, store)
        expect(data).toEqual({ cart_id: cartId, vat_invoice: INVOICE })
        const { data: saved } = await api.get(`/store/carts/${cartId}?fields=id,metadata`, store)
        expect(saved.cart.metadata.vat_invoice).toEqual(INVOICE)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard().id }, store)
        await payCod(cartId)
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(placed.type).toEqual("order")
        const query = getContainer().resolve("query")
        const { data: [stored] } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: placed.order.id } })
        expect(stored.metadata?.vat_invoice).toEqual(INVOICE)
        const { data: mine } = await api.get(`/store/orders/${placed.order.id}/vat-invoice`, store)
        expect(mine).toEqual({ vat_invoice: INVOICE })
        const { data: adminView } = await api.get(`/admin/orders/${placed.order.id}?fields=id,+metadata`, admin)
        expect(adminView.order.metadata.vat_invoice).toEqual(INVOICE)
      })

      it("checks details written to the cart's metadata some other way when the order is placed", async () => {
        const cartId = await newCart("na-chi-lang")
        await api.post(`/store/carts/${cartId}`, { metadata: { vat_invoice: { ...INVOICE, tax_code: "12-345" } } }, store)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard().id }, store)
        await payCod(cartId)
        const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(refused.status).toEqual(400)
        expect(refused.message).toMatch(/vat_invoice\.tax_code/)
        // "no invoice after all" clears it, and the order goes through
        await api.delete(`/store/carts/${cartId}/vat-invoice`, store)
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(placed.type).toEqual("order")
        const { data: none } = await api.get(`/store/orders/${placed.order.id}/vat-invoice`, store)
        expect(none).toEqual({ vat_invoice: null })
      })
    })

    describe("shelf life and delivery", () => {
      it("labels fresh products with their shelf life and storage", async () => {
        const { data } = await api.get(`/store/products?handle=ngong-hoa-cai&fields=id,metadata`, store)
        expect(data.products[0].metadata).toEqual(
          expect.objectContaining({ shelf_life_days: 2, storage: "chilled", shelf_life_estimated: true })
        )
      })

      it("offers and accepts no delivery slower than the cart's shortest shelf life", async () => {
        const cartId = await newCart("na-chi-lang", "ngong-hoa-cai")
        const { data } = await api.get(`/store/carts/${cartId}/delivery-options`, store)
        expect(data.shortest_shelf_life).toEqual(expect.objectContaining({ days: 2, title: "Ngồng hoa cải" }))
        expect(data.excluded_shipping_options).toEqual([{ id: standard().id, max_transit_days: 4 }])
        expect(data.allowed_shipping_option_ids).toContain(pickup().id)

        const refused = await failure(api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard().id }, store))
        expect(refused.status).toEqual(400)
        expect(refused.message).toMatch(/2-day shelf life of "Ngồng hoa cải"/)
        const { data: picked } = await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup().id }, store)
        expect(picked.cart.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([pickup().id])
      })

      it("still delivers a 5-day fruit nationally, but not once a 2-day product joins the cart", async () => {
        const cartId = await newCart("na-chi-lang")
        const { data } = await api.get(`/store/carts/${cartId}/delivery-options`, store)
        expect(data.excluded_shipping_options).toEqual([])
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard().id }, store)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf("vit-quay-hong-xiem"), quantity: 1 }, store)
        await payCod(cartId)
        const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(refused.status).toEqual(400)
        expect(refused.message).toMatch(/shelf life of "Vịt quay Hồng Xiêm"/)
      })
    })
  },
})
