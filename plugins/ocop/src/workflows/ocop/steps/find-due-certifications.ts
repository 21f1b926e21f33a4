import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { validityCutoff } from "../../../modules/ocop/lib"
import type OcopModuleService from "../../../modules/ocop/service"

export type DueCertification = { id: string; product_id: string }

export const findDueCertificationsStepId = "find-due-ocop-certifications"
/**
 * This step lists the active certifications whose valid-until day has
 * passed at `now` (default: the current time).
 */
export const findDueCertificationsStep = createStep(
  findDueCertificationsStepId,
  async (input: { now?: string | Date }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const due = await ocop.listOcopCertifications(
      { status: "active", valid_until: { $lt: validityCutoff(now) } },
      { select: ["id", "product_id"] }
    )
    return new StepResponse(due.map((c) => ({ id: c.id, product_id: c.product_id })) as DueCertification[])
  }
)
