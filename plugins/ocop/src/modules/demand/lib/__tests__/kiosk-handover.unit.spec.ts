import { HandoverCart, handoverRefusal, kioskHandoverEvents } from "../kiosk-handover"

const AT = new Date("2026-11-28T04:00:00Z")
const cart: HandoverCart = {
  id: "cart_1",
  completed_at: null,
  items: [
    { id: "item_1", product_id: "prod_duck", variant_id: "variant_duck", quantity: 2, unit_price: 180000 },
    { id: "item_2", product_id: null, variant_id: null, quantity: 1, unit_price: 5000 },
  ],
}

describe("kiosk hand-overs", () => {
  it("records the cart's own lines, once each, as server events", () => {
    expect(kioskHandoverEvents(cart, "ky-lua", AT)).toEqual([
      {
        kind: "kiosk_handover",
        occurred_at: AT,
        week: "2026-W48",
        product_id: "prod_duck",
        variant_id: "variant_duck",
        query: null,
        query_norm: null,
        location_key: "ky-lua",
        stream_id: null,
        quantity: 2,
        value: 360000,
        session_id: null,
        channel: null,
        referral_code: null,
        source: "server",
        ref: "kiosk_handover:cart_1:item_1",
      },
    ])
  })

  it("records nothing for a completed cart (its order counts)", () => {
    expect(kioskHandoverEvents({ ...cart, completed_at: AT }, "ky-lua", AT)).toEqual([])
  })

  it("refuses an unknown cart and a location that is not a kiosk, naming the field", () => {
    expect(handoverRefusal(null, "ky-lua", ["ky-lua"])).toEqual({ type: "not_found", message: "cart_id: no such cart" })
    expect(handoverRefusal(cart, "ha-noi", ["ky-lua"])).toEqual({ type: "invalid_data", message: 'location_key: "ha-noi" is not a kiosk' })
    expect(handoverRefusal(cart, "ky-lua", ["ky-lua"])).toBeNull()
  })
})
