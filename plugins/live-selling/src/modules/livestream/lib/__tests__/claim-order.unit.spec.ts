import { cartAddressOf, claimOrderRefusal, orderAddressOf, orderShippingOptionOf } from "../claim-order"
import { liveLineItem } from "../claim-lines"

const NOW = new Date("2026-05-01T10:00:00Z")
const held = {
  id: "lclm_1",
  customer_id: "cus_1",
  status: "held" as const,
  order_id: null,
  expires_at: new Date(NOW.getTime() + 60_000),
}

describe("claimOrderRefusal", () => {
  it("lets the caller order its own held, unexpired, unordered claim", () => {
    expect(claimOrderRefusal(held, "cus_1", NOW)).toBeNull()
  })

  it("404 for no claim, 403 for another buyer's (or a guest's) claim", () => {
    expect(claimOrderRefusal(null, "cus_1", NOW)).toEqual({ status: 404, message: "id: claim not found" })
    expect(claimOrderRefusal(held, "cus_2", NOW)).toEqual({ status: 403, message: "id: the claim belongs to another buyer" })
    expect(claimOrderRefusal({ ...held, customer_id: null }, "cus_1", NOW)?.status).toBe(403)
  })

  it("409 for an ordered, converted, released or expired claim, saying which", () => {
    expect(claimOrderRefusal({ ...held, status: "converted", order_id: "order_1" }, "cus_1", NOW)).toEqual({
      status: 409, message: "id: the claim is already ordered (order order_1)",
    })
    expect(claimOrderRefusal({ ...held, status: "converted" }, "cus_1", NOW)?.message).toBe("id: the claim is already ordered")
    expect(claimOrderRefusal({ ...held, status: "released" }, "cus_1", NOW)).toEqual({
      status: 409, message: "id: the claim is released; its units went back to the offer",
    })
    expect(claimOrderRefusal({ ...held, status: "expired" }, "cus_1", NOW)?.status).toBe(409)
    expect(claimOrderRefusal({ ...held, expires_at: NOW }, "cus_1", NOW)).toEqual({ status: 409, message: "id: the claim has expired" })
  })

  it("checks ownership before state: another buyer learns nothing of the claim's state", () => {
    expect(claimOrderRefusal({ ...held, status: "expired" }, "cus_2", NOW)?.status).toBe(403)
  })
})

describe("orderAddressOf", () => {
  const home = { id: "addr_1", is_default_shipping: false }
  const shop = { id: "addr_2", is_default_shipping: true }
  it("the asked address, else the default shipping one, else the first; null when none fits", () => {
    expect(orderAddressOf([home, shop], "addr_1")).toBe(home)
    expect(orderAddressOf([home, shop])).toBe(shop)
    expect(orderAddressOf([home])).toBe(home)
    expect(orderAddressOf([home, shop], "addr_9")).toBeNull()
    expect(orderAddressOf([])).toBeNull()
  })
})

describe("orderShippingOptionOf", () => {
  const options = [{ id: "so_fast", amount: 40000 }, { id: "so_std", amount: 25000 }, { id: "so_unpriced", amount: null }]
  it("the asked option if offered, else the cheapest priced one", () => {
    expect(orderShippingOptionOf(options, "so_fast")?.id).toBe("so_fast")
    expect(orderShippingOptionOf(options)?.id).toBe("so_std")
    expect(orderShippingOptionOf(options, "so_other")).toBeNull()
    expect(orderShippingOptionOf([])).toBeNull()
  })
})

describe("cartAddressOf", () => {
  it("keeps only the address's own fields", () => {
    const saved = { id: "addr_1", customer_id: "cus_1", is_default_shipping: true, first_name: "Lan", last_name: "Nguyễn",
      address_1: "5 Lê Lợi", city: "Lạng Sơn", country_code: "vn", phone: "0987654321", company: null }
    expect(cartAddressOf(saved)).toEqual({ first_name: "Lan", last_name: "Nguyễn", company: undefined, address_1: "5 Lê Lợi",
      address_2: undefined, city: "Lạng Sơn", province: undefined, postal_code: undefined, country_code: "vn", phone: "0987654321" })
  })
})

describe("liveLineItem", () => {
  const offer = { id: "loff_1", stream_id: "lstr_1", variant_id: "variant_1", original_price: 65000 }
  it("the claim at its live price, VAT included, tied to claim, offer and stream", () => {
    expect(liveLineItem({ id: "lclm_1", quantity: 2, price: 49000 }, offer)).toEqual({
      variant_id: "variant_1", quantity: 2, unit_price: 49000, compare_at_unit_price: 65000, is_tax_inclusive: true,
      metadata: { live_claim_id: "lclm_1", live_offer_id: "loff_1", live_stream_id: "lstr_1" },
    })
  })
  it("shows no crossed-out price unless the original is higher", () => {
    expect(liveLineItem({ id: "lclm_1", quantity: 1, price: 65000 }, offer).compare_at_unit_price).toBeUndefined()
    expect(liveLineItem({ id: "lclm_1", quantity: 1, price: 49000 }, { ...offer, original_price: null }).compare_at_unit_price).toBeUndefined()
  })
})
