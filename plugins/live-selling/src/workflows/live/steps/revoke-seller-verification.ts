import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"

export type RevokeSellerVerificationStepInput = { seller_id: string; revoked_by: string; reason: string }

export const revokeSellerVerificationStepId = "revoke-seller-verification"
/**
 * This step revokes the seller's active identity verification (NOT_FOUND
 * when it has none): its streams can no longer go live. Compensation
 * restores it.
 */
export const revokeSellerVerificationStep = createStep(
  revokeSellerVerificationStepId,
  async (input: RevokeSellerVerificationStepInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [active] = await service.listLiveSellerVerifications({ seller_id: input.seller_id, revoked_at: null }, { take: 1 })
    if (!active) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `seller_id: seller ${input.seller_id} has no active identity verification`)
    }
    const revoked = await service.updateLiveSellerVerifications({
      id: active.id,
      revoked_at: new Date(),
      revoked_by: input.revoked_by,
      revoke_reason: input.reason,
    })
    return new StepResponse(revoked, active.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
      .updateLiveSellerVerifications({ id, revoked_at: null, revoked_by: null, revoke_reason: null })
  }
)
