import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requireProducer } from "../../sellers/sellers"

export type ValidateSellerVerificationInput = { seller_id: string; verified_at: Date }

export const validateSellerVerificationStepId = "validate-seller-verification"
/**
 * This step checks a verification to record: the seller exists in the
 * store's seller directory (NOT_FOUND) and the check is not dated in the
 * future (INVALID_DATA).
 */
export const validateSellerVerificationStep = createStep(
  validateSellerVerificationStepId,
  async (input: ValidateSellerVerificationInput, { container }) => {
    const seller = await requireProducer(container, input.seller_id, "seller_id")
    if (new Date(input.verified_at).getTime() > Date.now() + 60_000) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "verified_at: a verification cannot be dated in the future")
    }
    return new StepResponse({ id: seller.id, name: seller.name })
  }
)
