import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminOrder,
  cartWithSession,
  completeCart,
  failure,
  ODD_TOTAL,
  prepareShop,
  Shop,
} from "./payments-checkout"
import { waitFor } from "../helpers/harness"

jest.setTimeout(300 * 1000)

/** Cash on delivery is Medusa's system provider. */
const COD = "pp_system_default"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
    })

    it("captures the exact amount when the delivery is marked done", async () => {
      const { cartId } = await cartWithSession(api, shop, COD)
      const placed = await completeCart(api, shop, cartId)
      const orderId = placed.order.id
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, shop.admin)
      const items = data.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity }))

      await api.post(`/admin/orders/${orderId}/fulfillments`, { items }, shop.admin)
      const { data: withFulfillment } = await api.get(`/admin/orders/${orderId}?fields=id,*fulfillments`, shop.admin)
      const [fulfillment] = withFulfillment.order.fulfillments
      await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, { items }, shop.admin)
      expect((await adminOrder(api, shop, orderId)).payment_collections[0].payments[0].captures).toEqual([])

      await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, shop.admin)
      const paid = await waitFor(async () => {
        const order = await adminOrder(api, shop, orderId)
        return order.payment_status === "captured" ? order : undefined
      }, { what: "the delivery to capture the cash-on-delivery payment", timeoutMs: 60_000, intervalMs: 500 })
      expect(paid.payment_collections[0].payments[0].captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
    })

    it("places the order unpaid, captures by hand and refunds exactly", async () => {
      const { cartId, cart, session } = await cartWithSession(api, shop, COD)
      expect(cart.total).toEqual(ODD_TOTAL)
      expect(session.amount).toEqual(ODD_TOTAL)

      const placed = await completeCart(api, shop, cartId)
      expect(placed.type).toEqual("order")
      const order = await adminOrder(api, shop, placed.order.id)
      expect(order.total).toEqual(ODD_TOTAL)
      const [payment] = order.payment_collections[0].payments
      expect(payment).toMatchObject({ amount: ODD_TOTAL, provider_id: COD, captures: [] })
      expect(order.payment_status).toEqual("authorized")

      // Captured by hand (the courier's cash arrived before the delivery was recorded).
      await api.post(`/admin/payments/${payment.id}/capture`, {}, shop.admin)
      const paid = await adminOrder(api, shop, placed.order.id)
      expect(paid.payment_status).toEqual("captured")
      expect(paid.payment_collections[0].payments[0].captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 234567 }, shop.admin)
      const over = await failure(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000001 }, shop.admin))
      expect(over.status).toEqual(400)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000000 }, shop.admin)

      const refunded = await adminOrder(api, shop, placed.order.id)
      const amounts = refunded.payment_collections[0].payments[0].refunds.map((r: any) => r.amount)
      expect(amounts).toHaveLength(2)
      expect(amounts).toEqual(expect.arrayContaining([234567, 1000000]))
      expect(refunded.payment_status).toEqual("refunded")
    })
  },
})
