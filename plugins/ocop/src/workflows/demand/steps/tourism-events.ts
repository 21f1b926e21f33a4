import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"

export type TourismEventInput = {
  handle: string
  name: string
  kind: "market_day" | "festival" | "holiday" | "border_peak" | "other"
  location_key: string | null
  starts_on: string
  ends_on: string
  multiplier: number
  source?: string | null
  note?: string | null
}

const svc = (container: { resolve: <T>(key: string) => T }) => container.resolve<DemandModuleService>(DEMAND_MODULE)

/** This step creates calendar entries; compensation deletes them. */
export const createTourismEventsStep = createStep(
  "create-tourism-events",
  async (rows: TourismEventInput[], { container }) => {
    const created = rows.length ? await svc(container).createTourismEvents(rows) : []
    return new StepResponse(created, created.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await svc(container).deleteTourismEvents(ids)
  }
)

/** This step updates one calendar entry; compensation restores its previous values. */
export const updateTourismEventStep = createStep(
  "update-tourism-event",
  async (input: { id: string } & Partial<TourismEventInput>, { container }) => {
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...previous } = (await svc(container).retrieveTourismEvent(input.id)) as any
    const updated = await svc(container).updateTourismEvents(input)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await svc(container).updateTourismEvents(previous)
  }
)

/** This step soft-deletes calendar entries; compensation restores them. */
export const deleteTourismEventsStep = createStep(
  "delete-tourism-events",
  async (ids: string[], { container }) => {
    await svc(container).softDeleteTourismEvents(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await svc(container).restoreTourismEvents(ids)
  }
)
