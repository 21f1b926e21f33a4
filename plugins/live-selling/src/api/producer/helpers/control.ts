import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { controlledStream, type LiveControlContext } from "../../../modules/livestream/control"
import type { StreamRow } from "../../../modules/livestream/lib/types"
import type { LiveActor } from "../../../workflows/sellers/actor"
import { liveContext } from "../../../live/live-context"
import { runLive } from "../../../live/medusa-errors"

/**
 * Runs a live control operation (the livestream module's `control/`: authorised per stream,
 * published to the rooms) for the request's producer or admin, with its
 * refusals as Medusa errors.
 */
export function control<T>(
  req: AuthenticatedMedusaRequest<any, any>,
  actor: LiveActor,
  fn: (ctx: LiveControlContext, actor: LiveActor) => Promise<T>
): Promise<T> {
  return runLive(() => fn(liveContext(req.scope), actor))
}

/** The stream, if the actor may control it (404 / 403 otherwise). */
export function controlled(req: AuthenticatedMedusaRequest<any, any>, actor: LiveActor, streamId: string): Promise<StreamRow> {
  return runLive(() => controlledStream(liveContext(req.scope).db, actor, streamId))
}
