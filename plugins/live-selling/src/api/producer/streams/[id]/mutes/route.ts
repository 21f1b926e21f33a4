import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { muteChatUser } from "../../../../../modules/livestream/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import type { PostStreamMuteType } from "../../../validators"

/** POST …/streams/:id/mutes: mutes a viewer in the stream's chat for N minutes. */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamMuteType>, res: MedusaResponse) => {
  const { user_id, minutes } = req.validatedBody
  const r = await control(req, liveActor(req), (ctx, actor) =>
    muteChatUser(ctx, actor, { streamId: req.params.id, userId: user_id, minutes })
  )
  res.json({ user_id, until: new Date(r.until).toISOString() })
}
