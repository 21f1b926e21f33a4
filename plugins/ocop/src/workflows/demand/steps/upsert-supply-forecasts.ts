import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export type ForecastInput = { product_id: string; week: string; quantity: number; note?: string | null; set_by?: string | null }

export const upsertSupplyForecastsStepId = "upsert-supply-forecasts"
/**
 * This step creates or updates expected volumes by product and week;
 * compensation deletes the created ones and restores the updated ones.
 */
export const upsertSupplyForecastsStep = createStep(
  upsertSupplyForecastsStepId,
  async (rows: ForecastInput[], { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const existing = await demand.listSupplyForecasts({
      product_id: [...new Set(rows.map((r) => r.product_id))],
      week: [...new Set(rows.map((r) => r.week))],
    })
    const byKey = new Map(existing.map((f) => [`${f.product_id}|${f.week}`, f]))
    const toUpdate = rows.filter((r) => byKey.has(`${r.product_id}|${r.week}`))
    const toCreate = rows.filter((r) => !byKey.has(`${r.product_id}|${r.week}`))
    const created = toCreate.length ? await demand.createSupplyForecasts(toCreate) : []
    const updated = toUpdate.length
      ? await demand.updateSupplyForecasts(toUpdate.map((r) => ({ id: byKey.get(`${r.product_id}|${r.week}`)!.id, ...r })))
      : []
    const previous = toUpdate.map((r) => {
      const f = byKey.get(`${r.product_id}|${r.week}`)!
      return { id: f.id, quantity: f.quantity, note: f.note, set_by: f.set_by }
    })
    return new StepResponse([...created, ...updated], { created: created.map((f) => f.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    if (undo.created.length) await demand.deleteSupplyForecasts(undo.created)
    if (undo.previous.length) await demand.updateSupplyForecasts(undo.previous)
  }
)
