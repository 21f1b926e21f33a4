import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requireProducer } from "../../sellers/sellers"

export type ValidateProducerAccountInput = { producer_id: string; email: string }

export const validateProducerAccountStepId = "validate-producer-account"
/**
 * This step checks that the seller exists and that no email + password
 * login uses the email yet.
 */
export const validateProducerAccountStep = createStep(
  validateProducerAccountStepId,
  async (input: ValidateProducerAccountInput, { container }) => {
    const producer = await requireProducer(container, input.producer_id)
    const auth = container.resolve(Modules.AUTH)
    const existing = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    if (existing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: a login with this email already exists")
    }
    return new StepResponse(producer)
  }
)
