import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { isPastValidity } from "../../../modules/ocop/lib"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationFields, CertificationRecord } from "../../../modules/ocop/types"
import { checkNewCertification } from "./validate-new-certification"

export type UpgradeInput = Omit<CertificationFields, "group"> & {
  /** the certification being upgraded */
  id: string
  group?: CertificationFields["group"]
}

export const validateUpgradeStepId = "validate-ocop-certification-upgrade"
/**
 * This step checks an upgrade: the current record is active and still in
 * date on the new decision date, and the new scores give more stars. It
 * returns the new record to create (same product, producer and group
 * unless given) and the id of the record it supersedes.
 */
export const validateUpgradeStep = createStep(
  validateUpgradeStepId,
  async (input: UpgradeInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [current] = (await ocop.listOcopCertifications({ id: input.id })) as unknown as CertificationRecord[]
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP certification ${input.id} was not found`)
    }
    if (current.status !== "active" || isPastValidity(current.valid_until, new Date(input.decided_at))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `id: certification ${current.id} is not active on ${String(input.decided_at).slice(0, 10)}; create a new certification instead`
      )
    }
    const { id, ...fields } = input
    const data = await checkNewCertification(container, {
      ...fields,
      group: input.group ?? current.group,
      subgroup: input.subgroup ?? current.subgroup,
      product_id: current.product_id,
      producer_id: current.producer_id,
      supersedes_id: current.id,
    })
    if (new Date(data.decided_at).getTime() < new Date(current.decided_at).getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "decided_at: an upgrade cannot be decided before the certification it replaces")
    }
    if (data.stars <= current.stars) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `score_total: ${data.score_total} gives ${data.stars}★, not more than the current ${current.stars}★`
      )
    }
    return new StepResponse({ superseded_id: current.id, data })
  }
)
