import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "@ocop-live/rate-limit"
import { producerCors } from "./helpers/cors"
import {
  GetProducerProducts,
  GetProducerStreams,
  GetStreamMessages,
  PostBannedWords,
  PostProducerStream,
  PostProducerStreams,
  PostStreamBan,
  PostStreamMute,
  PostStreamOffers,
  PostStreamPin,
  PostStreamRelay,
  PostStreamRelays,
  PostStreamSlowMode,
} from "./validators"

/**
 * Validation of the per-stream controls, shared by `/producer/streams/:id/…`
 * and `/admin/live/streams/:id/…` (same handlers; authorisation per stream).
 */
export function streamControlMiddlewares(base: string): MiddlewareRoute[] {
  const body = (path: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
    method: ["POST"],
    matcher: `${base}/:id${path}`,
    middlewares: [validateAndTransformBody(schema)],
  })
  return [
    body("", PostProducerStream),
    body("/pin", PostStreamPin),
    body("/offers", PostStreamOffers),
    body("/mutes", PostStreamMute),
    body("/bans", PostStreamBan),
    body("/slow-mode", PostStreamSlowMode),
    body("/banned-words", PostBannedWords),
    {
      method: ["GET"],
      matcher: `${base}/:id/messages`,
      middlewares: [validateAndTransformQuery(GetStreamMessages, { defaults: [] })],
    },
  ]
}

// env: RATE_LIMIT_RELAY_WRITE_IP, RATE_LIMIT_RELAY_WRITE_ACCOUNT (one budget for add, toggle and delete)
const relayWriteLimit = rateLimit({ name: "relay-write", what: "multistream destination changes", ip: { points: 60, duration: 60 }, account: { points: 30, duration: 60 } })

/** `/producer/*`: producer logins only (Medusa's `producer` actor, bearer or session). */
export const producerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer/*",
    middlewares: [producerCors, authenticate("producer", ["bearer", "session"])],
  },
  {
    method: ["GET"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformQuery(GetProducerProducts, { defaults: [] })],
  },
  {
    method: ["GET"],
    matcher: "/producer/streams",
    middlewares: [validateAndTransformQuery(GetProducerStreams, { defaults: [] })],
  },
  {
    method: ["POST"],
    matcher: "/producer/streams",
    middlewares: [validateAndTransformBody(PostProducerStreams)],
  },
  {
    method: ["POST"],
    matcher: "/producer/streams/:id/ingest/rotate-key",
    // env: RATE_LIMIT_INGEST_ROTATE_IP, RATE_LIMIT_INGEST_ROTATE_ACCOUNT
    middlewares: [rateLimit({ name: "ingest-rotate", what: "stream key rotations", ip: { points: 30, duration: 60 }, account: { points: 10, duration: 60 } })],
  },
  { method: ["POST"], matcher: "/producer/streams/:id/relays", middlewares: [relayWriteLimit] },
  { method: ["POST", "DELETE"], matcher: "/producer/streams/:id/relays/:relay_id", middlewares: [relayWriteLimit] },
  { method: ["POST"], matcher: "/producer/streams/:id/relays", middlewares: [validateAndTransformBody(PostStreamRelays)] },
  { method: ["POST"], matcher: "/producer/streams/:id/relays/:relay_id", middlewares: [validateAndTransformBody(PostStreamRelay)] },
  ...streamControlMiddlewares("/producer/streams"),
]
