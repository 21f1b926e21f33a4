import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { PostAdminConfirmVietQrSchema } from "./[id]/confirm/validators"
import { guardExactRefund } from "./exact-refund-guard"

/** /admin routes are already authenticated (user) by Medusa. */
export const adminVietQrMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payments/vietqr/:id/confirm",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(PostAdminConfirmVietQrSchema)],
  },
]

/** Every provider: no refund above captured − refunded, to the đồng. */
export const exactRefundMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payments/:id/refund",
    methods: ["POST"],
    middlewares: [guardExactRefund],
  },
]
