import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationRecord } from "../../../modules/ocop/types"

export const createCertificationStepId = "create-ocop-certification"
/**
 * This step creates a certification record; compensation deletes it.
 */
export const createCertificationStep = createStep(
  createCertificationStepId,
  async (data: Record<string, unknown>, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const created = await ocop.createOcopCertifications(data as any)
    return new StepResponse(created as unknown as CertificationRecord, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertifications(id)
  }
)
