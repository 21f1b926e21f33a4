import { EMPTY_KIOSK_CART, kioskCartView } from "../../../storefront/src/lib/kiosk-cart-view"
import { idleSeconds, kioskLocationKey, kioskQuery } from "../../../storefront/src/lib/kiosk-params"

const line = (id: string, quantity: number, title: string | null = `Product ${id}`) => ({
  id,
  title: `line ${id}`,
  product_title: title,
  variant_title: null,
  quantity,
})

describe("kioskCartView: what the kiosk's cart panel shows", () => {
  it("no cart, or a cart without lines, is the empty panel (no handover)", () => {
    expect(kioskCartView(null, null)).toEqual(EMPTY_KIOSK_CART)
    expect(kioskCartView({ items: [], total: 0 }, { url: "http://x/h", svg: "<svg/>" })).toEqual(EMPTY_KIOSK_CART)
  })

  it("counts units, keeps the lines' names (the line's title when the product's is missing) and the handover", () => {
    const handover = { url: "http://x/vi/cart/open/c1?sig=s", svg: "<svg/>" }
    const view = kioskCartView({ items: [line("a", 2), line("b", 1, null)], total: 195000 }, handover)
    expect(view.count).toBe(3)
    expect(view.total).toBe(195000)
    expect(view.handover).toBe(handover)
    expect(view.lines).toEqual([
      { id: "a", product_title: "Product a", variant_title: "", quantity: 2 },
      { id: "b", product_title: "line b", variant_title: "", quantity: 1 },
    ])
  })
})

describe("kiosk query and location keys", () => {
  it("idle: 1–600 s, else the default 60; the query only when not the default", () => {
    expect([idleSeconds("6"), idleSeconds(["30", "9"]), idleSeconds("0"), idleSeconds("601"), idleSeconds(null), idleSeconds("x")]).toEqual([6, 30, 60, 60, 60, 60])
    expect(kioskQuery(60)).toBe("")
    expect(kioskQuery(6)).toBe("?idle=6")
  })

  it("a location key is letters, digits, - and _ only", () => {
    expect(kioskLocationKey("ky-lua")).toBe("ky-lua")
    expect(kioskLocationKey("../x")).toBeNull()
    expect(kioskLocationKey("")).toBeNull()
    expect(kioskLocationKey(null)).toBeNull()
  })
})
