import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { rateLimit } from "@ocop-live/rate-limit"
import { validateDemandBatch } from "./validate-demand-batch"
import { StoreCreatePreOrder, StoreListPreOrders, StoreRecordKioskHandover } from "./validators"

/**
 * Public writes are rate-limited (429 + Retry-After); the limits can be
 * changed from the environment: RATE_LIMIT_DEMAND_EVENTS_IP,
 * RATE_LIMIT_PRE_ORDERS_IP, RATE_LIMIT_PRE_ORDERS_ACCOUNT,
 * RATE_LIMIT_KIOSK_HANDOVERS_IP ("points" or "points/seconds").
 */
const demandEventsLimit = rateLimit({
  name: "demand-events",
  what: "demand event batches",
  ip: { points: 120, duration: 60 },
})
const kioskHandoversLimit = rateLimit({
  name: "kiosk-handovers",
  what: "kiosk hand-overs",
  ip: { points: 60, duration: 60 },
})
const preOrdersLimit = rateLimit({
  name: "pre-orders",
  what: "pre-orders",
  ip: { points: 20, duration: 60 },
  // the signed-in customer, whatever its IP
  account: { points: 20, duration: 60 },
})

/**
 * Store demand routes (Medusa requires the publishable key under /store).
 * Event batches may reach ~200 kB (500 events), above the default body limit.
 */
export const storeDemandMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/demand/events",
    bodyParser: { sizeLimit: "512kb" },
    middlewares: [demandEventsLimit, validateDemandBatch],
  },
  {
    method: ["POST"],
    matcher: "/store/demand/kiosk-handovers",
    middlewares: [kioskHandoversLimit, validateAndTransformBody(StoreRecordKioskHandover)],
  },
  {
    method: ["POST"],
    matcher: "/store/demand/pre-orders",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      preOrdersLimit,
      validateAndTransformBody(StoreCreatePreOrder),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/demand/pre-orders",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreListPreOrders, { defaults: [] }),
    ],
  },
]
