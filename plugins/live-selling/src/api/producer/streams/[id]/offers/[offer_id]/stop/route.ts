import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { stopOffer } from "../../../../../../../modules/livestream/control"
import { getOffer } from "../../../../../../../modules/livestream/store/offers"
import { liveContext } from "../../../../../../../live/live-context"
import { liveActor } from "../../../../../helpers/actor"
import { control } from "../../../../../helpers/control"
import { offerRest } from "../../../../../helpers/views"

/** POST …/streams/:id/offers/:offer_id/stop: ends the offer now; viewers get `offer:ended`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const offer = await getOffer(liveContext(req.scope).db, req.params.offer_id)
  if (!offer || offer.stream_id !== req.params.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `offer_id: offer ${req.params.offer_id} not found in this stream`)
  }
  const actor = liveActor(req)
  await control(req, actor, (ctx) => stopOffer(ctx, actor, offer.id))
  const ended = await getOffer(liveContext(req.scope).db, offer.id)
  res.json({ offer: offerRest(ended!, ended!.quantity - ended!.claimed) })
}
