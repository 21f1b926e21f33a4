import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getOffer } from "../../../../../modules/livestream/store/offers"
import { launchLiveOfferWorkflow } from "../../../../../workflows/live/launch-live-offer"
import { liveContext } from "../../../../../live/live-context"
import { liveActor } from "../../../helpers/actor"
import { controlled } from "../../../helpers/control"
import { streamDetail } from "../../../helpers/streams"
import { offerRest } from "../../../helpers/views"
import type { PostStreamOffersType } from "../../../validators"

/** GET …/streams/:id/offers: every offer of the stream, ended ones too. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await controlled(req, liveActor(req), req.params.id)
  const { offers } = await streamDetail(req.scope, req.params.id, { allOffers: true })
  res.json({ offers })
}

/** POST …/streams/:id/offers: launches a flash offer (after a 10-300 s countdown). */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamOffersType>, res: MedusaResponse) => {
  const { result } = await launchLiveOfferWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: liveActor(req), stream_id: req.params.id },
  })
  const row = await getOffer(liveContext(req.scope).db, result.id)
  res.status(201).json({ offer: offerRest(row!, result.left) })
}
