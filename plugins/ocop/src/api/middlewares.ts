import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDemandMiddlewares } from "./admin/demand/middlewares"
import { adminOcopMiddlewares } from "./admin/ocop/middlewares"
import { producerDemandMiddlewares } from "./producer/demand/middlewares"
import { storeDemandMiddlewares } from "./store/demand/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"

/**
 * The OCOP plugin's routes; each area keeps its middlewares (validation,
 * authentication) in a `middlewares.ts` next to its routes.
 */
export default defineMiddlewares({
  routes: [
    ...storeOcopMiddlewares,
    ...adminOcopMiddlewares,
    ...storeDemandMiddlewares,
    ...adminDemandMiddlewares,
    ...producerDemandMiddlewares,
  ],
})
