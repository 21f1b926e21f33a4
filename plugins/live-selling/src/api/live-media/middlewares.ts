import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"
import {
  PostLiveMediaPublish,
  PostLiveMediaRelayState,
  PostLiveMediaRecordingFinish,
  PostLiveMediaRecordingStart,
  PostLiveMediaRetention,
  PostLiveMediaStream,
} from "./validators"

/** The scope of the short tokens the media server signs with Medusa's JWT secret. */
export const LIVE_MEDIA_SCOPE = "live-media"

/** Only the media server (a bearer token of scope `live-media`, signed with JWT_SECRET). */
export function liveMediaAuth(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer\s+/i, "") ?? ""
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  try {
    const payload = jwt.verify(token, secret, { algorithms: ["HS256"] }) as { scope?: string }
    if (payload?.scope === LIVE_MEDIA_SCOPE) return next()
  } catch {
    // falls through to the refusal
  }
  next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "only the live media server may call this"))
}

/** `/live-media/*`: the media server's reports (publish, check, unpublish, grace period over, relays, recordings). */
export const liveMediaMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/live-media/*", middlewares: [liveMediaAuth] },
  { method: ["POST"], matcher: "/live-media/publish", middlewares: [validateAndTransformBody(PostLiveMediaPublish)] },
  { method: ["POST"], matcher: "/live-media/check", middlewares: [validateAndTransformBody(PostLiveMediaPublish)] },
  { method: ["POST"], matcher: "/live-media/unpublish", middlewares: [validateAndTransformBody(PostLiveMediaStream)] },
  { method: ["POST"], matcher: "/live-media/grace-over", middlewares: [validateAndTransformBody(PostLiveMediaStream)] },
  { method: ["POST"], matcher: "/live-media/relays", middlewares: [validateAndTransformBody(PostLiveMediaStream)] },
  { method: ["POST"], matcher: "/live-media/relay-state", middlewares: [validateAndTransformBody(PostLiveMediaRelayState)] },
  { method: ["POST"], matcher: "/live-media/recordings/start", middlewares: [validateAndTransformBody(PostLiveMediaRecordingStart)] },
  { method: ["POST"], matcher: "/live-media/recordings/finish", middlewares: [validateAndTransformBody(PostLiveMediaRecordingFinish)] },
  { method: ["POST"], matcher: "/live-media/recordings/retention", middlewares: [validateAndTransformBody(PostLiveMediaRetention)] },
]
