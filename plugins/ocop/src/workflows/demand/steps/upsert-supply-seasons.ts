import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export type SeasonInput = {
  product_id: string
  months: number[]
  off_season_months: number[]
  uncertain: boolean
  perishable: boolean
  source: "catalogue" | "operator"
  note?: string | null
}

export const upsertSupplySeasonsStepId = "upsert-supply-seasons"
/**
 * This step creates or replaces season windows by product; compensation
 * deletes the created ones and restores the replaced ones. (The month
 * lists are JSON columns, typed as records by the DML: hence the casts.)
 */
export const upsertSupplySeasonsStep = createStep(
  upsertSupplySeasonsStepId,
  async (rows: SeasonInput[], { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const existing = await demand.listSupplySeasons({ product_id: rows.map((r) => r.product_id) })
    const byProduct = new Map(existing.map((s) => [s.product_id, s]))
    const toCreate = rows.filter((r) => !byProduct.has(r.product_id))
    const toUpdate = rows.filter((r) => byProduct.has(r.product_id)).map((r) => ({ id: byProduct.get(r.product_id)!.id, ...r }))
    const created = toCreate.length ? await demand.createSupplySeasons(toCreate as any[]) : []
    const updated = toUpdate.length ? await demand.updateSupplySeasons(toUpdate as any[]) : []
    const previous = toUpdate.map(({ id }) => {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...s } = existing.find((e) => e.id === id) as any
      return s
    })
    return new StepResponse([...created, ...updated], { created: created.map((s) => s.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    if (undo.created.length) await demand.deleteSupplySeasons(undo.created)
    if (undo.previous.length) await demand.updateSupplySeasons(undo.previous)
  }
)
