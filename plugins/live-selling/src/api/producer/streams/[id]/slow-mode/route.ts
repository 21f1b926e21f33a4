import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSlowMode } from "../../../../../modules/livestream/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import type { PostStreamSlowModeType } from "../../../validators"

/** POST …/streams/:id/slow-mode: seconds between one viewer's messages (0 = off). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamSlowModeType>, res: MedusaResponse) => {
  const { seconds } = req.validatedBody
  await control(req, liveActor(req), (ctx, actor) => changeSlowMode(ctx, actor, req.params.id, seconds))
  res.json({ slow_mode_seconds: seconds })
}
