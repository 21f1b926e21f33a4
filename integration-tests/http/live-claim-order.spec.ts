import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { closeLiveContexts, liveContext } from "@ocop-live/live-selling/live/live-context"
import { failure, liveShop, onlineStore, runningOffer, waitFor, type Headers, type LiveShop } from "./live-fixtures"
import { signUpCustomer } from "../helpers/harness"

jest.setTimeout(300 * 1000)

const LIVE_PRICE = 49000

/**
 * POST /store/live/claims/:id/order: a signed-in buyer's held claim becomes
 * an order in one request (cash on delivery or VietQR), shipped to a saved
 * address; refusals (another buyer's, unknown, expired, already ordered,
 * bad body) write nothing.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: LiveShop
    let offerId: string
    let productId: string
    let variantId: string
    let buyer: { id: string; headers: Headers; addressId: string }
    let keys = 0

    const live = () => liveContext(getContainer())
    const claimFor = async (customerId: string, quantity = 1, cartId: string | null = null) =>
      (await live().claims.claim({
        offerId, customerKey: customerId, customerId, quantity, idempotencyKey: `claim-order-${++keys}-${Date.now()}`, cartId,
      })).claim
    const claimRow = async (id: string) =>
      (await live().db.query("SELECT status, cart_id, line_item_id, order_id FROM live_claim WHERE id = $1", [id])).rows[0]
    /** Rows a refused request must not add. */
    const written = async () => {
      const { rows } = await live().db.query(`SELECT
        (SELECT count(*) FROM cart)::int AS carts, (SELECT count(*) FROM cart_line_item)::int AS lines,
        (SELECT count(*) FROM "order")::int AS orders, (SELECT count(*) FROM payment_collection)::int AS payment_collections,
        (SELECT count(*) FROM cart_address)::int AS addresses,
        (SELECT count(*) FROM reservation_item WHERE deleted_at IS NULL)::int AS reservations,
        (SELECT coalesce(sum(reserved_quantity), 0)::int FROM inventory_level WHERE deleted_at IS NULL) AS reserved`)
      return rows[0]
    }
    const order = (claimId: string, body: unknown, h: Headers = buyer.headers) =>
      api.post(`/store/live/claims/${claimId}/order`, body, h)

    async function signUp(email: string) {
      const { id, headers } = await signUpCustomer(api, shop.store, { email, password: "mat-khau-123", first_name: "Lan", last_name: "Nguyễn" })
      const { data: withAddress } = await api.post(
        "/store/customers/me/addresses",
        { first_name: "Lan", last_name: "Nguyễn", address_1: "5 Lê Lợi", city: "Lạng Sơn", country_code: "vn", phone: "0987654321", is_default_shipping: true },
        headers
      )
      return { id, headers, addressId: withAddress.customer.addresses[0].id as string }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await liveShop(api, container)
      ;({ offerId, productId, variantId } = await runningOffer(api, container, shop, { price: LIVE_PRICE, quantity: 20, perCustomerLimit: 10 }))
      buyer = await signUp("one-step-buyer@example.vn")
    })

    afterAll(async () => {
      await closeLiveContexts()
    })

    it("cash on delivery: one request places the order at the live price, to the saved address; the claim is ordered", async () => {
      const claim = await claimFor(buyer.id, 2)
      const { data } = await order(claim.id, { payment: "cod" })
      expect(data.order).toEqual({
        id: expect.stringMatching(/^order_/), display_id: expect.any(Number), total: expect.any(Number), currency_code: "vnd",
        payment: { method: "cod", provider_id: "pp_system_default", status: expect.any(String), instructions: null },
      })
      const { data: placed } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,total,item_total,email,customer_id,payment_status,*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions`,
        shop.admin
      )
      expect(placed.order).toMatchObject({ customer_id: buyer.id, email: "one-step-buyer@example.vn", item_total: 2 * LIVE_PRICE, total: data.order.total })
      expect(placed.order.items).toEqual([expect.objectContaining({ unit_price: LIVE_PRICE, quantity: 2, metadata: expect.objectContaining({ live_claim_id: claim.id }) })])
      expect(placed.order.shipping_address).toMatchObject({ address_1: "5 Lê Lợi", city: "Lạng Sơn", country_code: "vn" })
      expect(placed.order.shipping_methods).toHaveLength(1)
      expect(placed.order.payment_status).not.toEqual("captured")
      expect(await claimRow(claim.id)).toMatchObject({ status: "converted", order_id: data.order.id })

      // the same claim again: 409, nothing written
      const before = await written()
      const again = await failure(order(claim.id, { payment: "cod" }))
      expect([again.status, again.data.message]).toEqual([409, `id: the claim is already ordered (order ${data.order.id})`])
      expect(await written()).toEqual(before)
    })

    /** Stock reserved for the offer's variant, over its inventory levels. */
    const reservedOfVariant = async () =>
      (await live().db.query(
        `SELECT coalesce(sum(il.reserved_quantity), 0)::int AS n FROM inventory_level il
         JOIN product_variant_inventory_item pvii ON pvii.inventory_item_id = il.inventory_item_id AND pvii.deleted_at IS NULL
         WHERE pvii.variant_id = $1 AND il.deleted_at IS NULL`, [variantId])).rows[0].n as number

    /** Medusa's own answers for the offer's variant and the buyer's address, from a standard cart: its line (tax lines) and a paid delivery. */
    async function standardCart() {
      const { regionId, salesChannelId } = await onlineStore(api, shop)
      const address = { first_name: "Lan", last_name: "Nguyễn", address_1: "5 Lê Lợi", city: "Lạng Sơn", country_code: "vn", phone: "0987654321" }
      const { data: standard } = await api.post(
        "/store/carts?fields=*items.tax_lines",
        { region_id: regionId, sales_channel_id: salesChannelId, shipping_address: address, items: [{ variant_id: variantId, quantity: 1 }] },
        buyer.headers
      )
      const { data: offered } = await api.get(`/store/shipping-options?cart_id=${standard.cart.id}`, buyer.headers)
      const paid = offered.shipping_options.find((o: any) => o.amount > 0)
      expect(paid).toBeDefined()
      return { standard, paid }
    }

    it("the order itself: live price × quantity + shipping, Medusa's tax lines, the line's reservation, COD authorized, order.placed handled", async () => {
      // Medusa's own answers for the same variant and address, from a standard cart: the tax line and the deliveries offered
      const { standard, paid } = await standardCart()
      const taxLine = ({ code, rate }: any) => ({ code, rate })

      const reservedBefore = await reservedOfVariant()
      const claim = await claimFor(buyer.id, 3)
      const { data } = await order(claim.id, { payment: "cod", shipping_option_id: paid.id })
      const { data: placed } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,display_id,total,item_total,shipping_total,sales_channel_id,*items,*items.tax_lines,*shipping_methods,*shipping_methods.tax_lines,*payment_collections,*payment_collections.payment_sessions,*payment_collections.payments`,
        shop.admin
      )
      const o = placed.order
      expect(o.display_id).toBe(data.order.display_id)
      expect(o.sales_channel_id).toBe(standard.cart.sales_channel_id)
      expect([o.item_total, o.shipping_total, o.total]).toEqual([3 * LIVE_PRICE, paid.amount, 3 * LIVE_PRICE + paid.amount])
      expect(data.order.total).toBe(o.total)
      expect(o.items).toEqual([expect.objectContaining({ variant_id: variantId, product_id: productId, quantity: 3, unit_price: LIVE_PRICE, is_tax_inclusive: true })])
      expect(o.items[0].tax_lines.map(taxLine)).toEqual(standard.cart.items[0].tax_lines.map(taxLine))
      expect(o.items[0].tax_lines.length).toBeGreaterThan(0)
      expect(o.shipping_methods).toEqual([expect.objectContaining({ shipping_option_id: paid.id, amount: paid.amount })])

      const { rows: reservations } = await live().db.query(
        "SELECT quantity::int AS quantity FROM reservation_item WHERE line_item_id = $1 AND deleted_at IS NULL", [o.items[0].id]
      )
      expect(reservations).toEqual([{ quantity: 3 }])
      expect(await reservedOfVariant()).toBe(reservedBefore + 3)

      expect(o.payment_collections).toHaveLength(1)
      const [collection] = o.payment_collections
      expect(collection.amount).toBe(o.total)
      expect(collection.payment_sessions).toEqual([expect.objectContaining({ provider_id: "pp_system_default", status: "authorized", amount: o.total })])
      expect(collection.payments).toEqual([expect.objectContaining({ amount: o.total, captured_at: null })])
      expect(data.order.payment.status).toBe("authorized")

      // order.placed: the claim is ordered, and the store's subscriber records the line as demand
      expect(await claimRow(claim.id)).toEqual({ status: "converted", cart_id: null, line_item_id: null, order_id: o.id })
      const demand = await waitFor(async () => {
        const { rows } = await live().db.query("SELECT kind, product_id, quantity::int AS quantity FROM demand_event WHERE ref LIKE $1", [`order:${o.id}:%`])
        return rows.length ? rows : null
      }, "the order's demand event")
      expect(demand).toEqual([{ kind: "order", product_id: productId, quantity: 3 }])
    })

    it("keeps the store's checkout rules (hook validate): consent where every order needs it, alcohol's age check, perishables' delivery time; nothing written", async () => {
      const claim = await claimFor(buyer.id)
      const { paid } = await standardCart()
      const before = await written()
      const mode = process.env.OCOP_CHECKOUT_CONSENT
      process.env.OCOP_CHECKOUT_CONSENT = "all"
      try {
        const noConsent = await failure(order(claim.id, { payment: "cod" }))
        expect([noConsent.status, noConsent.data.message]).toEqual([400, expect.stringContaining("personal_data_consent")])
      } finally {
        if (mode === undefined) delete process.env.OCOP_CHECKOUT_CONSENT
        else process.env.OCOP_CHECKOUT_CONSENT = mode
      }
      const { data: product } = await api.get(`/admin/products/${productId}?fields=id,metadata`, shop.admin)
      await api.post(`/admin/products/${productId}`, { metadata: { ...product.product.metadata, alcohol_abv: 12 } }, shop.admin)
      try {
        for (const payment of ["cod", "vietqr"]) {
          const refused = await failure(order(claim.id, { payment }))
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/18/)])
        }
      } finally {
        await api.post(`/admin/products/${productId}`, { metadata: { ...product.product.metadata, alcohol_abv: "" } }, shop.admin)
      }
      // a one-day shelf life: the home delivery (the seed's standard, up to 4 days) is too slow
      await api.post(`/admin/products/${productId}`, { metadata: { ...product.product.metadata, shelf_life_days: 1 } }, shop.admin)
      try {
        const stale = await failure(order(claim.id, { payment: "cod", shipping_option_id: paid.id }))
        expect([stale.status, stale.data.message]).toEqual([400, expect.stringMatching(/longer than the 1-day shelf life/)])
      } finally {
        await api.post(`/admin/products/${productId}`, { metadata: { ...product.product.metadata, shelf_life_days: product.product.metadata?.shelf_life_days ?? "" } }, shop.admin)
      }
      expect(await written()).toEqual(before)
      expect(await claimRow(claim.id)).toEqual({ status: "held", cart_id: null, line_item_id: null, order_id: null })
      // the rules met: the same claim is ordered
      expect((await order(claim.id, { payment: "cod" })).data.order.id).toMatch(/^order_/)
    })

    it("reuses the claim's cart (the widget's, its line already there): that cart becomes the order", async () => {
      const { regionId, salesChannelId } = await onlineStore(api, shop)
      const { data: made } = await api.post("/store/carts", { region_id: regionId, sales_channel_id: salesChannelId }, buyer.headers)
      const cartId = made.cart.id as string
      const claim = await claimFor(buyer.id, 1, cartId)
      const { data: carted } = await api.post(`/store/live/claims/${claim.id}/cart`, { cart_id: cartId }, buyer.headers)
      const { data } = await order(claim.id, { payment: "cod" })
      const { data: placed } = await api.get(`/admin/orders/${data.order.id}?fields=id,*items,*shipping_address`, shop.admin)
      expect(placed.order.items).toEqual([expect.objectContaining({ unit_price: LIVE_PRICE, quantity: 1, metadata: expect.objectContaining({ live_claim_id: claim.id }) })])
      expect(placed.order.shipping_address).toMatchObject({ address_1: "5 Lê Lợi" })
      const { data: after } = await api.get(`/store/carts/${cartId}?fields=id,completed_at`, buyer.headers)
      expect(after.cart.completed_at).toBeTruthy()
      expect(await claimRow(claim.id)).toEqual({ status: "converted", cart_id: cartId, line_item_id: carted.claim.line_item_id, order_id: data.order.id })
    })

    it("VietQR: the order waits for the transfer, and the answer says what to transfer", async () => {
      const claim = await claimFor(buyer.id)
      const { data } = await order(claim.id, { payment: "vietqr", address_id: buyer.addressId })
      expect(data.order.payment).toMatchObject({ method: "vietqr", provider_id: "pp_vietqr_vietqr" })
      expect(data.order.payment.instructions).toMatchObject({
        amount: data.order.total, reference: expect.any(String), payload: expect.any(String), qr_svg: expect.stringMatching(/^<svg/),
        bank_bin: expect.any(String), account_number: expect.any(String),
      })
      const { data: placed } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,total,payment_status,*payment_collections.payments,*payment_collections.payment_sessions`,
        shop.admin
      )
      expect(placed.order.payment_collections).toHaveLength(1)
      expect(placed.order.payment_collections[0]).toMatchObject({ amount: placed.order.total, payments: [] })
      expect(placed.order.payment_collections[0].payment_sessions).toEqual([
        expect.objectContaining({ provider_id: "pp_vietqr_vietqr", status: "pending_authorization", amount: placed.order.total }),
      ])
      expect(data.order.payment.status).toBe("pending_authorization")
      expect(await claimRow(claim.id)).toMatchObject({ status: "converted", order_id: data.order.id })
    })

    it("refuses another buyer's claim (403), an unknown claim (404) and a signed-out caller (401), writing nothing", async () => {
      const claim = await claimFor(buyer.id)
      const other = await signUp("someone-else@example.vn")
      const before = await written()
      const foreign = await failure(order(claim.id, { payment: "cod" }, other.headers))
      expect([foreign.status, foreign.data.message]).toEqual([403, "id: the claim belongs to another buyer"])
      const missing = await failure(order("lclm_nope", { payment: "cod" }))
      expect([missing.status, missing.data.message]).toEqual([404, "id: claim not found"])
      expect((await failure(order(claim.id, { payment: "cod" }, shop.store))).status).toBe(401)
      expect(await written()).toEqual(before)
      expect(await claimRow(claim.id)).toEqual({ status: "held", cart_id: null, line_item_id: null, order_id: null })
    })

    it("refuses an expired claim (409) and another customer's address (400 naming address_id), writing nothing", async () => {
      const claim = await claimFor(buyer.id)
      const other = await signUp("neighbour@example.vn")
      const before = await written()
      const wrongAddress = await failure(order(claim.id, { payment: "cod", address_id: other.addressId }))
      expect([wrongAddress.status, wrongAddress.data.message]).toEqual([400, "address_id: not one of your saved addresses"])
      await live().db.query("UPDATE live_claim SET expires_at = now() - interval '1 second' WHERE id = $1", [claim.id])
      const expired = await failure(order(claim.id, { payment: "cod" }))
      expect([expired.status, expired.data.message]).toEqual([409, "id: the claim has expired"])
      expect(await written()).toEqual(before)
      expect(await claimRow(claim.id)).toEqual({ status: "held", cart_id: null, line_item_id: null, order_id: null })
    })

    it("400 naming the field for a bad body; nothing written", async () => {
      const claim = await claimFor(buyer.id)
      const before = await written()
      for (const [body, field] of [
        [{}, "payment"],
        [{ payment: "card" }, "payment"],
        [{ payment: "cod", shipping_option_id: "so 1" }, "shipping_option_id"],
        [{ payment: "cod", address_id: "" }, "address_id"],
        [{ payment: "cod", paid: true }, "paid"],
      ] as const) {
        const bad = await failure(order(claim.id, body))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(field)
      }
      expect(await written()).toEqual(before)
      expect(await claimRow(claim.id)).toEqual({ status: "held", cart_id: null, line_item_id: null, order_id: null })
    })

    it("two orders of one claim at once: one order, the other refused", async () => {
      const claim = await claimFor(buyer.id)
      const before = await written()
      const answers = await Promise.allSettled([order(claim.id, { payment: "cod" }), order(claim.id, { payment: "cod" })])
      const placed = answers.filter((a) => a.status === "fulfilled")
      expect(placed).toHaveLength(1)
      const refused = (answers.find((a) => a.status === "rejected") as PromiseRejectedResult).reason.response
      expect(refused.status).toBe(409)
      expect((await written()).orders).toBe(before.orders + 1)
    })
  },
})
