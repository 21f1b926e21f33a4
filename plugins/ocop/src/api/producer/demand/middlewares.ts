import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminDemandDashboard,
  AdminListDemandSuggestions,
  AdminListPreOrders,
  AdminPreOrderBook,
  AdminSetSupplyForecasts,
  AdminSupplyView,
} from "../../admin/demand/validators"

type Schema = Parameters<typeof validateAndTransformQuery>[0]
/** The admin query without `producer_id`: the route sets it to the signed-in producer. */
const get = (path: string, schema: { omit: (k: { producer_id: true }) => Schema }): MiddlewareRoute => ({
  method: ["GET"],
  matcher: `/producer/demand/${path}`,
  middlewares: [validateAndTransformQuery(schema.omit({ producer_id: true }), { defaults: [] })],
})

/**
 * `/producer/demand/*`: producer logins (Medusa's `producer` actor, whose
 * `actor_id` is the OCOP producer's id).
 */
export const producerDemandMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/demand/*", middlewares: [authenticate("producer", ["bearer", "session"])] },
  get("dashboard", AdminDemandDashboard),
  get("pre-orders", AdminListPreOrders),
  get("pre-order-book", AdminPreOrderBook),
  get("suggestions", AdminListDemandSuggestions),
  get("supply", AdminSupplyView),
  {
    method: ["POST"],
    matcher: "/producer/demand/supply/forecasts",
    middlewares: [validateAndTransformBody(AdminSetSupplyForecasts)],
  },
]
