import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  StoreOcopLocale,
  StoreGetOcopProductParams,
  StoreGetOcopProductsParams,
  StoreGetOcopStatsParams,
} from "./validators"

/**
 * Medusa reads the locale from `?locale=` (or `x-medusa-locale`) into
 * `req.locale` before these middlewares, and removes the query parameter:
 * the shape is checked there, a bad one is a 400 naming `locale`.
 */
function validateLocale(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = StoreOcopLocale.safeParse({ locale: req.locale })
  if (parsed.success) return next()
  const message = parsed.error.issues.map((i) => i.message).join("; ")
  next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: Field 'locale' ${message}`))
}

/**
 * Store OCOP routes. Medusa already requires a publishable key under
 * /store; the handlers restrict products to the key's sales channels.
 */
export const storeOcopMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products",
    middlewares: [validateLocale, validateAndTransformQuery(StoreGetOcopProductsParams, { isList: true, defaults: [] })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle",
    middlewares: [validateLocale, validateAndTransformQuery(StoreGetOcopProductParams, { defaults: [] })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/stats",
    middlewares: [validateAndTransformQuery(StoreGetOcopStatsParams, { defaults: [] })],
  },
]
