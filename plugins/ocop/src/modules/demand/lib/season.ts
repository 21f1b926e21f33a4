import { addWeeks, weekMonth } from "./iso-week"
import type { SeasonPhase, SupplySeason } from "./types"

/** No season record, or a harvest in every month. */
export const isAllYear = (season: SupplySeason | null | undefined) => !season || new Set(season.months).size >= 12

/** Main harvest, off-season crop, nothing, or a product sold all year. */
export function seasonPhase(week: string, season: SupplySeason | null): SeasonPhase {
  if (!season || isAllYear(season)) return "all_year"
  const month = weekMonth(week)
  if (season.months.includes(month)) return "main"
  if (season.off_season_months.includes(month)) return "off"
  return "none"
}

/** The first week from `from` (included) in a harvest window, within two years. */
export function nextHarvestWeek(season: SupplySeason | null, from: string): string | null {
  for (let i = 0, w = from; i < 106; i++, w = addWeeks(w, 1)) {
    if (seasonPhase(w, season) !== "none") return w
  }
  return null
}

/** "months 9-10", "months 11-2" for messages. */
export function describeMonths(months: number[]): string {
  if (!months.length) return "no months"
  return months.length === 1 ? `month ${months[0]}` : `months ${months[0]}-${months[months.length - 1]}`
}
