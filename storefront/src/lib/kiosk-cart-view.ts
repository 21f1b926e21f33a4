/** What the kiosk's cart panel shows of the visitor's cart (`GET /api/kiosk/cart`). */
export type KioskCartLine = { id: string; product_title: string; variant_title: string; quantity: number }
export type KioskHandover = { url: string; svg: string }
export type KioskCartView = { count: number; lines: KioskCartLine[]; total: number | null; handover: KioskHandover | null }

export const EMPTY_KIOSK_CART: KioskCartView = { count: 0, lines: [], total: null, handover: null }

type CartLike = {
  items: { id: string; product_title: string | null; variant_title: string | null; title?: string; quantity: number }[]
  total: number
}

/** The panel's view of `cart` (null: no cart yet); the handover only for a cart with lines. */
export function kioskCartView(cart: CartLike | null, handover: KioskHandover | null): KioskCartView {
  if (!cart || !cart.items.length) return EMPTY_KIOSK_CART
  return {
    count: cart.items.reduce((s, i) => s + i.quantity, 0),
    lines: cart.items.map((i) => ({
      id: i.id,
      product_title: i.product_title ?? i.title ?? "",
      variant_title: i.variant_title ?? "",
      quantity: i.quantity,
    })),
    total: cart.total,
    handover,
  }
}
