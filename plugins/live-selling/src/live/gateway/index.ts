import { createAdapter } from "@socket.io/redis-adapter"
import { randomBytes } from "crypto"
import http from "http"
import type Redis from "ioredis"
import type { AddressInfo } from "net"
import { Server, type Namespace } from "socket.io"
import { createClaimEngine } from "../../modules/livestream/claims"
import type { Catalog, LiveControlContext } from "../../modules/livestream/control/context"
import { LiveError, toAckError } from "../../modules/livestream/lib/errors"
import { PgEventLog } from "../../modules/livestream/events/pg-event-log"
import { createEventLog } from "../../modules/livestream/events/publish"
import { DEFAULT_REDIS_PREFIX, redisKeys } from "../../modules/livestream/lib/redis-keys"
import type { Actor, Db } from "../../modules/livestream/lib/types"
import { Aggregates } from "./aggregates"
import { createAuthenticator } from "./auth"
import { BanCache } from "./ban-cache"
import { registerChatHandlers } from "./chat-handlers"
import { CartLineQueue, type CartLineOutcome } from "./cart-lines"
import { registerClaimHandlers } from "./claim-handlers"
import { userRoom, type CartCheck, type GatewayContext } from "./context"
import type { CartAttacher } from "./medusa-cart"
import { medusaCatalog } from "./medusa-catalog"
import { medusaCustomerNames, medusaKeyCheck } from "./medusa-checks"
import type { MedusaHttp } from "./medusa-http"
import { registerProducerHandlers } from "./producer-handlers"
import { LocalRateLimiter, RedisRateLimiter } from "./rate-limit"
import { RoomRegistry } from "./rooms"
import { Scheduler } from "./scheduler"
import { SlowMode } from "./slow-mode"
import { loadSnapshot } from "./snapshot"
import { StreamCache } from "./stream-cache"
import { registerViewerHandlers } from "./viewer-handlers"
import { WordFilters } from "./word-filters"

export type LiveGatewayOptions = {
  /** Attach to this server, or listen on `port` (0 = any free port). */
  httpServer?: http.Server
  port?: number
  host?: string
  db: Db
  /** With Redis: shared seq/log, claims, limits and counts; many gateways. */
  redis?: Redis | null
  prefix?: string
  jwtSecret: string
  /** Browser origins allowed to connect (the socket's Origin header); default `*`. */
  corsOrigins?: (string | RegExp)[] | "*"
  holdMs?: number
  tickMs?: number
  sweepMs?: number
  /** At most this many missed events replayed on `join` with `lastSeq` (default 200); further behind: resync. */
  maxReplay?: number
  /** How long the backend's answer on a publishable key is trusted (default 60 s). */
  keyCacheMs?: number
  /** Let guests (publishable key only) claim; default false. */
  guestClaims?: boolean
  /**
   * The Medusa backend (`medusaHttp`), asked for publishable keys, customer
   * names, variants and products; the gateway reads no Medusa table itself.
   */
  medusa: MedusaHttp
  verifyCart?: CartCheck | null
  /** After a claim with `cartId`: the claim as a cart line, through Medusa (after the ack). */
  attachCart?: CartAttacher | null
  /** Claim-to-cart attachments running at once (default 4). */
  cartConcurrency?: number
  nameOf?: (actor: { type: Actor["type"]; id: string }) => Promise<string | null>
  logger?: Pick<Console, "info" | "warn" | "error">
}

/** Products are only asked with a caller's credentials (`ctx.catalogFor`); anything else is refused. */
const noCatalog: Catalog = {
  getVariant: () => Promise.reject(new LiveError("internal", "the catalog is asked with a caller's credentials")),
  productOwners: () => Promise.reject(new LiveError("internal", "the catalog is asked with a caller's credentials")),
  liveRestricted: () => Promise.reject(new LiveError("internal", "the catalog is asked with a caller's credentials")),
}

/** A browser's origin against the allowed list; clients that send no Origin (not browsers) pass. */
export function originAllowed(origin: string | undefined, allowed: (string | RegExp)[] | "*") {
  if (!origin || allowed === "*") return true
  return allowed.some((a) => (typeof a === "string" ? a === origin : a.test(origin)))
}

/** A claim's cart line, told to its buyer only (every socket of that user, on any gateway). */
function announceCartLine(nsp: Namespace, outcome: CartLineOutcome) {
  const { claimId, cartId, userId } = outcome.job
  const room = nsp.to(userRoom(userId))
  if (outcome.kind === "carted") {
    room.emit("claim:carted", { claimId, cartId: outcome.line.id, lineItemId: outcome.line.lineItemId, ts: Date.now() })
  } else {
    room.emit("claim:cart_failed", { claimId, cartId, error: outcome.error, released: outcome.released, ts: Date.now() })
  }
}

/**
 * The live gateway: Socket.IO namespace `/live` (websocket transport), one
 * room per stream. Returns `{ io, port, close }`.
 */
