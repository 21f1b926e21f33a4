import { entriesInWeek } from "./calendar"
import { addWeeks } from "./iso-week"
import { tolerance } from "./matching"
import { describeMonths, nextHarvestWeek } from "./season"
import type { CalendarEntry, Match, ProductSupplyDemand, Suggestion, SuggestionKind } from "./types"

export type SuggestionContext = {
  currentWeek: string
  calendar: CalendarEntry[]
  /** kiosk location key → display name */
  locationNames: Record<string, string>
}

const vnd = (n: number) => `${n.toLocaleString("en-US")} VND`

function make(
  kind: SuggestionKind,
  item: ProductSupplyDemand,
  week: string,
  quantity: number,
  location_key: string | null,
  message: string,
  message_vi: string
): Suggestion {
  const value = Math.round(quantity * (item.unit_price ?? 0))
  return {
    handle: [kind, week, item.product_id, location_key ?? ""].join(":"),
    kind,
    week,
    product_id: item.product_id,
    location_key,
    quantity,
    value_at_stake: value,
    message: item.unit_price ? `${message} (≈ ${vnd(value)})` : message,
    message_vi,
  }
}

/** The first match of each status kind per product: one suggestion each, at the earliest week. */
function firstWhere(matches: Match[], test: (m: Match) => boolean) {
  return matches.filter(test).sort((a, b) => (a.week < b.week ? -1 : 1))[0]
}

function productSuggestions(item: ProductSupplyDemand, matches: Match[], ctx: SuggestionContext): Suggestion[] {
  const out: Suggestion[] = []
  const surplus = firstWhere(matches, (m) => m.status === "surplus")
  if (surplus) {
    const when = surplus.week === ctx.currentWeek ? "this week" : surplus.week === addWeeks(ctx.currentWeek, 1) ? "next week" : `in ${surplus.week}`
    out.push(make("schedule_livestream", item, surplus.week, surplus.magnitude, null,
      `Surplus of ${surplus.magnitude} × ${item.title} ${when}: schedule a livestream`,
      `Dư ${surplus.magnitude} × ${item.title} tuần ${surplus.week}: lên lịch livestream`))
  }
  const unmet = firstWhere(matches, (m) => m.status === "shortage" && m.out_of_season)
  if (unmet) {
    const harvest = nextHarvestWeek(item.season, unmet.week)
    const window = item.season ? ` (harvest ${describeMonths(item.season.months)}${harvest ? `, from ${harvest}` : ""})` : ""
    out.push(make("open_pre_orders", item, unmet.week, unmet.magnitude, null,
      `Buyers ask for ${item.title} out of season (≈ ${unmet.demand} units in ${unmet.week}): open pre-orders${window}`,
      `Khách hỏi mua ${item.title} trái vụ (≈ ${unmet.demand} tuần ${unmet.week}): mở đặt trước${harvest ? ` cho vụ từ ${harvest}` : ""}`))
  }
  const short = firstWhere(matches, (m) => m.status === "shortage" && !m.out_of_season)
  if (short) {
    out.push(make("raise_supply", item, short.week, short.magnitude, null,
      `Shortage of ${short.magnitude} × ${item.title} in ${short.week}: ask producers for more volume or move stock`,
      `Thiếu ${short.magnitude} × ${item.title} tuần ${short.week}: đề nghị chủ thể tăng sản lượng hoặc điều chuyển hàng`))
  }
  return out
}

/** Kiosks whose expected sales this week or next exceed their stock there. */
function kioskSuggestions(item: ProductSupplyDemand, matches: Match[], ctx: SuggestionContext): Suggestion[] {
  const out: Suggestion[] = []
  const weeks = [ctx.currentWeek, addWeeks(ctx.currentWeek, 1)]
  const kiosks = new Set(matches.flatMap((m) => Object.keys(m.channels)).filter((c) => c !== "online"))
  for (const key of kiosks) {
    const stock = item.kiosk_stock[key] ?? 0
    for (const week of weeks) {
      const need = matches.find((m) => m.week === week)?.channels[key] ?? 0
      const gap = Math.ceil(need - stock)
      if (gap <= tolerance(need)) continue
      const name = ctx.locationNames[key] ?? key
      const marketDays = entriesInWeek(week, ctx.calendar, key).length
      const when = marketDays ? `on market days (${marketDays} in ${week})` : `in ${week}`
      out.push(make("restock_kiosk", item, week, gap, key,
        `${name} sells out of ${item.title} ${when}: restock ${gap} (expects ≈ ${Math.round(need)}, holds ${stock})`,
        `${name} sẽ hết ${item.title} ${marketDays ? "vào ngày phiên chợ" : ""} tuần ${week}: bổ sung ${gap}`))
      break
    }
  }
  return out
}

/** Suggestions for one product from its matches, highest value at stake first. */
export function suggest(item: ProductSupplyDemand, matches: Match[], ctx: SuggestionContext): Suggestion[] {
  return [...productSuggestions(item, matches, ctx), ...kioskSuggestions(item, matches, ctx)].sort(
    (a, b) => b.value_at_stake - a.value_at_stake || b.quantity - a.quantity
  )
}
