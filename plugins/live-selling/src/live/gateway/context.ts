import type Redis from "ioredis"
import type { Namespace, Socket } from "socket.io"
import type { LiveControlContext } from "../../modules/livestream/control/context"
import { LiveError } from "../../modules/livestream/lib/errors"
import type { RedisKeys } from "../../modules/livestream/lib/redis-keys"
import type { Actor } from "../../modules/livestream/lib/types"
import type { Aggregates } from "./aggregates"
import type { BanCache } from "./ban-cache"
import type { CartLineQueue } from "./cart-lines"
import type { CatalogFor } from "./medusa-catalog"
import type { MedusaCaller } from "./medusa-http"
import type { RateLimiter } from "./rate-limit"
import type { RoomRegistry } from "./rooms"
import type { StreamCache } from "./stream-cache"

/** Checks that a cart may receive a claim (exists, open, the actor's), asking with the caller's credentials. */
export type CartCheck = (cartId: string, actor: Actor, caller: MedusaCaller) => Promise<void>

/** Everything the event handlers of one gateway share. */
export type GatewayContext = LiveControlContext & {
  nsp: Namespace
  rooms: RoomRegistry
  aggregates: Aggregates
  streams: StreamCache
  bans: BanCache
  chatLimiter: RateLimiter
  redis: Redis | null
  keys: RedisKeys
  guestClaims: boolean
  /** The catalog with a producer's or admin's credentials (for `ctx.catalog` in their handlers). */
  catalogFor: CatalogFor
  verifyCart: CartCheck | null
  /** Puts claims in their carts through the Medusa backend, after the ack (none: the client does). */
  cartLines: CartLineQueue | null
  /** Whether a publishable key is (still) valid: the backend's answer, cached briefly. */
  keyValid: (key: string) => Promise<boolean>
  reportError: (e: unknown) => void
}

export const actorOf = (socket: Socket): Actor => socket.data.actor
/** When the socket's token expires (epoch ms), or null. */
export const expiryOf = (socket: Socket): number | null => socket.data.expiresAt ?? null
/** The socket's own credentials, for calls to the backend on its behalf. */
export function callerOf(socket: Socket): MedusaCaller {
  const auth = socket.handshake.auth ?? {}
  return {
    // a ticket's socket: the gateway's own short token for that customer
    token: socket.data.callerToken ?? (typeof auth.token === "string" ? auth.token : null),
    publishableKey: typeof auth.publishableKey === "string" ? auth.publishableKey : null,
  }
}

export const userRoom = (userId: string) => `user:${userId}`

/**
 * A guest acts on its publishable key: before a guest's chat message or
 * claim the key is checked again (cached briefly), so a revoked key stops
 * it without a reconnect; the socket is then disconnected.
 */
export async function ensureGuestKey(ctx: GatewayContext, socket: Socket) {
  const { publishableKey } = callerOf(socket)
  if (actorOf(socket).type !== "guest" || !publishableKey || (await ctx.keyValid(publishableKey))) {
    return
  }
  setImmediate(() => socket.disconnect(true))
  throw new LiveError("unauthorized", "publishableKey: unknown or revoked key")
}
