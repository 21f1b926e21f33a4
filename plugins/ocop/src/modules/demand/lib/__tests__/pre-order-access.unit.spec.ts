import { PreOrderCart, preOrderAccessRefusal } from "../pre-order-access"

const guestCart: PreOrderCart = { id: "cart_guest", customer_id: null, customer_has_account: false, completed_at: null }
/** a cart given an email: Medusa gives it a guest customer, with no account */
const emailCart: PreOrderCart = { id: "cart_email", customer_id: "cus_guest", customer_has_account: false, completed_at: null }
const annasCart: PreOrderCart = { id: "cart_anna", customer_id: "cus_anna", customer_has_account: true, completed_at: null }
const completed: PreOrderCart = { ...guestCart, completed_at: "2026-12-01T10:00:00Z" }

const refusal = (customer_id: string | null, cart: PreOrderCart | null, cart_id: string | null = cart?.id ?? null, purpose: "create" | "list" = "create") =>
  preOrderAccessRefusal({ customer_id, cart_id, cart, purpose })

describe("preOrderAccessRefusal", () => {
  it("lets a signed-in customer through, and a holder of a cart with no customer", () => {
    expect(refusal("cus_anna", null, null)).toBeNull()
    expect(refusal(null, guestCart)).toBeNull()
    expect(refusal(null, emailCart)).toBeNull()
    expect(refusal("cus_anna", emailCart, emailCart.id, "list")).toBeNull()
    expect(refusal("cus_anna", guestCart)).toBeNull()
    expect(refusal("cus_anna", annasCart)).toBeNull()
  })

  it("needs a sign-in or a cart", () => {
    expect(refusal(null, null, null)).toEqual({ type: "unauthorized", message: "Sign in or give cart_id" })
    expect(refusal(null, null, null, "list")).toEqual({ type: "unauthorized", message: "Sign in or give cart_id" })
  })

  it("refuses an unknown cart and another customer's cart, naming cart_id", () => {
    expect(refusal(null, null, "cart_nope")).toEqual({ type: "not_found", message: "cart_id: no such cart" })
    const theirs = { type: "forbidden", message: "cart_id: the cart belongs to another customer" }
    expect(refusal(null, annasCart)).toEqual(theirs)
    expect(refusal("cus_bao", annasCart)).toEqual(theirs)
    expect(refusal("cus_bao", annasCart, annasCart.id, "list")).toEqual(theirs)
  })

  it("takes no new pre-order on a completed cart, but lists its pre-orders", () => {
    expect(refusal(null, completed)).toEqual({ type: "conflict", message: "cart_id: the cart is already completed" })
    expect(refusal(null, completed, completed.id, "list")).toBeNull()
  })
})
