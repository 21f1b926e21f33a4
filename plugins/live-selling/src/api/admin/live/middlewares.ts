import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "@ocop-live/rate-limit"
import { streamControlMiddlewares } from "../../producer/middlewares"
import {
  AdminGetLiveRecordings,
  AdminGetLiveSellers,
  AdminGetLiveStreams,
  AdminPostBannedWords,
  AdminPostLiveStreams,
  AdminPostProducerAccounts,
  AdminPostSellerVerification,
  AdminPostSellerVerificationRevoke,
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
    matcher: "/admin/live/ingests/:streamId/stop",
    middlewares: [rateLimit({ name: "ingest-stop", what: "ingest stops", ip: { points: 60, duration: 60 }, account: { points: 30, duration: 60 } })],
  },
  {
    method: ["GET"],
    matcher: "/admin/live/recordings",
    middlewares: [validateAndTransformQuery(AdminGetLiveRecordings, { defaults: [] })],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/live/recordings/:id",
    middlewares: [rateLimit({ name: "recording-delete", what: "recording deletions", ip: { points: 60, duration: 60 }, account: { points: 30, duration: 60 } })],
  },
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
  {
    method: ["GET"],
    matcher: "/admin/live/sellers",
    middlewares: [validateAndTransformQuery(AdminGetLiveSellers, { defaults: [] })],
  },
  {
    method: ["POST"],
    matcher: "/admin/live/sellers/:id/verification",
    middlewares: [validateAndTransformBody(AdminPostSellerVerification)],
  },
  {
    method: ["POST"],
    matcher: "/admin/live/sellers/:id/verification/revoke",
    middlewares: [validateAndTransformBody(AdminPostSellerVerificationRevoke)],
  },
]
