import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeRelay, updateRelay } from "../../../../../../modules/livestream/control"
import { liveActor } from "../../../../helpers/actor"
import { control } from "../../../../helpers/control"
import type { PostStreamRelayType } from "../../../../validators"

/** POST …/relays/:relay_id `{ enabled }`: turns a destination on or off (the media server picks it up within 10 s). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamRelayType>, res: MedusaResponse) => {
  const { id, relay_id } = req.params
  const destination = await control(req, liveActor(req), (ctx, actor) => updateRelay(ctx, actor, id, relay_id, req.validatedBody.enabled))
  res.json({ destination })
}

/** DELETE …/relays/:relay_id: removes a destination. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, relay_id } = req.params
  res.json(await control(req, liveActor(req), (ctx, actor) => removeRelay(ctx, actor, id, relay_id)))
}
