import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { describeProblems, prepareCertification } from "../../../modules/ocop/lib"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationFields, CertificationRecord } from "../../../modules/ocop/types"
import { toCertificationData } from "./certification-data"

export type CertificationUpdateInput = { id: string } & Partial<CertificationFields>

export const validateCertificationUpdateStepId = "validate-ocop-certification-update"
/**
 * This step merges a correction into a certification and re-derives the
 * stars and validity. A superseded or revoked record is history and cannot
 * change; a correction may not change the star rating (that is an upgrade).
 */
export const validateCertificationUpdateStep = createStep(
  validateCertificationUpdateStepId,
  async (input: CertificationUpdateInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [current] = (await ocop.listOcopCertifications({ id: input.id })) as unknown as CertificationRecord[]
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `OCOP certification ${input.id} was not found`)
    }
    if (current.status === "superseded" || current.status === "revoked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: certification ${current.id} is ${current.status}`)
    }
    const scoresGiven = ["score_a", "score_b", "score_c", "score_total"].some((k) => k in input)
    const merged = {
      ...current,
      ...input,
      // a new part score without a total: the total follows the parts
      score_total: "score_total" in input ? input.score_total : scoresGiven ? null : current.score_total,
      illustrative_scores: input.illustrative_scores ?? (scoresGiven ? false : current.illustrative_scores),
    }
    const prepared = prepareCertification(merged)
    if (!prepared.value) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, describeProblems(prepared.problems))
    }
    if (prepared.value.stars !== current.stars) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `score_total: ${prepared.value.score_total} changes the rating from ${current.stars}★ to ${prepared.value.stars}★; use the upgrade route`
      )
    }
    return new StepResponse({ id: current.id, ...toCertificationData(merged, prepared.value) })
  }
)
