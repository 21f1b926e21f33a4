/**
 * Alcohol on the shop (pure; unit-tested): a product with a positive
 * `alcohol_abv` in its metadata is alcohol. Its price and "add to cart" show
 * only after the buyer says they are 18 or older (cookie ADULT_COOKIE); the
 * backend still requires the 18+ confirmation on the cart to place an order.
 */
export const ADULT_COOKIE = "_ocop_adult"
/** A year: the buyer is not asked again on every visit. */
export const ADULT_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
/** Medusa's system provider: cash on delivery. */
export const COD_PROVIDER_ID = "pp_system_default"

export type Alcohol = { abv: number; estimated: boolean }

type Metadata = Record<string, unknown> | null | undefined

/** The product's alcohol facts, or null when it is not alcohol. */
export function alcoholOf(metadata: Metadata): Alcohol | null {
  const raw = metadata?.alcohol_abv
  const abv = typeof raw === "string" && raw.trim() ? Number(raw) : raw
  if (typeof abv !== "number" || !Number.isFinite(abv) || abv <= 0) return null
  return { abv, estimated: metadata?.alcohol_abv_estimated === true }
}

/** Whether the price of a product may be shown: not alcohol, or the buyer said 18+. */
export function priceVisible(metadata: Metadata, adultConfirmed: boolean): boolean {
  return adultConfirmed || alcoholOf(metadata) === null
}
