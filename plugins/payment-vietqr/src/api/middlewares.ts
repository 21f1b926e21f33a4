import { defineMiddlewares } from "@medusajs/framework/http"
import { adminVietQrMiddlewares, exactRefundMiddlewares } from "./admin/payments/vietqr/middlewares"
import { vietQrHookMiddlewares } from "./hooks/vietqr/middlewares"

/** The VietQR plugin's routes: bank-notification webhook and admin confirmation. */
export default defineMiddlewares({
  routes: [...vietQrHookMiddlewares, ...adminVietQrMiddlewares, ...exactRefundMiddlewares],
})
