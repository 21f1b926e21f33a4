import { inventoryToReserveOf, liveOrderLineOf, liveOrderShippingMethodOf, orderTaxLinesOf, type LiveOrderVariant } from "../live-order"

const variant: LiveOrderVariant = {
  id: "variant_1",
  title: "Hộp 500 g",
  sku: "NA-500",
  barcode: null,
  manage_inventory: true,
  allow_backorder: false,
  options: [{ value: "500 g", option: { title: "Khối lượng" } }],
  product: {
    id: "prod_1",
    title: "Na Chi Lăng",
    subtitle: null,
    description: "Na dai",
    handle: "na-chi-lang",
    thumbnail: "/static/na.jpg",
    discountable: true,
    type: { id: "ptyp_1", value: "Fruit" },
    collection: { title: "OCOP 4 sao" },
    shipping_profile: { id: "sp_1" },
  },
  inventory_items: [
    {
      inventory_item_id: "iitem_1",
      required_quantity: 1,
      inventory: {
        requires_shipping: true,
        location_levels: [
          { location_id: "sloc_a", available_quantity: 1 },
          { location_id: "sloc_b", available_quantity: 10 },
          { location_id: "sloc_other", available_quantity: 100 },
        ],
      },
    },
  ],
}
const item = {
  variant_id: "variant_1",
  quantity: 2,
  unit_price: 49000,
  compare_at_unit_price: 65000,
  is_tax_inclusive: true,
  metadata: { live_claim_id: "lclm_1" },
}

describe("liveOrderLineOf", () => {
  it("copies the variant's and product's names as Medusa copies them from a cart line, at the claim's price and quantity", () => {
    expect(liveOrderLineOf(item, variant)).toEqual({
      title: "Na Chi Lăng",
      subtitle: "Hộp 500 g",
      thumbnail: "/static/na.jpg",
      variant_id: "variant_1",
      product_id: "prod_1",
      product_title: "Na Chi Lăng",
      product_description: "Na dai",
      product_subtitle: null,
      product_type: "Fruit",
      product_type_id: "ptyp_1",
      product_collection: "OCOP 4 sao",
      product_handle: "na-chi-lang",
      variant_sku: "NA-500",
      variant_barcode: null,
      variant_title: "Hộp 500 g",
      variant_option_values: { "Khối lượng": "500 g" },
      requires_shipping: true,
      is_discountable: true,
      is_giftcard: false,
      is_tax_inclusive: true,
      quantity: 2,
      unit_price: 49000,
      compare_at_unit_price: 65000,
      metadata: { live_claim_id: "lclm_1" },
    })
  })

  it("needs no shipping only when neither the product has a profile nor an inventory item requires it", () => {
    const digital = {
      ...variant,
      product: { ...variant.product, shipping_profile: null },
      inventory_items: [{ inventory_item_id: "iitem_1", inventory: { requires_shipping: false } }],
    }
    expect(liveOrderLineOf(item, digital).requires_shipping).toBe(false)
    expect(liveOrderLineOf({ ...item, compare_at_unit_price: undefined }, digital).compare_at_unit_price).toBeNull()
  })
})

describe("liveOrderShippingMethodOf", () => {
  it("is the option's name and price, tax-inclusive as priced", () => {
    expect(liveOrderShippingMethodOf({ id: "so_1", name: "Giao tiêu chuẩn", amount: 30000, is_tax_inclusive: true })).toEqual({
      name: "Giao tiêu chuẩn", amount: 30000, is_tax_inclusive: true, shipping_option_id: "so_1", data: {},
    })
  })
})

describe("inventoryToReserveOf", () => {
  const line = { id: "ordli_1", quantity: 2 }

  it("reserves each inventory item at the channel's locations that have enough available", () => {
    expect(inventoryToReserveOf(line, variant, ["sloc_a", "sloc_b"])).toEqual([
      { id: "ordli_1", inventory_item_id: "iitem_1", required_quantity: 1, allow_backorder: false, quantity: 2, location_ids: ["sloc_b"] },
    ])
  })

  it("falls back to the channel's locations stocking it, then to all the channel's locations", () => {
    expect(inventoryToReserveOf({ ...line, quantity: 50 }, variant, ["sloc_a", "sloc_b"])?.[0].location_ids).toEqual(["sloc_a", "sloc_b"])
    expect(inventoryToReserveOf(line, variant, ["sloc_empty"])?.[0].location_ids).toEqual(["sloc_empty"])
  })

  it("counts the quantity an item needs per unit (a bundle)", () => {
    const bundle = { ...variant, inventory_items: [{ ...variant.inventory_items![0], required_quantity: 6 }] }
    expect(inventoryToReserveOf({ ...line, quantity: 1 }, bundle, ["sloc_a", "sloc_b"])?.[0]).toMatchObject({ required_quantity: 6, location_ids: ["sloc_b"] })
    // 2 × 6 = 12: no location has that many available
    expect(inventoryToReserveOf(line, bundle, ["sloc_a", "sloc_b"])?.[0].location_ids).toEqual(["sloc_a", "sloc_b"])
  })

  it("reserves nothing for unmanaged stock; refuses (null) a managed variant without inventory items or locations", () => {
    expect(inventoryToReserveOf(line, { ...variant, manage_inventory: false }, [])).toEqual([])
    expect(inventoryToReserveOf(line, { ...variant, inventory_items: [] }, ["sloc_a"])).toBeNull()
    expect(inventoryToReserveOf(line, variant, [])).toBeNull()
    expect(inventoryToReserveOf(line, { ...variant, allow_backorder: true }, [])?.[0]).toMatchObject({ allow_backorder: true, location_ids: [] })
  })
})

describe("orderTaxLinesOf", () => {
  it("writes the tax module's lines as Medusa writes an order's tax lines", () => {
    expect(orderTaxLinesOf([{ rate_id: "txr_1", rate: 8, code: "VAT8", name: "VAT 8%", provider_id: "tp_system", line_item_id: "x" } as any])).toEqual([
      { description: "VAT 8%", tax_rate_id: "txr_1", code: "VAT8", rate: 8, provider_id: "tp_system", data: null },
    ])
  })
})
