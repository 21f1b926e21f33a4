import { defineMiddlewares } from "@medusajs/framework/http"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { adminDemandMiddlewares } from "./admin/demand/middlewares"
import { storeDemandMiddlewares } from "./store/demand/middlewares"
import { adminVietQrMiddlewares, exactRefundMiddlewares } from "./admin/payments/vietqr/middlewares"
import { stripeHookMiddlewares } from "./hooks/payment/middlewares"
import { vietQrHookMiddlewares } from "./hooks/vietqr/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeLiveMiddlewares } from "./store/live/middlewares"
import { adminLiveMiddlewares } from "./admin/live/middlewares"

/**
 * Every area keeps its routes' middlewares (validation, authentication) in a
 * `middlewares.ts` next to its routes; this file only gathers them.
 */
export default defineMiddlewares({
  routes: [
    ...storeOcopMiddlewares,
    ...adminOcopMiddlewares,
    ...storeDemandMiddlewares,
    ...adminDemandMiddlewares,
    ...stripeHookMiddlewares,
    ...vietQrHookMiddlewares,
    ...adminVietQrMiddlewares,
    ...exactRefundMiddlewares,
    ...producerMiddlewares,
    ...storeLiveMiddlewares,
    ...adminLiveMiddlewares,
  ],
})
