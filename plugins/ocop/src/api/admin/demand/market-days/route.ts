import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "../../../../modules/demand"
import { marketDayEntries } from "../../../../modules/demand/lib"
import type DemandModuleService from "../../../../modules/demand/service"
import { createTourismEventsWorkflow } from "../../../../workflows/demand/tourism-calendar"
import type { AdminCreateMarketDaysType } from "../validators"

/**
 * POST /admin/demand/market-days { location_key, name, from, to,
 * multiplier, lunar_days? }: one entry per traditional market day between
 * the dates, computed from the 2026-2027 lunar table (default: Kỳ Lừa's
 * 2nd and 7th of each lunar decade). Days already in the calendar are
 * skipped, so the call can be repeated.
 */
export const POST = async (req: MedusaRequest<AdminCreateMarketDaysType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const entries = marketDayEntries(body)
  if (!entries) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The lunar table covers 20/12/2025 to 25/01/2028 only")
  }
  const taken = await req.scope
    .resolve<DemandModuleService>(DEMAND_MODULE)
    .listTourismEvents({ handle: entries.map((e) => e.handle) }, { select: ["handle"] })
  const have = new Set(taken.map((t) => t.handle))
  const missing = entries.filter((e) => !have.has(e.handle))
  const { result } = missing.length
    ? await createTourismEventsWorkflow(req.scope).run({ input: { events: missing } })
    : { result: [] }
  res.status(201).json({ events: result, skipped: entries.length - missing.length })
}
