import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
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
  ...streamControlMiddlewares("/producer/streams"),
]
