import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCancelPreOrder,
  AdminComputeDemandMatches,
  AdminCreateMarketDays,
  AdminCreatePreOrder,
  AdminCreateTourismEvents,
  AdminDemandDashboard,
  AdminDemandWeeks,
  AdminListDemandMatches,
  AdminListDemandSuggestions,
  AdminListPreOrders,
  AdminListTourismEvents,
  AdminPreOrderBook,
  AdminSetSupplyForecasts,
  AdminSetSupplySeason,
  AdminSupplyView,
  AdminUpdateDemandSuggestion,
  AdminUpdateTourismEvent,
} from "./validators"

type Schema = Parameters<typeof validateAndTransformQuery>[0]
const get = (matcher: string, schema: Schema): MiddlewareRoute => ({
  method: ["GET"],
  matcher,
  middlewares: [validateAndTransformQuery(schema, { defaults: [] })],
})
const post = (matcher: string, schema: Schema): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  middlewares: [validateAndTransformBody(schema)],
})

/**
 * Admin demand routes: Medusa authenticates every /admin route; these
 * validate the input. `producer_id` restricts reads to one producer's
 * products (the producer console wraps these routes).
 */
export const adminDemandMiddlewares: MiddlewareRoute[] = [
  get("/admin/demand/matches", AdminListDemandMatches),
  post("/admin/demand/matches/compute", AdminComputeDemandMatches),
  get("/admin/demand/suggestions", AdminListDemandSuggestions),
  post("/admin/demand/suggestions/:id", AdminUpdateDemandSuggestion),
  get("/admin/demand/dashboard", AdminDemandDashboard),
  get("/admin/demand/export.csv", AdminDemandWeeks),
  get("/admin/demand/pre-orders", AdminListPreOrders),
  post("/admin/demand/pre-orders", AdminCreatePreOrder),
  post("/admin/demand/pre-orders/:id/cancel", AdminCancelPreOrder),
  get("/admin/demand/pre-order-book", AdminPreOrderBook),
  get("/admin/demand/supply", AdminSupplyView),
  post("/admin/demand/supply/forecasts", AdminSetSupplyForecasts),
  post("/admin/demand/supply/seasons/:product_id", AdminSetSupplySeason),
  get("/admin/demand/calendar", AdminListTourismEvents),
  post("/admin/demand/calendar", AdminCreateTourismEvents),
  post("/admin/demand/market-days", AdminCreateMarketDays),
  post("/admin/demand/calendar/:id", AdminUpdateTourismEvent),
]
