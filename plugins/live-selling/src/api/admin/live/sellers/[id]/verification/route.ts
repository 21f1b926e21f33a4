import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LIVESTREAM_MODULE } from "../../../../../../modules/livestream"
import { minimiseIdNumber } from "../../../../../../modules/livestream/lib/seller-verification"
import type LivestreamModuleService from "../../../../../../modules/livestream/service"
import { recordSellerVerificationWorkflow } from "../../../../../../workflows/live/record-seller-verification"
import { requireProducer } from "../../../../../../workflows/sellers/sellers"
import {
  identityHashSecret,
  verificationView,
  type SellerVerification,
} from "../../../../../../workflows/sellers/verifications"
import type { AdminPostSellerVerificationType } from "../../../validators"

/**
 * GET /admin/live/sellers/:id/verification: `{ seller, verification, history }`
 * (the active verification or null, and every one recorded, newest first).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const seller = await requireProducer(req.scope, req.params.id, "id")
  const service = req.scope.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const rows = (await service.listLiveSellerVerifications(
    { seller_id: seller.id },
    { order: { created_at: "DESC" } }
  )) as SellerVerification[]
  const active = rows.find((v) => !v.revoked_at)
  res.json({
    seller: { id: seller.id, name: seller.name },
    verification: active ? verificationView(active) : null,
    history: rows.map(verificationView),
  })
}

/**
 * POST /admin/live/sellers/:id/verification: records the admin's identity
 * check of the seller (superseding its active one). Of `id_number` only the
 * last 4 characters and a keyed hash are kept: it never reaches the workflow.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostSellerVerificationType>, res: MedusaResponse) => {
  const { id_number, verified_at, ...body } = req.validatedBody
  const { result } = await recordSellerVerificationWorkflow(req.scope).run({
    input: {
      ...body,
      ...minimiseIdNumber(id_number, identityHashSecret(req.scope)),
      seller_id: req.params.id,
      verified_at: verified_at ? new Date(verified_at) : new Date(),
      verified_by: req.auth_context.actor_id,
    },
  })
  res.json({ verification: verificationView(result as SellerVerification) })
}