export async function createLiveGateway(o: LiveGatewayOptions) {
  const logger = o.logger ?? console
  const prefix = o.prefix ?? DEFAULT_REDIS_PREFIX
  const keys = redisKeys(prefix)
  const redis = o.redis ?? null
  const log = createEventLog({ db: o.db, redis, prefix })
  const claims = createClaimEngine({ db: o.db, redis, prefix, log, holdMs: o.holdMs })
  const control: LiveControlContext = { db: o.db, log, claims, catalog: noCatalog }

  const server =
    o.httpServer ??
    http.createServer((req, res) => {
      res.writeHead(req.url === "/health" ? 200 : 404, { "content-type": "text/plain" })
      res.end(req.url === "/health" ? "ok" : "not found")
    })
  const io = new Server(server, {
    transports: ["websocket"],
    serveClient: false,
    maxHttpBufferSize: 16_000,
    cors: { origin: o.corsOrigins ?? "*" },
    // websocket upgrades are not subject to CORS: the Origin header is checked here
    allowRequest: (req, done) => done(null, originAllowed(req.headers.origin, o.corsOrigins ?? "*")),
  })
  // Keep less per connection: the upgrade request is not needed afterwards.
  io.engine.on("connection", (raw: any) => {
    raw.request = null
  })
  let adapterClients: Redis[] = []
  if (redis) {
    adapterClients = [redis.duplicate(), redis.duplicate()]
    adapterClients.forEach((c) => c.on("error", (e) => logger.warn("[live] redis adapter:", e.message)))
    io.adapter(createAdapter(adapterClients[0], adapterClients[1], { key: keys.adapter }))
  }
  const nsp = io.of("/live")
  const reportError = (e: unknown) => logger.error("[live]", e)
  const rooms = new RoomRegistry(nsp, log, (id) => loadSnapshot(control, id), o.maxReplay)
  const gatewayId = randomBytes(6).toString("hex")
  const aggregates = new Aggregates({ db: o.db, log, rooms, gatewayId, redis, keys, tickMs: o.tickMs, onError: reportError })
  const streams = new StreamCache(o.db)
  const ctx: GatewayContext = {
    ...control, nsp, rooms, aggregates, streams, redis, keys, reportError,
    bans: new BanCache(o.db),
    chatLimiter: redis ? new RedisRateLimiter(redis) : new LocalRateLimiter(),
    guestClaims: o.guestClaims ?? false,
    catalogFor: medusaCatalog(o.medusa),
    verifyCart: o.verifyCart ?? null,
    cartLines: o.attachCart
      ? new CartLineQueue({
          attach: o.attachCart,
          release: (id) => claims.release(id),
          announce: (outcome) => announceCartLine(nsp, outcome),
          onError: reportError,
          concurrency: o.cartConcurrency,
        })
      : null,
    keyValid: medusaKeyCheck(o.medusa, { ttlMs: o.keyCacheMs }),
  }
  const scheduler = new Scheduler(control, {
    sweepMs: o.sweepMs,
    onError: reportError,
    housekeeping: async () => {
      rooms.gc()
      if (log instanceof PgEventLog) {
        await log.prune()
      }
    },
  })
  const slowMode = new SlowMode(redis, keys)
  const words = new WordFilters(o.db)
  const limiter = new LocalRateLimiter()
  const authenticate = createAuthenticator({
    jwtSecret: o.jwtSecret,
    keyValid: ctx.keyValid,
    customerName: medusaCustomerNames(o.medusa),
    nameOf: o.nameOf,
  })

  await log.subscribe((e) => {
    rooms.onEvent(e)
    scheduler.onEvent(e)
    streams.onEvent(e)
  })
  log.onResubscribe(() => rooms.catchUpAll())

  nsp.use((socket, next) => {
    authenticate(socket.handshake.auth).then(
      (session) => {
        socket.data.actor = session.actor
        socket.data.expiresAt = session.expiresAt
        socket.data.guestToken = session.guestToken
        socket.data.onlyStream = session.onlyStream
        socket.data.callerToken = session.callerToken
        next()
      },
      (e) => {
        const err: Error & { data?: unknown } = new Error(toAckError(e).error.code)
        err.data = toAckError(e).error
        next(err)
      }
    )
  })
  nsp.on("connection", (socket) => {
    socket.join(userRoom(socket.data.actor.userId))
    registerViewerHandlers(ctx, socket, limiter)
    registerChatHandlers(ctx, socket, limiter, { slowMode, words })
    registerClaimHandlers(ctx, socket, limiter)
    registerProducerHandlers(ctx, socket, limiter, scheduler)
    socket.on("disconnect", () => limiter.forget(socket.id))
  })

  aggregates.start()
  scheduler.start()

  let port = o.port ?? 0
  if (!o.httpServer) {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject)
      server.listen(o.port ?? 0, o.host, () => resolve())
    })
    port = (server.address() as AddressInfo).port
  }

  async function close() {
    scheduler.stop()
    await ctx.cartLines?.drained()
    await aggregates.stop()
    await new Promise<void>((resolve) => io.close(() => resolve()))
    await claims.flush().catch(() => undefined)
    await log.close()
    await Promise.all(adapterClients.map((c) => c.quit().catch(() => c.disconnect())))
  }

  return { io, nsp, port, ctx, close }
}

export type LiveGateway = Awaited<ReturnType<typeof createLiveGateway>>
