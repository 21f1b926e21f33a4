import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import { describeProblems, issuingBodyName, prepareCertification } from "../../../modules/ocop/lib"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertificationFields } from "../../../modules/ocop/types"
import { toCertificationData } from "./certification-data"

export type NewCertificationInput = CertificationFields & {
  product_id: string
  producer_id?: string | null
  /** the record an upgrade replaces */
  supersedes_id?: string | null
}

/**
 * Checks a new certification (product and producer exist, no other active
 * certificate, scores, group, date and issuing level) and returns the row
 * to create, with the derived stars and validity. Throws a 400 naming the
 * field, or a 409 when the product already has an active certificate.
 */
export async function checkNewCertification(container: MedusaContainer, input: NewCertificationInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: input.product_id },
  })
  if (!products.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: no product ${input.product_id}`)
  }
  const prepared = prepareCertification(input)
  if (!prepared.value) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, describeProblems(prepared.problems))
  }
  let producerId = input.producer_id ?? null
  if (!producerId) {
    const [provenance] = await ocop.listOcopProductProvenances(
      { product_id: input.product_id },
      { select: ["id", "producer_id"] }
    )
    producerId = (provenance as { producer_id?: string | null } | undefined)?.producer_id ?? null
  }
  const [producer] = producerId ? await ocop.listOcopProducers({ id: producerId }, { select: ["id", "district"] }) : []
  if (producerId && !producer) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `producer_id: no OCOP producer ${producerId}`)
  }
  const active = await ocop.listOcopCertifications(
    { product_id: input.product_id, status: "active", id: { $ne: input.supersedes_id ?? "" } },
    { select: ["id"] }
  )
  if (active.length) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `product_id: product ${input.product_id} already has an active certification (${active[0].id}); upgrade or revoke it`
    )
  }
  // without a named body, the one the rules give for the level (flagged as inferred)
  const body = input.issuing_body
    ? { issuing_body: input.issuing_body, issuing_body_inferred: input.issuing_body_inferred ?? false }
    : {
        issuing_body: issuingBodyName(prepared.value.issuing_level, prepared.value.decided_at.toISOString(), {
          district: producer?.district,
        }),
        issuing_body_inferred: true,
      }
  return toCertificationData({ ...input, ...body }, prepared.value, {
    product_id: input.product_id,
    producer_id: producerId,
    supersedes_id: input.supersedes_id ?? null,
  })
}

export const validateNewCertificationStepId = "validate-new-ocop-certification"
/**
 * This step validates a new certification and returns the record to create.
 */
export const validateNewCertificationStep = createStep(
  validateNewCertificationStepId,
  async (input: NewCertificationInput, { container }) =>
    new StepResponse(await checkNewCertification(container, input))
)
