import type { OfferRow, StreamRow } from "../../lib/types"
import { canControl, mayUseProduct } from "../authorize"
import { offerView } from "../views"

describe("stream control", () => {
  const stream = { producer_id: "prod_a" } as StreamRow

  it("lets the owning producer and admins control, nobody else", () => {
    expect(canControl({ type: "producer", id: "prod_a" }, stream)).toBe(true)
    expect(canControl({ type: "user", id: "user_1" }, stream)).toBe(true)
    expect(canControl({ type: "producer", id: "prod_b" }, stream)).toBe(false)
    expect(canControl({ type: "customer", id: "prod_a" }, stream)).toBe(false)
    expect(canControl({ type: "guest", id: "prod_a" }, stream)).toBe(false)
  })

  it("lets a producer use only its own products, admins any", () => {
    expect(mayUseProduct({ type: "producer", id: "prod_a" }, "prod_a")).toBe(true)
    expect(mayUseProduct({ type: "producer", id: "prod_a" }, "prod_b")).toBe(false)
    expect(mayUseProduct({ type: "producer", id: "prod_a" }, null)).toBe(false)
    expect(mayUseProduct({ type: "user", id: "user_1" }, "prod_b")).toBe(true)
    expect(mayUseProduct({ type: "user", id: "user_1" }, null)).toBe(true)
    expect(mayUseProduct({ type: "customer", id: "prod_a" }, "prod_a")).toBe(false)
    // A catalog that does not know owners: nothing to check.
    expect(mayUseProduct({ type: "producer", id: "prod_a" }, undefined)).toBe(true)
  })

  it("shows offers as the contract says (ms times, integer VND)", () => {
    const row = {
      id: "loff_1", stream_id: "lstr_1", variant_id: "v", product_id: "p", title: "Na", thumbnail: null,
      price: 99000, original_price: 150000, quantity: 20, claimed: 5, per_customer_limit: 2,
      starts_at: new Date(1000), ends_at: new Date(61000), status: "live", end_reason: null, ended_at: null,
    } as OfferRow
    expect(offerView(row, 15)).toEqual({
      id: "loff_1", streamId: "lstr_1", variantId: "v", productId: "p", title: "Na", thumbnail: null,
      price: 99000, originalPrice: 150000, quantity: 20, left: 15, perCustomerLimit: 2,
      startsAt: 1000, endsAt: 61000, status: "live", endReason: null,
    })
  })
})
