import { weekMultiplier } from "./calendar"
import { addWeeks, weekRange } from "./iso-week"
import { seasonPhase } from "./season"
import { CalendarEntry, Match, MatchStatus, ONLINE, ProductSupplyDemand } from "./types"

export type MatchOptions = {
  /** the week being lived now; its signals so far are a floor for its demand */
  currentWeek: string
  /** weeks to match, from the current one */
  horizon: number
  /** completed weeks before the current one that set the baseline */
  historyWeeks: number
  calendar: CalendarEntry[]
}

export const MIN_TOLERANCE = 2
export const TOLERANCE_SHARE = 0.15

/** Units of slack before a gap counts: 2 units or 15% of demand, whichever is more. */
export const tolerance = (demand: number) => Math.max(MIN_TOLERANCE, Math.ceil(TOLERANCE_SHARE * demand))

const multiplierFor = (week: string, calendar: CalendarEntry[], channel: string) =>
  weekMultiplier(week, calendar, channel === ONLINE ? null : channel)

/**
 * Expected demand per channel in each target week: the channel's baseline
 * (mean over the history weeks of demand divided by that week's calendar
 * multiplier, so a past festival does not inflate it) times the target
 * week's multiplier. In the current week, what already happened is a floor.
 */
export function estimateDemand(
  item: ProductSupplyDemand,
  weeks: string[],
  options: MatchOptions
): Record<string, Record<string, number>> {
  const history = weekRange(addWeeks(options.currentWeek, -options.historyWeeks), addWeeks(options.currentWeek, -1))
  const out: Record<string, Record<string, number>> = Object.fromEntries(weeks.map((w) => [w, {}]))
  for (const [channel, byWeek] of Object.entries(item.demand)) {
    let sum = 0
    for (const h of history) {
      const m = multiplierFor(h, options.calendar, channel)
      if (m > 0) sum += (byWeek[h] ?? 0) / m
    }
    const base = history.length ? sum / history.length : 0
    for (const w of weeks) {
      let estimate = base * multiplierFor(w, options.calendar, channel)
      if (w === options.currentWeek) estimate = Math.max(estimate, byWeek[w] ?? 0)
      if (estimate > 0) out[w][channel] = Math.round(estimate * 10) / 10
    }
  }
  return out
}

/**
 * Demand against supply for one product, week by week over the horizon.
 * Supply is the stock carried in plus the expected volume; open pre-orders
 * due that week are served first. Unsold volume carries over unless the
 * product is perishable. Shortage: demand exceeds what is available by more
 * than the tolerance. Surplus: volume that will not sell (for a perishable
 * product, everything left; otherwise only the volume arriving that week,
 * since shelf-stable stock is meant to last).
 */
export function matchProduct(item: ProductSupplyDemand, options: MatchOptions): Match[] {
  const weeks = weekRange(options.currentWeek, addWeeks(options.currentWeek, options.horizon - 1))
  const estimates = estimateDemand(item, weeks, options)
  const perishable = item.season?.perishable ?? false
  let carry = Math.max(0, item.stock)
  return weeks.map((week) => {
    const channels = estimates[week]
    const demand = Math.round(Object.values(channels).reduce((a, b) => a + b, 0))
    const forecast = item.forecasts[week] ?? 0
    const phase = seasonPhase(week, item.season)
    const supply = carry + forecast
    const committed = item.committed[week] ?? 0
    const available = supply - committed
    const balance = available - demand
    const tol = tolerance(demand)
    const unsold = perishable ? balance : Math.min(balance, forecast)
    let status: MatchStatus = "balanced"
    let magnitude = 0
    if (balance < -tol) {
      status = "shortage"
      magnitude = -balance
    } else if (unsold > tol) {
      status = "surplus"
      magnitude = unsold
    }
    carry = perishable ? 0 : Math.max(0, balance)
    return {
      product_id: item.product_id,
      week,
      phase,
      season_uncertain: item.season?.uncertain ?? false,
      demand,
      supply,
      committed,
      available,
      balance,
      status,
      magnitude,
      out_of_season: phase === "none" && forecast === 0 && available <= 0,
      channels,
      multiplier: Math.round(weekMultiplier(week, options.calendar, null) * 100) / 100,
    }
  })
}
