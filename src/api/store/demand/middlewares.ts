import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { validateDemandBatch } from "./validate-demand-batch"
import { StoreCreatePreOrder, StoreListPreOrders } from "./validators"

/**
 * Store demand routes (Medusa requires the publishable key under /store).
 * Event batches may reach ~200 kB (500 events), above the default body limit.
 */
export const storeDemandMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/demand/events",
    bodyParser: { sizeLimit: "512kb" },
    middlewares: [validateDemandBatch],
  },
  {
    method: ["POST"],
    matcher: "/store/demand/pre-orders",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
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
