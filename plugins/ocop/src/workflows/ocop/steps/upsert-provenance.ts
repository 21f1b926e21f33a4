import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

type Snapshot = { created?: string; previous?: Record<string, unknown> }

const RELATIONS = ["marks", "planting_areas", "standards"] as const

export const upsertProvenanceStepId = "upsert-ocop-provenance"
/**
 * This step creates the product's provenance or updates the given fields
 * (relation lists are replaced). Compensation deletes what it created or
 * puts back the previous fields and relations.
 */
export const upsertProvenanceStep = createStep(
  upsertProvenanceStepId,
  async (data: { product_id: string } & Record<string, unknown>, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [existing] = await ocop.listOcopProductProvenances(
      { product_id: data.product_id },
      { relations: [...RELATIONS] }
    )
    if (!existing) {
      const created = await ocop.createOcopProductProvenances(data as any)
      return new StepResponse(created, { created: created.id } as Snapshot)
    }
    const previous: Record<string, unknown> = { id: existing.id }
    for (const key of Object.keys(data)) {
      const value = (existing as Record<string, unknown>)[key]
      previous[key] = (RELATIONS as readonly string[]).includes(key)
        ? ((value as { id: string }[]) ?? []).map((r) => r.id)
        : value
    }
    const updated = await ocop.updateOcopProductProvenances({ ...data, id: existing.id } as any)
    return new StepResponse(updated, { previous } as Snapshot)
  },
  async (snapshot, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (snapshot?.created) {
      await ocop.deleteOcopProductProvenances(snapshot.created)
    } else if (snapshot?.previous) {
      await ocop.updateOcopProductProvenances(snapshot.previous as any)
    }
  }
)
