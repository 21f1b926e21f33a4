import type Redis from "ioredis"
import type { Namespace, Socket } from "socket.io"
import type { LiveControlContext } from "../control/context"
import type { RedisKeys } from "../redis-keys"
import type { Actor } from "../types"
import type { Aggregates } from "./aggregates"
import type { BanCache } from "./ban-cache"
import type { CartAttacher } from "./medusa-cart"
import type { RateLimiter } from "./rate-limit"
import type { RoomRegistry } from "./rooms"
import type { StreamCache } from "./stream-cache"

/** Checks that a cart may receive a claim (exists, open, the actor's). */
export type CartCheck = (cartId: string, actor: Actor) => Promise<void>

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
  verifyCart: CartCheck | null
  /** Puts a claim in its cart through the Medusa backend (none: the client does). */
  attachCart: CartAttacher | null
  reportError: (e: unknown) => void
}

export const actorOf = (socket: Socket): Actor => socket.data.actor
export const userRoom = (userId: string) => `user:${userId}`
