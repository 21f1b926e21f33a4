import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { banChatUser } from "../../../../../modules/livestream/control"
import { liveActor } from "../../../helpers/actor"
import { control } from "../../../helpers/control"
import type { PostStreamBanType } from "../../../validators"

/** POST …/streams/:id/bans: bans a viewer from the stream's chat (refused at the next message). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamBanType>, res: MedusaResponse) => {
  const { user_id } = req.validatedBody
  await control(req, liveActor(req), (ctx, actor) =>
    banChatUser(ctx, actor, { streamId: req.params.id, userId: user_id })
  )
  res.json({ user_id, banned: true })
}
