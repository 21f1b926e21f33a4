import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { controlledStream, type LiveControlContext } from "../../../live/control"
import type { StreamRow } from "../../../live/types"
import type { LiveActor } from "../../../workflows/live/lib/actor"
import { liveContext } from "../../../workflows/live/lib/live-context"
import { runLive } from "../../../workflows/live/lib/live-errors"

/**
 * Runs a live control operation (`src/live/control`: authorised per stream,
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
