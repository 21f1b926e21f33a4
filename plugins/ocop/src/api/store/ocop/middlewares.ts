import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  StoreGetOcopProductParams,
  StoreGetOcopProductsParams,
  StoreGetOcopStatsParams,
} from "./validators"

/**
 * Store OCOP routes. Medusa already requires a publishable key under
 * /store; the handlers restrict products to the key's sales channels.
 */
export const storeOcopMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products",
    middlewares: [validateAndTransformQuery(StoreGetOcopProductsParams, { isList: true, defaults: [] })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle",
    middlewares: [validateAndTransformQuery(StoreGetOcopProductParams, { defaults: [] })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/stats",
    middlewares: [validateAndTransformQuery(StoreGetOcopStatsParams, { defaults: [] })],
  },
]
