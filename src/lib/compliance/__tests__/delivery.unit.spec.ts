import { deliveryConstraints, deliveryFits, maxTransitDays, shortestShelfLife } from "../delivery"

const standard = { id: "so_standard", type_code: "standard" }
const pickup = { id: "so_pickup", type_code: "pickup-ky-lua" }
const express = { id: "so_express", type_code: "express", metadata: { max_transit_days: 1 } }
const unknown = { id: "so_other", type_code: "courier" }

describe("maxTransitDays", () => {
  it("reads the option's metadata first, then the table by type code; pickup is 0; unknown is unrestricted", () => {
    expect([standard, pickup, express, unknown].map(maxTransitDays)).toEqual([4, 0, 1, null])
    expect(maxTransitDays({ id: "x", type_code: "standard", metadata: { max_transit_days: "2" } })).toEqual(2)
  })
})

describe("shortestShelfLife", () => {
  it("finds the line that keeps the shortest time and ignores lines without a shelf life", () => {
    expect(
      shortestShelfLife([
        { product_id: "p1", title: "Quýt", shelf_life_days: 14 },
        { product_id: "p2", title: "Mắc ca" },
        { product_id: "p3", title: "Rau chân vịt", shelf_life_days: 3 },
        { product_id: "p4", title: "Bad", shelf_life_days: "abc" },
        { product_id: "p5", title: "Zero", shelf_life_days: 0 },
      ])
    ).toEqual({ days: 3, product_id: "p3", title: "Rau chân vịt" })
    expect(shortestShelfLife([{ product_id: "p2", title: "Mắc ca", shelf_life_days: null }])).toBeNull()
  })
})

describe("deliveryFits / deliveryConstraints", () => {
  it("refuses 4-day national delivery for a 2-day product, keeps pickup and fast options", () => {
    const lines = [
      { product_id: "p1", title: "Na", shelf_life_days: 5 },
      { product_id: "p2", title: "Ngồng hoa cải", shelf_life_days: 2 },
    ]
    expect(deliveryConstraints([standard, pickup, express, unknown], lines)).toEqual({
      shortest_shelf_life: { days: 2, product_id: "p2", title: "Ngồng hoa cải" },
      allowed_shipping_option_ids: ["so_pickup", "so_express", "so_other"],
      excluded_shipping_options: [{ id: "so_standard", max_transit_days: 4 }],
    })
  })

  it("allows a transit equal to the shelf life, and everything for non-perishable carts", () => {
    expect(deliveryFits(standard, { days: 4, product_id: "p", title: "t" })).toEqual(true)
    expect(deliveryFits(standard, { days: 3, product_id: "p", title: "t" })).toEqual(false)
    expect(deliveryConstraints([standard, pickup], [{ product_id: "p", title: "Mắc ca" }]).allowed_shipping_option_ids).toEqual([
      "so_standard",
      "so_pickup",
    ])
  })
})
