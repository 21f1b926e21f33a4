import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBannedWords } from "../../../../../modules/livestream/store/moderation"
import { liveContext } from "../../../../../live/live-context"
import { liveActor } from "../../../helpers/actor"
import { controlled } from "../../../helpers/control"
import { listBannedWords } from "../../../helpers/banned-words"
import type { PostBannedWordsType } from "../../../validators"

/** GET …/streams/:id/banned-words: the stream's list (and the global one, read-only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await controlled(req, liveActor(req), req.params.id)
  res.json(await listBannedWords(req.scope, req.params.id))
}

/** POST …/streams/:id/banned-words: replaces the stream's list (gateways apply it within 15 s). */
export const POST = async (req: AuthenticatedMedusaRequest<PostBannedWordsType>, res: MedusaResponse) => {
  await controlled(req, liveActor(req), req.params.id)
  await setBannedWords(liveContext(req.scope).db, req.params.id, req.validatedBody.words as any)
  res.json(await listBannedWords(req.scope, req.params.id))
}
