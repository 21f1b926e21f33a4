import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteChatMessage } from "../../../../../../modules/livestream/control"
import { getMessageStream } from "../../../../../../modules/livestream/store/chat"
import { liveContext } from "../../../../../../live/live-context"
import { liveActor } from "../../../../helpers/actor"
import { control } from "../../../../helpers/control"

/** DELETE …/streams/:id/messages/:message_id: removes a message; viewers get `chat:deleted`. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const streamId = await getMessageStream(liveContext(req.scope).db, req.params.message_id)
  if (streamId !== req.params.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `message_id: message ${req.params.message_id} not found in this stream`)
  }
  await control(req, liveActor(req), (ctx, actor) => deleteChatMessage(ctx, actor, req.params.message_id))
  res.json({ id: req.params.message_id, object: "live_chat_message", deleted: true })
}
