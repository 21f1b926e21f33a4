import { z } from "@medusajs/framework/zod"

/**
 * Consent to the processing of personal data (Decree 13/2023/ND-CP, Art. 11):
 * given by an explicit act, for the purposes the privacy notice states, and
 * provable. The server keeps which notice was agreed to and when; the client
 * only says yes.
 */

/** The privacy notice in force (the storefront's privacy page shows the same version). */
export const PRIVACY_NOTICE_VERSION = "2026-12-05"

/** Where a customer's or a cart's metadata keeps the consent record. */
export const CONSENT_KEY = "personal_data_consent"

/** A cart whose client asks the buyer for consent (the OCOP storefront) says so here. */
export const CONSENT_REQUIRED_KEY = "personal_data_consent_required"

export type ConsentRecord = { version: string; at: string }

/** What the server stores: the notice version and the server's own time. */
export function consentRecord(now: Date, version = PRIVACY_NOTICE_VERSION): ConsentRecord {
  return { version, at: now.toISOString() }
}

export function isConsentRecord(value: unknown): value is ConsentRecord {
  const v = value as ConsentRecord | null
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.version === "string" &&
    v.version.length > 0 &&
    typeof v.at === "string" &&
    !Number.isNaN(Date.parse(v.at))
  )
}

/** Body of `POST /store/carts/:id/consent`. */
export const PostCartConsentSchema = z
  .object({
    personal_data_consent: z.literal(true, {
      error: "personal_data_consent: must be true (the buyer agrees to the privacy notice)",
    }),
  })
  .strict()

export type PostCartConsent = z.infer<typeof PostCartConsentSchema>

/**
 * The consent a registration (`POST /store/customers`) carries in
 * `metadata.personal_data_consent`: `true`, and nothing else. Returns the
 * problem naming the field, or null.
 */
export function registrationConsentProblem(metadata: Record<string, unknown> | null | undefined): string | null {
  return metadata?.[CONSENT_KEY] === true
    ? null
    : `metadata.${CONSENT_KEY}: must be true (the customer agrees to the privacy notice, version ${PRIVACY_NOTICE_VERSION})`
}

/**
 * Which carts need a recorded consent before they become orders:
 * - `storefront` (default): carts whose client opted in with
 *   `metadata.personal_data_consent_required: true` (the OCOP storefront does,
 *   for every cart it opens); a stock Medusa client knows nothing of it and
 *   checks out as before (api contract);
 * - `all`: every cart.
 */
export type CheckoutConsentMode = "storefront" | "all"

export function checkoutConsentMode(value: string | undefined): CheckoutConsentMode {
  return value?.trim().toLowerCase() === "all" ? "all" : "storefront"
}

/** The problem (400) of completing a cart with this metadata, or null. */
export function checkoutConsentProblem(
  metadata: Record<string, unknown> | null | undefined,
  mode: CheckoutConsentMode
): string | null {
  const required = mode === "all" || metadata?.[CONSENT_REQUIRED_KEY] === true
  if (!required || isConsentRecord(metadata?.[CONSENT_KEY])) {
    return null
  }
  return `${CONSENT_KEY}: the buyer has not agreed to the privacy notice; record it with POST /store/carts/:id/consent`
}

/**
 * The metadata a client sends in a cart update, with what only the server
 * writes kept as stored: the consent record (a client's is refused before
 * this) and the opt-in, which a client may set but not take back. Medusa
 * replaces a cart's metadata on update; this keeps the consent through it.
 */
export function keepServerConsent(
  sent: Record<string, unknown>,
  stored: Record<string, unknown> | null | undefined
): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...sent }
  if (stored?.[CONSENT_KEY] !== undefined) {
    kept[CONSENT_KEY] = stored[CONSENT_KEY]
  }
  if (stored?.[CONSENT_REQUIRED_KEY] === true) {
    kept[CONSENT_REQUIRED_KEY] = true
  }
  return kept
}
