import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEMAND_MODULE } from "../../../../modules/demand"
import { addWeeks, isoWeekOf, OPEN_PRE_ORDER_STATUSES, seasonPhase, SupplySeason, weekRange } from "../../../../modules/demand/lib"
import type DemandModuleService from "../../../../modules/demand/service"
import { loadCatalogueSupply, loadKioskLocations } from "../../../../workflows/demand/steps/load-supply"
import { resolveProductScope } from "../helpers/scope"
import type { AdminSupplyViewType } from "../validators"

/**
 * GET /admin/demand/supply?producer_id=…&weeks=6: per product, the season
 * window, the stock available now (inventory, in total and per kiosk) and,
 * for the coming weeks, the season phase, the expected volume entered and
 * the units pre-ordered.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminSupplyViewType
  const productIds = await resolveProductScope(req.scope, q)
  const demand = req.scope.resolve<DemandModuleService>(DEMAND_MODULE)
  const current = isoWeekOf(new Date())
  const weeks = weekRange(current, addWeeks(current, q.weeks - 1))
  const [catalogue, kiosks] = await Promise.all([
    loadCatalogueSupply(req.scope, productIds ?? undefined),
    loadKioskLocations(req.scope),
  ])
  const ids = catalogue.map((p) => p.id)
  const [seasons, forecasts, open] = await Promise.all([
    demand.listSupplySeasons({ product_id: ids }),
    demand.listSupplyForecasts({ product_id: ids, week: weeks }),
    demand.listPreOrders({ product_id: ids, status: OPEN_PRE_ORDER_STATUSES }, { select: ["product_id", "expected_week", "quantity"] }),
  ])
  const kioskKey = new Map(kiosks.map((k) => [k.id, k.key]))
  const products = catalogue.map((p) => {
    const season = seasons.find((s) => s.product_id === p.id) ?? null
    const kiosk_stock: Record<string, number> = {}
    for (const [location, units] of Object.entries(p.stock_by_location)) {
      const key = kioskKey.get(location)
      if (key) kiosk_stock[key] = (kiosk_stock[key] ?? 0) + units
    }
    return {
      product_id: p.id,
      title: p.title,
      unit_price: p.unit_price,
      season: season && {
        months: season.months, off_season_months: season.off_season_months, uncertain: season.uncertain,
        perishable: season.perishable, source: season.source, note: season.note,
      },
      stock: Object.values(p.stock_by_location).reduce((a, b) => a + b, 0),
      kiosk_stock,
      pre_ordered_open: open.filter((o) => o.product_id === p.id).reduce((a, o) => a + o.quantity, 0),
      weeks: weeks.map((week) => ({
        week,
        phase: seasonPhase(week, season as unknown as SupplySeason | null),
        expected_volume: forecasts.find((f) => f.product_id === p.id && f.week === week)?.quantity ?? null,
        pre_ordered: open.filter((o) => o.product_id === p.id && o.expected_week === week).reduce((a, o) => a + o.quantity, 0),
      })),
    }
  })
  res.json({ current_week: current, weeks, products })
}
