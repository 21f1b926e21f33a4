import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "@ocop-live/rate-limit"
import { StoreGetLiveStreams, StorePostLiveClaimCart, StorePostLiveClaimOrder, StorePostLiveReminder, StorePostLiveTicket } from "./validators"

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
      // per customer (and per IP for guests and many accounts behind one
      // address); env: RATE_LIMIT_CLAIM_CART_ACCOUNT, RATE_LIMIT_CLAIM_CART_IP
      rateLimit({
        name: "claim-cart",
        what: "claim-to-cart requests",
        ip: { points: 60, duration: 60 },
        account: { points: 30, duration: 60 },
      }),
      validateAndTransformBody(StorePostLiveClaimCart),
    ],
  },
  {
    // a signed-in customer only: the order is theirs, to their saved address
    method: ["POST"],
    matcher: "/store/live/claims/:id/order",
    middlewares: [
      authenticate("customer", ["bearer", "session"]),
      // env: RATE_LIMIT_CLAIM_ORDER_IP, RATE_LIMIT_CLAIM_ORDER_ACCOUNT
      rateLimit({
        name: "claim-order",
        what: "claim order requests",
        ip: { points: 60, duration: 60 },
        account: { points: 10, duration: 60 },
      }),
      validateAndTransformBody(StorePostLiveClaimOrder),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/live/streams/:id/reminders",
    middlewares: [
      authenticate("customer", ["bearer", "session"], { allowUnauthenticated: true }),
      // env: RATE_LIMIT_LIVE_REMINDERS_IP, RATE_LIMIT_LIVE_REMINDERS_ACCOUNT
      rateLimit({
        name: "live-reminders",
        what: "reminder requests",
        ip: { points: 20, duration: 60 },
        account: { points: 10, duration: 60 },
      }),
      validateAndTransformBody(StorePostLiveReminder),
    ],
  },
  {
    // a signed-in customer only: the ticket names it to the live gateway
    method: ["POST"],
    matcher: "/store/live/streams/:id/ticket",
    middlewares: [authenticate("customer", ["bearer", "session"]), validateAndTransformBody(StorePostLiveTicket)],
  },
]
