import { createHmac, randomBytes, timingSafeEqual } from "crypto"

/** A guest token: `<guestId>.<signature>` (base64url). */
const TOKEN = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/

/**
 * Guest identities the gateway issues: a random id and its HMAC-SHA256
 * signature under a key derived from the JWT secret (so every gateway of a
 * deployment recognises every other's guests, and a guest token is never a
 * valid JWT or vice versa). A client cannot choose or forge an id; it can
 * only present a token it was given.
 */
export function guestIdentities(jwtSecret: string) {
  const key = createHmac("sha256", jwtSecret).update("ocop-live guest identity v1").digest()
  const sign = (guestId: string) => createHmac("sha256", key).update(guestId).digest("base64url")

  return {
    /** A new guest: its id and the token that proves it. */
    issue(): { guestId: string; guestToken: string } {
      const guestId = randomBytes(12).toString("base64url")
      return { guestId, guestToken: `${guestId}.${sign(guestId)}` }
    },
    /** The guest id a token proves, or null (malformed or not signed by this deployment). */
    verify(token: unknown): string | null {
      const m = typeof token === "string" ? TOKEN.exec(token) : null
      if (!m) {
        return null
      }
      const expected = Buffer.from(sign(m[1]))
      const given = Buffer.from(m[2])
      return given.length === expected.length && timingSafeEqual(given, expected) ? m[1] : null
    },
  }
}
