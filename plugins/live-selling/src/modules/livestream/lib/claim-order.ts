import type { ClaimRow } from "./types"

/** Why a claim cannot become the caller's order now (an HTTP status and a message naming the field), or null. */
export type ClaimOrderRefusal = { status: 403 | 404 | 409; message: string }

/**
 * The one-step order's rule: the claim exists, is the signed-in caller's,
 * is not ordered yet, is still held and has not expired.
 */
export function claimOrderRefusal(
  claim: Pick<ClaimRow, "id" | "customer_id" | "status" | "order_id" | "expires_at"> | null,
  customerId: string,
  now: Date
): ClaimOrderRefusal | null {
  if (!claim) {
    return { status: 404, message: "id: claim not found" }
  }
  if (claim.customer_id !== customerId) {
    return { status: 403, message: "id: the claim belongs to another buyer" }
  }
  if (claim.order_id || claim.status === "converted") {
    return { status: 409, message: `id: the claim is already ordered${claim.order_id ? ` (order ${claim.order_id})` : ""}` }
  }
  if (claim.status !== "held") {
    return { status: 409, message: `id: the claim is ${claim.status}; its units went back to the offer` }
  }
  if (new Date(claim.expires_at).getTime() <= now.getTime()) {
    return { status: 409, message: "id: the claim has expired" }
  }
  return null
}

/** The saved address an order ships to: the one asked for, else the default shipping one, else the first. */
export function orderAddressOf<A extends { id: string; is_default_shipping?: boolean | null }>(
  addresses: A[],
  addressId?: string | null
): A | null {
  if (addressId) {
    return addresses.find((a) => a.id === addressId) ?? null
  }
  return addresses.find((a) => a.is_default_shipping) ?? addresses[0] ?? null
}

/** The shipping option to use: the one asked for if it is offered, else the cheapest offered. */
export function orderShippingOptionOf<O extends { id: string; amount?: number | null }>(
  offered: O[],
  optionId?: string | null
): O | null {
  if (optionId) {
    return offered.find((o) => o.id === optionId) ?? null
  }
  return [...offered].sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity))[0] ?? null
}

export type SavedAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** A customer's saved address as a cart address (only the address's own fields). */
export function cartAddressOf(a: SavedAddress) {
  return {
    first_name: a.first_name ?? undefined,
    last_name: a.last_name ?? undefined,
    company: a.company ?? undefined,
    address_1: a.address_1 ?? undefined,
    address_2: a.address_2 ?? undefined,
    city: a.city ?? undefined,
    province: a.province ?? undefined,
    postal_code: a.postal_code ?? undefined,
    country_code: a.country_code ?? undefined,
    phone: a.phone ?? undefined,
  }
}
