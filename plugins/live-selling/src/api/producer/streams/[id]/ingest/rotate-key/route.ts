import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamIngest } from "../../../../../../modules/livestream/control"
import { liveActor } from "../../../../helpers/actor"
import { control } from "../../../../helpers/control"
import { ingestSettings } from "../../../../helpers/ingest"

/** POST …/streams/:id/ingest/rotate-key: a new stream key; the old one is refused from now on. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ingest = await control(req, liveActor(req), (ctx, actor) =>
    streamIngest(ctx, actor, req.params.id, ingestSettings(req.scope), true)
  )
  res.set("Cache-Control", "no-store")
  res.json({ ingest })
}
