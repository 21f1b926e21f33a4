import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pinProducts } from "../../../../../modules/livestream/control"
import { productOwner } from "../../../../../workflows/sellers/actor"
import { assertProducts } from "../../../../../workflows/sellers/sellers"
import { liveActor } from "../../../helpers/actor"
import { control, controlled } from "../../../helpers/control"
import type { PostStreamPinType } from "../../../validators"

/** POST …/streams/:id/pin: the (≤ 3) pinned products; viewers get `product:pinned`. */
export const POST = async (req: AuthenticatedMedusaRequest<PostStreamPinType>, res: MedusaResponse) => {
  const actor = liveActor(req)
  const { product_ids } = req.validatedBody
  await controlled(req, actor, req.params.id)
  await assertProducts(req.scope, { productIds: product_ids, ownerId: productOwner(actor), field: "product_ids" })
  await control(req, actor, (ctx) => pinProducts(ctx, actor, req.params.id, product_ids))
  res.json({ pinned_product_ids: product_ids })
}
