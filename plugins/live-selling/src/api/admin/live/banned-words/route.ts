import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setBannedWords } from "../../../../modules/livestream/store/moderation"
import { liveContext } from "../../../../live/live-context"
import { listBannedWords } from "../../../producer/helpers/banned-words"
import type { AdminPostBannedWordsType } from "../validators"

/** GET /admin/live/banned-words: the global list (every stream). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { global_words } = await listBannedWords(req.scope, null)
  res.json({ words: global_words })
}

/** POST /admin/live/banned-words: replaces the global list (gateways apply it within 15 s). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostBannedWordsType>, res: MedusaResponse) => {
  await setBannedWords(liveContext(req.scope).db, null, req.validatedBody.words as any)
  const { global_words } = await listBannedWords(req.scope, null)
  res.json({ words: global_words })
}
