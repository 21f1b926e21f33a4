import { defineMiddlewares } from "@medusajs/framework/http"
import { adminLiveMiddlewares } from "./admin/live/middlewares"
import { liveMediaMiddlewares } from "./live-media/middlewares"
import { producerMiddlewares } from "./producer/middlewares"
import { storeLiveMiddlewares } from "./store/live/middlewares"

/**
 * The live-selling plugin's routes: store (streams, claim → cart), admin and
 * the sellers' console under `/producer/*` (Medusa's `producer` actor).
 */
export default defineMiddlewares({
  routes: [...storeLiveMiddlewares, ...adminLiveMiddlewares, ...producerMiddlewares, ...liveMediaMiddlewares],
})
