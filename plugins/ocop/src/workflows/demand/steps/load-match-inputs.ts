import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEMAND_MODULE } from "../../../modules/demand"
import {
  addWeeks,
  assembleSupplyDemand,
  CalendarEntry,
  isoWeekOf,
  OPEN_PRE_ORDER_STATUSES,
  ProductSupplyDemand,
  SupplySeason,
  weekDates,
  weekRange,
} from "../../../modules/demand/lib"
import type DemandModuleService from "../../../modules/demand/service"
import { loadCatalogueSupply, loadKioskLocations } from "./load-supply"

export type LoadMatchInputsInput = {
  /** evaluate as of this instant (default: now) */
  now?: string
  /** weeks to match from the current one */
  horizon: number
  /** completed weeks of demand history */
  history: number
}

export type MatchInputs = {
  currentWeek: string
  weeks: string[]
  products: ProductSupplyDemand[]
  calendar: CalendarEntry[]
  locationNames: Record<string, string>
}

export const loadMatchInputsStepId = "load-demand-match-inputs"
/**
 * This step gathers, per product, the season window, stock (inventory, per
 * kiosk), expected volumes, open pre-orders and weighted demand signals for
 * the history and horizon weeks, plus the tourism calendar.
 */
export const loadMatchInputsStep = createStep(
  loadMatchInputsStepId,
  async (input: LoadMatchInputsInput, { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const currentWeek = isoWeekOf(input.now ?? new Date())
    const from = addWeeks(currentWeek, -input.history)
    const to = addWeeks(currentWeek, input.horizon - 1)
    const weeks = weekRange(currentWeek, to)
    const [catalogue, kiosks] = await Promise.all([loadCatalogueSupply(container), loadKioskLocations(container)])
    const productIds = catalogue.map((p) => p.id)
    const [seasons, forecasts, committed, calendar, signals, searches] = await Promise.all([
      demand.listSupplySeasons({ product_id: productIds }),
      demand.listSupplyForecasts({ week: weeks }, { select: ["product_id", "week", "quantity"] }),
      demand.listPreOrders(
        { status: OPEN_PRE_ORDER_STATUSES, expected_week: weeks },
        { select: ["product_id", "expected_week", "quantity"] }
      ),
      demand.listTourismEvents(
        { starts_on: { $lte: weekDates(to)[6] }, ends_on: { $gte: weekDates(from)[0] } },
        { select: ["location_key", "starts_on", "ends_on", "multiplier"] }
      ),
      demand.listSignalsByProduct({ from, to: currentWeek }),
      demand.listSearchesByWeek({ from, to: currentWeek }),
    ])
    const products = assembleSupplyDemand({
      products: catalogue,
      kioskKeys: Object.fromEntries(kiosks.map((k) => [k.id, k.key])),
      seasons: seasons.map((s) => ({ product_id: s.product_id, ...(s as unknown as SupplySeason) })),
      forecasts,
      committed,
      signals,
      searches,
    })
    return new StepResponse<MatchInputs>({
      currentWeek,
      weeks,
      products,
      calendar: calendar.map((c) => ({
        location_key: c.location_key,
        starts_on: c.starts_on,
        ends_on: c.ends_on,
        multiplier: c.multiplier,
      })),
      locationNames: Object.fromEntries(kiosks.map((k) => [k.key, k.name])),
    })
  }
)
