import { defineMiddlewares } from "@medusajs/framework/http"
import { adminVietQrMiddlewares, exactRefundMiddlewares } from "./admin/payments/vietqr/middlewares"
import { stripeHookMiddlewares } from "./hooks/payment/middlewares"
import { vietQrHookMiddlewares } from "./hooks/vietqr/middlewares"

/**
 * Every area keeps its routes' middlewares (validation, authentication) in a
 * `middlewares.ts` next to its routes; this file only gathers them.
 */
export default defineMiddlewares({
  routes: [
    ...stripeHookMiddlewares,
    ...vietQrHookMiddlewares,
    ...adminVietQrMiddlewares,
    ...exactRefundMiddlewares,
  ],
})
