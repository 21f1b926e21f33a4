import { createSecretKey } from "crypto"
import jwt from "jsonwebtoken"
import { LiveError } from "../errors"
import { customerName, isPublishableKeyValid } from "../store/medusa"
import type { Actor, Db } from "../types"
import { cleanDisplayName } from "./sanitize"

export type AuthOptions = {
  db: Db
  jwtSecret: string
  /** Resolves display names of producers / admins (defaults by type). */
  nameOf?: (actor: { type: Actor["type"]; id: string }) => Promise<string | null>
}

const GUEST_ID = /^[A-Za-z0-9_-]{8,64}$/
const KEY_TTL_MS = 60_000
const DEFAULT_NAMES: Record<Actor["type"], string> = {
  customer: "Khách hàng",
  producer: "Nhà sản xuất",
  user: "Quản trị viên",
  guest: "Khách",
}

/**
 * Turns the handshake `auth` into an Actor: `{ token }` (a Medusa JWT for a
 * customer, producer or admin user) or `{ publishableKey, guestId?, name? }`.
 */
export function createAuthenticator(o: AuthOptions) {
  const keyCache = new Map<string, { ok: boolean; at: number }>()
  // A KeyObject made once: given a string, jsonwebtoken first tries (and
  // fails) to parse it as a public key on every verify.
  const secret = createSecretKey(Buffer.from(o.jwtSecret, "utf8"))

  async function keyValid(key: string) {
    const hit = keyCache.get(key)
    if (hit && Date.now() - hit.at < KEY_TTL_MS) {
      return hit.ok
    }
    const ok = await isPublishableKeyValid(o.db, key)
    keyCache.set(key, { ok, at: Date.now() })
    return ok
  }

  async function fromToken(token: string, auth: Record<string, unknown>): Promise<Actor> {
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
      type === "customer" ? await customerName(o.db, id) : ((await o.nameOf?.({ type, id })) ?? null)
    const fallback = known ?? DEFAULT_NAMES[type as Actor["type"]]
    return { type, id, userId: id, name: cleanDisplayName(known ?? auth.name, fallback) }
  }

  return async function authenticate(auth: Record<string, unknown> | undefined): Promise<Actor> {
    const a = auth ?? {}
    if (typeof a.token === "string" && a.token) {
      return fromToken(a.token, a)
    }
    if (typeof a.publishableKey === "string" && a.publishableKey) {
      if (!(await keyValid(a.publishableKey))) {
        throw new LiveError("unauthorized", "publishableKey: unknown or revoked key")
      }
      const guestId =
        typeof a.guestId === "string" && GUEST_ID.test(a.guestId)
          ? a.guestId
          : Math.random().toString(36).slice(2, 12)
      const userId = `guest_${guestId}`
      const name = cleanDisplayName(a.name, `${DEFAULT_NAMES.guest} ${guestId.slice(-4)}`)
      return { type: "guest", id: guestId, userId, name }
    }
    throw new LiveError("unauthorized", "auth: send { publishableKey } or { token }")
  }
}
