import { createHmac } from "crypto"
import jwt from "jsonwebtoken"

/**
 * Live tickets: what a page gives the <ocop-live> element instead of the
 * customer's JWT. The backend signs one for a signed-in customer and one
 * stream (`POST /store/live/streams/:id/ticket`), valid 60 s; the gateway
 * verifies it at the socket's handshake and knows the customer from then on.
 * A ticket is signed with a key derived from JWT_SECRET, so it is not a
 * Medusa token (no API accepts it) and no Medusa token is a ticket.
 */

export const TICKET_TTL_SECONDS = 60
const AUDIENCE = "ocop-live-gateway"
const PURPOSE = "live-socket"

export type LiveTicketClaims = { streamId: string; customerId: string; authIdentityId: string }

/** The tickets' key: HMAC(JWT_SECRET, purpose), never JWT_SECRET itself. */
export function ticketKey(jwtSecret: string): Buffer {
  return createHmac("sha256", jwtSecret).update("ocop-live-ticket/v1").digest()
}

export function signLiveTicket(jwtSecret: string, c: LiveTicketClaims, ttlSeconds = TICKET_TTL_SECONDS) {
  const ticket = jwt.sign(
    { purpose: PURPOSE, stream_id: c.streamId, actor_type: "customer", actor_id: c.customerId, auth_identity_id: c.authIdentityId },
    ticketKey(jwtSecret),
    { algorithm: "HS256", audience: AUDIENCE, expiresIn: ttlSeconds }
  )
  return { ticket, expiresAt: new Date(Date.now() + ttlSeconds * 1000) }
}

/** The ticket's claims, or null when it is not a valid, unexpired live ticket. */
export function verifyLiveTicket(jwtSecret: string | Buffer, ticket: string): LiveTicketClaims | null {
  try {
    const key = typeof jwtSecret === "string" ? ticketKey(jwtSecret) : jwtSecret
    const p: any = jwt.verify(ticket, key, { algorithms: ["HS256"], audience: AUDIENCE })
    const ok = p?.purpose === PURPOSE && p.actor_type === "customer" && [p.stream_id, p.actor_id, p.auth_identity_id].every((v) => typeof v === "string" && v)
    return ok ? { streamId: p.stream_id, customerId: p.actor_id, authIdentityId: p.auth_identity_id } : null
  } catch {
    return null
  }
}

/**
 * A short Medusa token for the gateway's own calls to the backend on the
 * customer's behalf (its name, its cart): the shape Medusa signs at sign-in.
 * It stays in the gateway's memory; browsers never see it. It lives as long
 * as a long stream (12 h): the socket it serves has no expiry of its own (the
 * ticket only opened it), and a shorter one would make a viewer's claims
 * fail mid-stream.
 */
export function customerCallerToken(jwtSecret: string, c: LiveTicketClaims, ttlSeconds = 12 * 60 * 60): string {
  return jwt.sign(
    { actor_id: c.customerId, actor_type: "customer", auth_identity_id: c.authIdentityId, app_metadata: { customer_id: c.customerId }, user_metadata: {} },
    jwtSecret,
    { algorithm: "HS256", expiresIn: ttlSeconds }
  )
}
