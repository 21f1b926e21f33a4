import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LIVESTREAM_MODULE } from "../../../modules/livestream"
import type LivestreamModuleService from "../../../modules/livestream/service"
import type { VerificationMethod } from "../../../modules/livestream/lib/seller-verification"

export type RecordSellerVerificationStepInput = {
  seller_id: string
  legal_name: string
  id_number_last4: string
  id_number_hash: string
  method: VerificationMethod
  verified_at: Date
  verified_by: string
  note?: string | null
}

export const recordSellerVerificationStepId = "record-seller-verification"
/**
 * This step records a seller's identity verification; the seller's active
 * one, if any, is revoked as superseded. Compensation deletes the new record
 * and restores the old.
 */
export const recordSellerVerificationStep = createStep(
  recordSellerVerificationStepId,
  async (input: RecordSellerVerificationStepInput, { container }) => {
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    const [previous] = await service.listLiveSellerVerifications({ seller_id: input.seller_id, revoked_at: null }, { take: 1 })
    if (previous) {
      await service.updateLiveSellerVerifications({
        id: previous.id,
        revoked_at: new Date(),
        revoked_by: input.verified_by,
        revoke_reason: "superseded by a new verification",
      })
    }
    let created
    try {
      created = await service.createLiveSellerVerifications({ ...input, note: input.note ?? null })
    } catch (e) {
      // Put the old one back, unless another admin's verification recorded at the same moment
      // is now the active one (one active per seller: the restore is then refused, rightly).
      if (previous) {
        await service
          .updateLiveSellerVerifications({ id: previous.id, revoked_at: null, revoked_by: null, revoke_reason: null })
          .catch(() => undefined)
      }
      throw e
    }
    return new StepResponse(created, { createdId: created.id, previousId: previous?.id ?? null })
  },
  async (done, { container }) => {
    if (!done?.createdId) {
      return
    }
    const service = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
    await service.deleteLiveSellerVerifications(done.createdId)
    if (done.previousId) {
      await service.updateLiveSellerVerifications({ id: done.previousId, revoked_at: null, revoked_by: null, revoke_reason: null })
    }
  }
)
