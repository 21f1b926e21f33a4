import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addWeeks, depositAmount, isoWeekOf, nextHarvestWeek, weekMonth } from "@ocop-live/ocop/modules/demand/lib"
import { createProducerAccountWorkflow } from "@ocop-live/live-selling/workflows/live/create-producer-account"
import { CATALOGUE } from "../../src/scripts/data/lang-son-catalogue"
import { cartWithSession, completeCart, failure, prepareShop, Shop } from "./payments-checkout"
import { producerLogin, signUpCustomer } from "../helpers/harness"

jest.setTimeout(300 * 1000)

const COD = "pp_system_default"
const persimmon = CATALOGUE.find((p) => p.handle === "hong-khong-hat-bao-lam")!
const persimmonSeason = { ...persimmon.season!, off_season_months: [], perishable: true }
const nextWeek = addWeeks(isoWeekOf(new Date()), 1)
/** The persimmon's next harvest week, as the workflow computes its default. */
const harvestWeek = nextHarvestWeek(persimmonSeason, nextWeek)!

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    const variants: Record<string, string> = {}
    const products: Record<string, string> = {}
    const producers: Record<string, string> = {}
    /** VND price by SKU (the shop helper re-prices one variant) */
    const prices: Record<string, number> = {}

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
      const { data } = await api.get(
        "/admin/products?limit=200&fields=id,handle,variants.id,variants.sku,variants.prices.amount,variants.prices.currency_code",
        shop.admin
      )
      for (const p of data.products) {
        products[p.handle] = p.id
        for (const v of p.variants) {
          variants[v.sku] = v.id
          prices[v.sku] = Math.min(...v.prices.filter((x: any) => x.currency_code === "vnd").map((x: any) => x.amount))
        }
      }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: rows } = await query.graph({
        entity: "ocop_producer",
        fields: ["id", "handle"],
        filters: { handle: ["nha-vuon-hong-bao-lam", "htx-dong-banh"] },
      })
      for (const r of rows as any[]) producers[r.handle] = r.id
    })

    const adminPreOrder = async (body: Record<string, unknown>) =>
      (await api.post("/admin/demand/pre-orders", { payment_mode: "cod", quantity: 1, ...body }, shop.admin)).data.pre_order

    it("takes a pre-order from a cart for the next harvest, with a 30% deposit", async () => {
      const { cartId } = await cartWithSession(api, shop, COD)
      const { data, status } = await api.post(
        "/store/demand/pre-orders",
        { variant_id: variants["LS-HONGBL-1KG"], quantity: 3, payment_mode: "deposit", cart_id: cartId },
        shop.store
      )
      expect(status).toEqual(201)
      expect(data.pre_order).toEqual(
        expect.objectContaining({
          product_id: products["hong-khong-hat-bao-lam"],
          status: "reserved",
          expected_week: harvestWeek,
          unit_price: prices["LS-HONGBL-1KG"],
          deposit_amount: depositAmount(prices["LS-HONGBL-1KG"], 3),
          cart_id: cartId,
          order_id: null,
          channel: "store",
        })
      )
      expect(depositAmount(60000, 3)).toEqual(54000) // 30% of 180,000 VND
      const { data: mine } = await api.get(`/store/demand/pre-orders?cart_id=${cartId}`, shop.store)
      expect(mine.pre_orders.map((p: any) => p.id)).toEqual([data.pre_order.id])
    })

    /** A registered customer's bearer headers (with the publishable key). */
    const signUp = async (email: string) => (await signUpCustomer(api, shop.store, { email, password: "mat-khau-2026" })).headers
    const countPreOrders = async () => (await dbConnection.raw(`SELECT count(*)::int AS n FROM pre_order`)).rows[0].n as number
    const body = (extra: Record<string, unknown> = {}) => ({ variant_id: variants["LS-HONGBL-1KG"], quantity: 1, payment_mode: "cod", ...extra })

    it("takes a pre-order only from a signed-in customer or a cart the caller holds", async () => {
      const before = await countPreOrders()
      const anonymous = await failure(api.post("/store/demand/pre-orders", body(), shop.store))
      expect(anonymous.status).toEqual(401)
      expect(anonymous.data).toEqual({ type: "unauthorized", message: "Sign in or give cart_id" })
      const unknown = await failure(api.post("/store/demand/pre-orders", body({ cart_id: "cart_nope" }), shop.store))
      expect(unknown.status).toEqual(404)
      expect(unknown.data.message).toEqual("cart_id: no such cart")

      // a registered customer's cart: theirs only
      const anna = await signUp("anna@example.vn")
      const bao = await signUp("bao@example.vn")
      const { data: annas } = await api.post("/store/carts", { region_id: shop.regionId }, anna)
      expect(annas.cart.customer_id).toBeTruthy()
      for (const caller of [shop.store, bao]) {
        const theirs = await failure(api.post("/store/demand/pre-orders", body({ cart_id: annas.cart.id }), caller))
        expect(theirs.status).toEqual(403)
        expect(theirs.data).toEqual({ type: "forbidden", message: "cart_id: the cart belongs to another customer" })
        const list = await failure(api.get(`/store/demand/pre-orders?cart_id=${annas.cart.id}`, caller))
        expect(list.status).toEqual(403)
        expect(list.data.message).toMatch(/^cart_id: /)
      }
      expect(await countPreOrders()).toEqual(before)
      const { data: own } = await api.post("/store/demand/pre-orders", body({ cart_id: annas.cart.id }), anna)
      expect(own.pre_order).toEqual(expect.objectContaining({ cart_id: annas.cart.id, customer_id: annas.cart.customer_id }))
      const { data: listed } = await api.get(`/store/demand/pre-orders?cart_id=${annas.cart.id}`, anna)
      expect(listed.pre_orders.map((p: any) => p.id)).toEqual([own.pre_order.id])
      // signed in, no cart: their own pre-orders
      const { data: mine } = await api.get("/store/demand/pre-orders", anna)
      expect(mine.pre_orders.map((p: any) => p.id)).toEqual([own.pre_order.id])
      expect((await api.get("/store/demand/pre-orders", bao)).data.pre_orders).toEqual([])
      expect((await failure(api.get("/store/demand/pre-orders", shop.store))).status).toEqual(401)
      expect((await failure(api.get("/store/demand/pre-orders?cart_id=cart_nope", shop.store))).status).toEqual(404)
    })

    it("takes no pre-order on a completed cart, and still lists that cart's pre-orders", async () => {
      const { cartId } = await cartWithSession(api, shop, COD)
      const { data: created } = await api.post("/store/demand/pre-orders", body({ cart_id: cartId }), shop.store)
      await completeCart(api, shop, cartId)
      const late = await failure(api.post("/store/demand/pre-orders", body({ cart_id: cartId }), shop.store))
      expect(late.status).toEqual(409)
      expect(late.data).toEqual({ type: "conflict", message: "cart_id: the cart is already completed" })
      const { data } = await api.get(`/store/demand/pre-orders?cart_id=${cartId}`, shop.store)
      expect(data.pre_orders.map((p: any) => p.id)).toEqual([created.pre_order.id])
    })

    it("gives producers their pre-orders without the buyers' carts, customers or notes", async () => {
      const { cartId } = await cartWithSession(api, shop, COD)
      const { data: created } = await api.post("/store/demand/pre-orders", body({ cart_id: cartId, note: "gọi 0912345678 trước khi giao" }), shop.store)
      const email = "grower@bao-lam.test"
      await createProducerAccountWorkflow(getContainer()).run({
        input: { producer_id: producers["nha-vuon-hong-bao-lam"], email, password: "hong-2026" },
      })
      const grower = await producerLogin(api, email, "hong-2026")
      const { data } = await api.get("/producer/demand/pre-orders", grower)
      const seen = data.pre_orders.find((p: any) => p.id === created.pre_order.id)
      expect(seen).toEqual(expect.objectContaining({ product_id: products["hong-khong-hat-bao-lam"], quantity: 1, expected_week: harvestWeek }))
      for (const field of ["cart_id", "customer_id", "note", "cart", "customer"]) expect(seen).not.toHaveProperty(field)
      expect(JSON.stringify(data)).not.toContain(cartId)
      const { data: book } = await api.get("/producer/demand/pre-order-book", grower)
      expect(JSON.stringify(book)).not.toContain(cartId)
      expect(JSON.stringify(book)).not.toMatch(/cart_id|customer/)
      // operators keep them
      const { data: admins } = await api.get(`/admin/demand/pre-orders/${created.pre_order.id}`, shop.admin)
      expect(admins.pre_order).toEqual(expect.objectContaining({ cart_id: cartId, note: "gọi 0912345678 trước khi giao" }))
    })

    it("moves reserved → harvest_ready → fulfilled and refuses any other move", async () => {
      const preOrder = await adminPreOrder({ variant_id: variants["LS-HONGBL-H2KG"], quantity: 2 })
      const base = `/admin/demand/pre-orders/${preOrder.id}`
      const early = await failure(api.post(`${base}/fulfill`, {}, shop.admin))
      expect(early.status).toEqual(409)
      expect(early.data.type).toEqual("conflict")
      expect(early.data.message).toEqual(`Pre-order ${preOrder.id} is reserved: it cannot become fulfilled`)

      const ready = (await api.post(`${base}/harvest-ready`, {}, shop.admin)).data.pre_order
      expect(ready).toEqual(expect.objectContaining({ status: "harvest_ready", harvest_ready_at: expect.any(String) }))
      const done = (await api.post(`${base}/fulfill`, {}, shop.admin)).data.pre_order
      expect(done).toEqual(expect.objectContaining({ status: "fulfilled", fulfilled_at: expect.any(String) }))

      const late = await failure(api.post(`${base}/cancel`, { reason: "too late" }, shop.admin))
      expect(late.status).toEqual(409)
      const { data } = await api.get(base, shop.admin)
      expect(data.pre_order).toEqual(expect.objectContaining({ status: "fulfilled", cancelled_at: null, product: expect.objectContaining({ handle: "hong-khong-hat-bao-lam" }) }))
    })

    it("cancels an open pre-order with its reason", async () => {
      const preOrder = await adminPreOrder({ variant_id: variants["LS-HONGBL-1KG"] })
      const { data } = await api.post(`/admin/demand/pre-orders/${preOrder.id}/cancel`, { reason: "buyer changed plans" }, shop.admin)
      expect(data.pre_order).toEqual(expect.objectContaining({ status: "cancelled", cancel_reason: "buyer changed plans" }))
      expect((await failure(api.post(`/admin/demand/pre-orders/${preOrder.id}/harvest-ready`, {}, shop.admin))).status).toEqual(409)
    })

    it("refuses weeks outside the harvest, past weeks and products sold all year", async () => {
      let outside = nextWeek
      while (persimmon.season!.months.includes(weekMonth(outside))) outside = addWeeks(outside, 1)
      const off = await failure(adminPreOrder({ variant_id: variants["LS-HONGBL-1KG"], expected_week: outside }))
      expect(off.status).toEqual(400)
      expect(off.data.message).toMatch(new RegExp(`^expected_week ${outside} is outside the harvest of Hồng không hạt Bảo Lâm \\(months 9-10\\)`))
      const past = await failure(adminPreOrder({ variant_id: variants["LS-HONGBL-1KG"], expected_week: addWeeks(nextWeek, -1) }))
      expect(past.data.message).toEqual(`expected_week must be ${nextWeek} or later`)
      const tea = await failure(adminPreOrder({ variant_id: variants["LS-CHEHOI-200G"] }))
      expect(tea.status).toEqual(400)
      expect(tea.data.message).toMatch(/is sold all year/)
      const bad = await failure(api.post("/admin/demand/pre-orders", { variant_id: variants["LS-HONGBL-1KG"], quantity: 0, payment_mode: "cod" }, shop.admin))
      expect(bad.status).toEqual(400)
    })

    it("caps pre-orders at the volume the producer expects", async () => {
      await api.post(
        "/admin/demand/supply/forecasts",
        { forecasts: [{ product_id: products["hong-khong-hat-bao-lam"], week: harvestWeek, quantity: 10 }] },
        shop.admin
      )
      await adminPreOrder({ variant_id: variants["LS-HONGBL-1KG"], quantity: 4 })
      const over = await failure(adminPreOrder({ variant_id: variants["LS-HONGBL-H2KG"], quantity: 7 }))
      expect(over.status).toEqual(409)
      expect(over.data.message).toEqual(`Only 6 unit(s) of Hồng không hạt Bảo Lâm are left to pre-order for ${harvestWeek}`)
      await adminPreOrder({ variant_id: variants["LS-HONGBL-H2KG"], quantity: 6 })
      const { data } = await api.get(`/admin/demand/supply?product_id=${products["hong-khong-hat-bao-lam"]}&weeks=60`, shop.admin)
      const week = data.products[0].weeks.find((w: any) => w.week === harvestWeek)
      expect(week).toEqual({ week: harvestWeek, phase: "main", expected_volume: 10, pre_ordered: 10 })
    })

    it("links the cart's pre-order to the order and records the order's lines as demand", async () => {
      const { cartId, paymentCollection } = await cartWithSession(api, shop, COD)
      // a second unit of the same line (quantity 2), then a payment session for the new total
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: 1 }, shop.store)
      await api.post(`/store/payment-collections/${paymentCollection.id}/payment-sessions`, { provider_id: COD }, shop.store)
      const { data: created } = await api.post(
        "/store/demand/pre-orders",
        { variant_id: variants["LS-HONGBL-1KG"], quantity: 1, payment_mode: "cod", cart_id: cartId },
        shop.store
      )
      const { order } = await completeCart(api, shop, cartId)
      let linked: any
      for (let i = 0; i < 60 && !linked?.order_id; i++) {
        await new Promise((r) => setTimeout(r, 500))
        linked = (await api.get(`/admin/demand/pre-orders/${created.pre_order.id}`, shop.admin)).data.pre_order
      }
      expect(linked).toEqual(expect.objectContaining({ order_id: order.id, order: expect.objectContaining({ id: order.id }) }))
      const { rows } = await dbConnection.raw(
        `SELECT kind, product_id, quantity, value, source, session_id FROM demand_event WHERE ref LIKE ?`,
        [`order:${order.id}:%`]
      )
      expect(order.items.map((i: any) => i.quantity)).toEqual([2])
      expect(rows).toEqual(
        order.items.map((item: any) => ({
          kind: "order",
          product_id: item.product_id,
          quantity: item.quantity,
          value: String(Math.round(item.unit_price * item.quantity)),
          source: "server",
          session_id: null,
        }))
      )
    })

    it("shows a producer only its own pre-orders and pre-order book", async () => {
      const mine = await adminPreOrder({ variant_id: variants["LS-HONGBL-1KG"], quantity: 2, payment_mode: "deposit" })
      const theirs = await adminPreOrder({ variant_id: variants["LS-NACL-1KG"], quantity: 5 })
      const producer = producers["nha-vuon-hong-bao-lam"]
      const { data } = await api.get(`/admin/demand/pre-orders?producer_id=${producer}`, shop.admin)
      expect(data.pre_orders.map((p: any) => p.id)).toEqual([mine.id])
      const { data: book } = await api.get(`/admin/demand/pre-order-book?producer_id=${producer}`, shop.admin)
      expect(book.book).toEqual([
        expect.objectContaining({ product_id: products["hong-khong-hat-bao-lam"], expected_week: harvestWeek, orders: 1, reserved: 2, deposits: depositAmount(prices["LS-HONGBL-1KG"], 2) }),
      ])
      const { data: na } = await api.get(`/admin/demand/pre-orders?producer_id=${producers["htx-dong-banh"]}`, shop.admin)
      expect(na.pre_orders.map((p: any) => p.id)).toEqual([theirs.id])
      const { data: all } = await api.get(`/admin/demand/pre-orders`, shop.admin)
      expect(all.pre_orders.map((p: any) => p.id).sort()).toEqual([mine.id, theirs.id].sort())
    })
  },
})
