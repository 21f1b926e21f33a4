import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type RevokeInput = { id: string; reason: string; revoked_at?: string | Date }

export const validateRevocationStepId = "validate-ocop-certification-revocation"
/**
 * This step checks that a certification can be revoked (it is active or
 * expired, not already revoked or superseded) and returns the update.
 */
export const validateRevocationStep = createStep(
  validateRevocationStepId,
  async (input: RevokeInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [current] = await ocop.listOcopCertifications({ id: input.id }, { select: ["id", "status", "product_id"] })
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP certification ${input.id} was not found`)
    }
    if (current.status === "revoked" || current.status === "superseded") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: certification ${current.id} is already ${current.status}`)
    }
    return new StepResponse({
      product_id: current.product_id as string,
      update: {
        id: current.id,
        status: "revoked",
        revoked_at: input.revoked_at ? new Date(input.revoked_at) : new Date(),
        revocation_reason: input.reason,
      },
    })
  }
)
