import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationRecord } from "../../../modules/ocop/types"

export type CertificationUpdate = { id: string } & Record<string, unknown>

export const updateCertificationsStepId = "update-ocop-certifications"
/**
 * This step updates certification records; compensation puts back the
 * previous values of the fields it changed.
 */
export const updateCertificationsStep = createStep(
  updateCertificationsStepId,
  async (updates: CertificationUpdate[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (!updates.length) {
      return new StepResponse([] as CertificationRecord[], [] as CertificationUpdate[])
    }
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
    const previous = await ocop.listOcopCertifications(
      { id: updates.map((u) => u.id) },
      { select: fields as any }
    )
    const updated = await ocop.updateOcopCertifications(updates as any)
    return new StepResponse(
      updated as unknown as CertificationRecord[],
      previous as unknown as CertificationUpdate[]
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertifications(previous as any)
  }
)
