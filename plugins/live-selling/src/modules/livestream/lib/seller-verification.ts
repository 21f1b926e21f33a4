import { createHmac } from "crypto"
/** How a seller's identity was checked. */
export const VERIFICATION_METHODS = ["vneid_level_2", "vneid_level_1", "in_person"] as const
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]

/**
 * Methods strong enough to let a seller go live: an e-ID of level 2 (VNeID
 * level 2: enrolled in person with biometrics, worth the chip ID card itself)
 * or the ID document checked in person. A level 1 e-ID (registered online) is
 * recorded but does not suffice.
 */
export const GO_LIVE_METHODS: readonly VerificationMethod[] = ["vneid_level_2", "in_person"]

/** What the go-live rule reads of a seller's verification. */
export type VerificationFacts = {
  method: string
  verified_at: Date | string
  revoked_at?: Date | string | null
}

/** An ID number as compared and hashed: letters upper-case, spaces, dots and dashes dropped. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/[\s.-]/g, "").toUpperCase()
}

/** What is kept of an ID number: its last 4 characters and a keyed hash, never the number. */
export function minimiseIdNumber(raw: string, secret: string): { id_number_last4: string; id_number_hash: string } {
  if (!secret) {
    throw new Error("seller verification: no secret to hash ID numbers with")
  }
  const id = normalizeIdNumber(raw)
  if (!/^[0-9A-Z]{8,20}$/.test(id)) {
    throw new Error("seller verification: an ID number is 8 to 20 digits or letters")
  }
  return {
    id_number_last4: id.slice(-4),
    id_number_hash: createHmac("sha256", secret).update(`live-seller-id:${id}`).digest("hex"),
  }
}

/**
 * Why the seller `sellerId` may not go live, or null when it may: it needs a
 * verification that is not revoked, dated no later than `now`, by a method
 * of `GO_LIVE_METHODS`. The message names the field (`producer_id`).
 */
export function goLiveRefusal(
  sellerId: string,
  verification: VerificationFacts | null | undefined,
  now: Date = new Date()
): string | null {
  const who = `producer_id: seller ${sellerId}`
  if (!verification || verification.revoked_at) {
    return `${who} has no verified identity (e-ID); an admin must record one before the stream can go live`
  }
  if (!GO_LIVE_METHODS.includes(verification.method as VerificationMethod)) {
    return `${who} is verified by ${verification.method} only; going live needs ${GO_LIVE_METHODS.join(" or ")}`
  }
  if (new Date(verification.verified_at).getTime() > now.getTime()) {
    return `${who} has an identity verification dated in the future`
  }
  return null
}
