import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { streamControlMiddlewares } from "../../producer/middlewares"
import {
  AdminGetLiveStreams,
  AdminPostBannedWords,
  AdminPostLiveStreams,
  AdminPostProducerAccounts,
} from "./validators"

/** `/admin/live/*` (Medusa already requires an admin user under /admin). */
export const adminLiveMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/live/streams",
    middlewares: [validateAndTransformQuery(AdminGetLiveStreams, { defaults: [] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/live/streams",
    middlewares: [validateAndTransformBody(AdminPostLiveStreams)],
  },
  ...streamControlMiddlewares("/admin/live/streams"),
  {
    method: ["POST"],
    matcher: "/admin/live/banned-words",
    middlewares: [validateAndTransformBody(AdminPostBannedWords)],
  },
  {
    method: ["POST"],
    matcher: "/admin/live/producer-accounts",
    middlewares: [validateAndTransformBody(AdminPostProducerAccounts)],
  },
]
