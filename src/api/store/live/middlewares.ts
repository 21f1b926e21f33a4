import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreGetLiveStreams, StorePostLiveClaimCart } from "./validators"

/** Store live routes (Medusa already requires a publishable key under /store). */
export const storeLiveMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/live/streams",
    middlewares: [validateAndTransformQuery(StoreGetLiveStreams, { defaults: [] })],
  },
  {
    method: ["POST"],
    matcher: "/store/live/claims/:id/cart",
    middlewares: [
      authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true }),
      validateAndTransformBody(StorePostLiveClaimCart),
    ],
  },
]
