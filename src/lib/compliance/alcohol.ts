/**
 * Alcohol rules (Law 44/2019/QH14 on Prevention of Harmful Effects of Alcohol,
 * Decree 105/2017/NĐ-CP, Decree 24/2020/NĐ-CP):
 * - no sale to anyone under 18: an online buyer confirms being 18 or older
 *   before seeing the price and buying (the server records when);
 * - no cash on delivery for alcohol bought online;
 * - alcohol of 15 % ABV or more is not advertised, so not pinned or put in a
 *   flash offer in a livestream (the generic product flag `live_restricted`);
 * - the product page shows the statutory warning.
 * Pure: product and cart metadata in, decisions out.
 */

/** Product metadata keys the seed writes. */
export const ALCOHOL_ABV_KEY = "alcohol_abv"
export const ALCOHOL_ABV_ESTIMATED_KEY = "alcohol_abv_estimated"
/** The live-selling plugin's generic flag: not pinned, not offered in a stream. */
export const LIVE_RESTRICTED_KEY = "live_restricted"
/** Cart metadata key written only by `POST /store/carts/:id/age-confirmation`. */
export const AGE_CONFIRMED_AT_KEY = "age_confirmed_at"

/** From this ABV (%) alcohol may not be advertised (Law 44/2019 Art. 10). */
export const STRONG_ALCOHOL_MIN_ABV = 15
export const ADULT_AGE = 18

type Metadata = Record<string, unknown> | null | undefined

/** The product's ABV in %, or null when it declares none (not alcohol). */
export function alcoholAbv(metadata: Metadata): number | null {
  const raw = metadata?.[ALCOHOL_ABV_KEY]
  const abv = typeof raw === "string" && raw.trim() ? Number(raw) : raw
  return typeof abv === "number" && Number.isFinite(abv) && abv > 0 ? abv : null
}

/** Whether a product (by its metadata) is an alcoholic drink. */
export function isAlcoholic(metadata: Metadata): boolean {
  return alcoholAbv(metadata) !== null
}

/** Whether an ABV bars the product from livestream promotion (≥ 15 %). */
export function isStrongAlcohol(abv: number | null): boolean {
  return abv !== null && abv >= STRONG_ALCOHOL_MIN_ABV
}

/** Whether a product may not be pinned or offered in a livestream (the generic flag). */
export function isLiveRestricted(metadata: Metadata): boolean {
  return metadata?.[LIVE_RESTRICTED_KEY] === true
}

/**
 * The alcohol metadata of a product of `abv` % (estimated or declared):
 * what the seed writes. `live_restricted` only for strong alcohol.
 */
export function alcoholMetadata(abv: number, estimated: boolean): Record<string, unknown> {
  return {
    [ALCOHOL_ABV_KEY]: abv,
    [ALCOHOL_ABV_ESTIMATED_KEY]: estimated,
    ...(isStrongAlcohol(abv) ? { [LIVE_RESTRICTED_KEY]: true } : {}),
  }
}

/**
 * Why a cart may not be completed for lack of an 18+ confirmation, or null:
 * only when it holds alcohol, and the confirmation is a server timestamp
 * not later than `now`.
 */
export function ageConfirmationProblem(hasAlcohol: boolean, cartMetadata: Metadata, now: Date = new Date()): string | null {
  if (!hasAlcohol) {
    return null
  }
  const at = cartMetadata?.[AGE_CONFIRMED_AT_KEY]
  const time = typeof at === "string" ? Date.parse(at) : NaN
  if (!Number.isFinite(time) || time > now.getTime()) {
    return `${AGE_CONFIRMED_AT_KEY}: the cart holds alcohol; the buyer must confirm being ${ADULT_AGE} or older (POST /store/carts/:id/age-confirmation)`
  }
  return null
}

/**
 * Whether cash on delivery may pay a cart. Refused for alcohol bought online;
 * a kiosk sale is in person at the stall (the seller sees the buyer and
 * takes the cash there), so cash stays allowed there.
 */
export function codAllowed(o: { hasAlcohol: boolean; inPerson: boolean }): boolean {
  return !o.hasAlcohol || o.inPerson
}
