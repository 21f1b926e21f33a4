/** The player's rules (pure): layout, video fit, spoken countdown, floating reactions, saved address. */

export type Layout = "vertical" | "side" | "stack"

/** Below this width (px) the element is a phone player; from `SIDE_FROM` video and panel sit side by side. */
export const VERTICAL_BELOW = 600
export const SIDE_FROM = 900

/** `layout="vertical|side|stack"` wins; `auto` (or none) chooses by the element's own width. */
export function chooseLayout(attribute: string | null | undefined, width: number): Layout {
  const asked = (attribute ?? "").trim().toLowerCase()
  if (asked === "vertical" || asked === "side" || asked === "stack") return asked
  if (width <= 0) return "stack"
  if (width < VERTICAL_BELOW) return "vertical"
  return width >= SIDE_FROM ? "side" : "stack"
}

/** Portrait streams fill the box (`cover`); landscape and square ones are letterboxed (`contain`). */
export function videoFit(videoWidth: number, videoHeight: number): "cover" | "contain" {
  return videoHeight > videoWidth && videoWidth > 0 ? "cover" : "contain"
}

/**
 * The step a countdown is spoken at (seconds): whole minutes above one
 * minute, then 60, 30 and 10 seconds, then 0. A screen reader hears the
 * countdown when the step changes, not every second.
 */
export function spokenStep(secondsLeft: number): number {
  const s = Math.max(0, Math.ceil(secondsLeft))
  if (s > 60) return Math.ceil(s / 60) * 60
  if (s > 30) return 60
  if (s > 10) return 30
  return s > 0 ? 10 : 0
}

/** How many of each reaction to float up: the counts' growth, at most `cap` per kind. */
export function newReactions(before: Record<string, number>, after: Record<string, number>, cap = 4): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [kind, n] of Object.entries(after)) {
    const grown = Math.min(cap, Math.max(0, Math.floor(n - (before[kind] ?? 0))))
    if (grown) out[kind] = grown
  }
  return out
}

export type SavedAddress = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
}

/** `addressId`: the saved address's id (the one-step claim order ships there). */
export type Buyer = { email: string; address: SavedAddress | null; addressId?: string }

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "")

/**
 * The buyer from `GET /store/customers/me` (with `*addresses`): the default
 * shipping address, else the first; an address needs a street, a city or
 * province, a phone (the customer's when the address has none), a name,
 * and to be in Vietnam (live carts are in the VND region).
 */
export function buyerFrom(customer: any): Buyer | null {
  if (!customer || typeof customer !== "object") return null
  const email = text(customer.email)
  const list: any[] = Array.isArray(customer.addresses) ? customer.addresses : []
  const chosen = list.find((a) => a?.is_default_shipping) ?? list[0]
  if (!chosen) return { email, address: null }
  const address: SavedAddress = {
    first_name: text(chosen.first_name) || text(customer.first_name),
    last_name: text(chosen.last_name) || text(customer.last_name),
    phone: text(chosen.phone) || text(customer.phone),
    address_1: text(chosen.address_1),
    address_2: text(chosen.address_2),
    city: text(chosen.city) || text(chosen.province),
    province: text(chosen.province) || text(chosen.city),
    postal_code: text(chosen.postal_code),
    country_code: (text(chosen.country_code) || "vn").toLowerCase(),
  }
  const complete = address.address_1 && address.city && address.phone && (address.first_name || address.last_name) && address.country_code === "vn"
  const addressId = complete && typeof chosen.id === "string" ? chosen.id : undefined
  return { email, address: complete ? address : null, ...(addressId ? { addressId } : {}) }
}
