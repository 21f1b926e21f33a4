import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { OcopRecordEntity, recordMethods } from "../records/entities"

export type ProvenanceInput = {
  product_id: string
  producer_id?: string | null
  season_months?: number[] | null
  off_season_months?: number[] | null
  season_uncertain?: boolean
  traceability_url?: string | null
  mark_ids?: string[]
  planting_area_ids?: string[]
  standard_ids?: string[]
}

/** The relation fields of a provenance and the entity each id list refers to. */
const RELATIONS: [keyof ProvenanceInput, OcopRecordEntity, string][] = [
  ["mark_ids", "mark", "marks"],
  ["planting_area_ids", "planting_area", "planting_areas"],
  ["standard_ids", "standard", "standards"],
]

export const validateProvenanceStepId = "validate-ocop-provenance"
/**
 * This step checks that the product and every referenced producer, mark,
 * planting area and standard exist, and returns the provenance fields to
 * set (only those given).
 */
export const validateProvenanceStep = createStep(
  validateProvenanceStepId,
  async (input: ProvenanceInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_id: no product ${input.product_id}`)
    }
    const { mark_ids, planting_area_ids, standard_ids, ...data } = input
    const out: Record<string, unknown> = { ...data }
    if (input.producer_id) {
      const found = await ocop.listOcopProducers({ id: input.producer_id }, { select: ["id"] })
      if (!found.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `producer_id: no OCOP producer ${input.producer_id}`)
      }
    }
    for (const [field, entity, relation] of RELATIONS) {
      const ids = input[field] as string[] | undefined
      if (!ids) continue
      const unique = [...new Set(ids)]
      const found = unique.length ? await recordMethods(ocop, entity).list({ id: unique }, { select: ["id"] }) : []
      const missing = unique.filter((id) => !found.some((f) => f.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: not found: ${missing.join(", ")}`)
      }
      out[relation] = unique
    }
    return new StepResponse(out as { product_id: string } & Record<string, unknown>)
  }
)
