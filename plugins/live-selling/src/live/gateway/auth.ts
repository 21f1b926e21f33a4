import { createSecretKey } from "crypto"
import jwt from "jsonwebtoken"
import { LiveError } from "../../modules/livestream/lib/errors"
import { customerCallerToken, ticketKey, verifyLiveTicket } from "../../modules/livestream/lib/live-ticket"
import type { Actor } from "../../modules/livestream/lib/types"
import { guestIdentities } from "./guest-identity"
import { cleanDisplayName } from "./sanitize"

export type AuthOptions = {
  jwtSecret: string
  /** Whether a publishable key is valid (the backend's answer, cached). */
  keyValid: (key: string) => Promise<boolean>
  /** A customer's display name, asked with its own token. */
  customerName: (customerId: string, token: string) => Promise<string | null>
  /** Resolves display names of producers / admins (defaults by type). */
  nameOf?: (actor: { type: Actor["type"]; id: string }) => Promise<string | null>
}

/** Who a socket is for its lifetime. */
export type Session = {
  actor: Actor
  /** When the token expires (epoch ms); null for guests and tokens without `exp`. */
  expiresAt: number | null
  /** A guest's signed id, to send back as `auth.guestToken` on the next connect. */
  guestToken?: string
  /** For a ticket: the one stream the socket may join */
  onlyStream?: string
  /** For a ticket: the short customer token the gateway calls the backend with on its behalf */
  callerToken?: string
}

const DEFAULT_NAMES: Record<Actor["type"], string> = {
  customer: "Khách hàng",
  producer: "Nhà sản xuất",
  user: "Quản trị viên",
  guest: "Khách",
}

/**

 * Turns the handshake `auth` into a Session: `{ ticket }` (a live ticket from
 * `POST /store/live/streams/:id/ticket`), `{ token }` (a Medusa JWT for a
 * customer, producer or admin user) or `{ publishableKey, guestToken?, name? }`
 * for a guest. A guest's id is the gateway's: a valid `guestToken` (issued
 * by a gateway of this deployment) keeps it, anything else gets a new one.
 */
export function createAuthenticator(o: AuthOptions) {
  // A KeyObject made once: given a string, jsonwebtoken first tries (and
  // fails) to parse it as a public key on every verify.
  const secret = createSecretKey(Buffer.from(o.jwtSecret, "utf8"))
  const guests = guestIdentities(o.jwtSecret)
  const ticketSecret = ticketKey(o.jwtSecret)

  async function fromTicket(ticket: string, auth: Record<string, unknown>): Promise<Session> {
    const claims = verifyLiveTicket(ticketSecret, ticket)
    if (!claims) {
      throw new LiveError("unauthorized", "ticket: invalid or expired")
    }
    const callerToken = customerCallerToken(o.jwtSecret, claims)
    const known = await o.customerName(claims.customerId, callerToken)
    const id = claims.customerId
    const actor: Actor = { type: "customer", id, userId: id, name: cleanDisplayName(known ?? auth.name, DEFAULT_NAMES.customer) }
    // the ticket only opens the socket (the widget asks a new one at every connect): no expiry here
    return { actor, expiresAt: null, onlyStream: claims.streamId, callerToken }
  }

  async function fromToken(token: string, auth: Record<string, unknown>): Promise<Session> {
    let payload: any
    try {
      payload = jwt.verify(token, secret, { algorithms: ["HS256"] })
    } catch {
      throw new LiveError("unauthorized", "token: invalid or expired")
    }
    const type = payload?.actor_type
    const id = payload?.actor_id
    if (!["customer", "producer", "user"].includes(type) || typeof id !== "string" || !id) {
      throw new LiveError("unauthorized", "token: not a customer, producer or admin token")
    }
    const known =
      type === "customer" ? await o.customerName(id, token) : ((await o.nameOf?.({ type, id })) ?? null)
    const fallback = known ?? DEFAULT_NAMES[type as Actor["type"]]
    return {
      actor: { type, id, userId: id, name: cleanDisplayName(known ?? auth.name, fallback) },
      expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null,
    }
  }

  return async function authenticate(auth: Record<string, unknown> | undefined): Promise<Session> {
    const a = auth ?? {}
    if (typeof a.ticket === "string" && a.ticket) {
      return fromTicket(a.ticket, a)
    }
    if (typeof a.token === "string" && a.token) {
      return fromToken(a.token, a)
    }
    if (typeof a.publishableKey === "string" && a.publishableKey) {
      if (!(await o.keyValid(a.publishableKey))) {
        throw new LiveError("unauthorized", "publishableKey: unknown or revoked key")
      }
      const known = guests.verify(a.guestToken)
      const { guestId, guestToken } = known ? { guestId: known, guestToken: a.guestToken as string } : guests.issue()
      const name = cleanDisplayName(a.name, `${DEFAULT_NAMES.guest} ${guestId.slice(-4)}`)
      return { actor: { type: "guest", id: guestId, userId: `guest_${guestId}`, name }, expiresAt: null, guestToken }
    }
    throw new LiveError("unauthorized", "auth: send { publishableKey }, { ticket } or { token }")
  }
}
