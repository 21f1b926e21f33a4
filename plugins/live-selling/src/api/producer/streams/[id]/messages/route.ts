import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recentMessages } from "../../../../../modules/livestream/store/chat"
import { liveContext } from "../../../../../live/live-context"
import { liveActor } from "../../../helpers/actor"
import { controlled } from "../../../helpers/control"
import type { GetStreamMessagesType } from "../../../validators"

/** GET …/streams/:id/messages: the latest chat messages, oldest first (for moderation). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetStreamMessagesType>, res: MedusaResponse) => {
  await controlled(req, liveActor(req), req.params.id)
  const rows = await recentMessages(liveContext(req.scope).db, req.params.id, req.validatedQuery.limit)
  res.json({
    messages: rows.map((m: any) => ({
      id: m.id,
      user_id: m.user_id,
      name: m.name,
      role: m.role,
      text: m.text,
      created_at: new Date(m.created_at).toISOString(),
    })),
  })
}
