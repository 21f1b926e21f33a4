import { codPaymentsToCapture, COD_PROVIDER_ID } from "../cod-delivery"

const payment = (id: string, extra: Record<string, unknown> = {}) => ({ id, provider_id: COD_PROVIDER_ID, captured_at: null, canceled_at: null, ...extra })

describe("codPaymentsToCapture", () => {
  const delivered = [{ quantity: 2, detail: { delivered_quantity: 2 } }, { quantity: 1, detail: { delivered_quantity: 1 } }]

  it("captures the COD payment once every item is delivered", () => {
    expect(codPaymentsToCapture({ items: delivered, payment_collections: [{ payments: [payment("pay_1")] }] })).toEqual(["pay_1"])
  })

  it("reads the quantities from the order item detail", () => {
    const items = [{ detail: { quantity: 3, delivered_quantity: 3 } }]
    expect(codPaymentsToCapture({ items, payment_collections: [{ payments: [payment("pay_1")] }] })).toEqual(["pay_1"])
    const unknown = [{ detail: { delivered_quantity: 3 } }]
    expect(codPaymentsToCapture({ items: unknown, payment_collections: [{ payments: [payment("pay_1")] }] })).toEqual([])
  })

  it("waits while any item is not fully delivered", () => {
    const partial = [{ quantity: 2, detail: { delivered_quantity: 1 } }, delivered[1]]
    expect(codPaymentsToCapture({ items: partial, payment_collections: [{ payments: [payment("pay_1")] }] })).toEqual([])
    expect(codPaymentsToCapture({ items: [], payment_collections: [{ payments: [payment("pay_1")] }] })).toEqual([])
    expect(codPaymentsToCapture(null)).toEqual([])
  })

  it("ignores other providers and captured or canceled payments", () => {
    const payments = [
      payment("pay_card", { provider_id: "pp_stripe_stripe" }),
      payment("pay_done", { captured_at: new Date() }),
      payment("pay_void", { canceled_at: new Date() }),
      payment("pay_cod"),
    ]
    expect(codPaymentsToCapture({ items: delivered, payment_collections: [{ payments }] })).toEqual(["pay_cod"])
  })
})
