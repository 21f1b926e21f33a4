import { Modules } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "@ocop-live/ocop/modules/demand"
import {
  addWeeks,
  CalendarEntryDraft,
  demoEvents,
  isoWeekOf,
  kyLuaFestival,
  marketDayEntries,
  MAX_BATCH,
  tetEntries,
  toEventRow,
  weekDates,
} from "@ocop-live/ocop/modules/demand/lib"
import type DemandModuleService from "@ocop-live/ocop/modules/demand/service"
import { setSupplySeasonsWorkflow } from "@ocop-live/ocop/workflows/demand/set-supply-seasons"
import { createTourismEventsWorkflow } from "@ocop-live/ocop/workflows/demand/tourism-calendar"
import { CATALOGUE } from "../data/lang-son-catalogue"
import type { SeedContext } from "./context"

/** Multipliers are the seed's assumptions, labelled as such; operators adjust them. */
const ASSUMED = "Multiplier: seed assumption, to be adjusted by operators"

/** Entries that do not come from the lunar table: estimates, labelled as such. */
const ESTIMATED: CalendarEntryDraft[] = [
  {
    handle: "tan-thanh-pre-tet-border-peak-2027",
    name: "Cao điểm cửa khẩu Tân Thanh trước Tết 2027 (border-gate peak)",
    kind: "border_peak",
    location_key: "tan-thanh",
    starts_on: "2027-01-08",
    ends_on: "2027-02-05",
    multiplier: 1.4,
    source: "12th lunar month 2026 (lunar table); the pre-Tết trade peak at Tân Thanh is an estimate",
    note: ASSUMED,
  },
  {
    handle: "mau-son-winter-2026",
    name: "Mùa du lịch băng giá Mẫu Sơn 2026-2027 (Mẫu Sơn winter visits)",
    kind: "other",
    location_key: "mau-son",
    starts_on: "2026-12-15",
    ends_on: "2027-01-31",
    multiplier: 1.3,
    source: "Estimate: visitors come to Mẫu Sơn for frost and ice in the coldest weeks",
    note: ASSUMED,
  },
]

async function ensureSeasons({ container, log }: SeedContext) {
  const products = await container.resolve(Modules.PRODUCT).listProducts(
    { handle: CATALOGUE.map((p) => p.handle) },
    { select: ["id", "handle"], take: CATALOGUE.length }
  )
  const ids = new Map(products.map((p) => [p.handle, p.id]))
  const have = new Set(
    (await container.resolve<DemandModuleService>(DEMAND_MODULE).listSupplySeasons({ product_id: [...ids.values()] }, { select: ["product_id"] }))
      .map((s) => s.product_id)
  )
  const seasons = CATALOGUE.filter((item) => item.season && ids.has(item.handle) && !have.has(ids.get(item.handle)!)).map((item) => ({
    product_id: ids.get(item.handle)!,
    months: item.season!.months,
    off_season_months: item.season!.off_season_months ?? [],
    uncertain: item.season!.uncertain,
    perishable: (item.tags ?? []).includes("perishable"),
    source: "catalogue" as const,
  }))
  if (!seasons.length) return ids
  log(`Supply seasons: ${seasons.length} from the catalogue`)
  await setSupplySeasonsWorkflow(container).run({ input: { seasons } })
  return ids
}

/** Kỳ Lừa market days for the coming eight weeks, the Kỳ Lừa festival, Tết and two estimated peaks. */
async function ensureCalendar({ container, log }: SeedContext, now: Date) {
  const week = isoWeekOf(now)
  const from = weekDates(week)[0]
  const to = weekDates(addWeeks(week, 8))[6]
  const drafts = [
    ...(marketDayEntries({ location_key: "ky-lua", name: "Phiên chợ Kỳ Lừa (Kỳ Lừa market day)", from, to, multiplier: 1.6 }) ?? []),
    ...[2026, 2027].map((y) => kyLuaFestival(y, 2.5)).filter((e): e is CalendarEntryDraft => !!e),
    ...tetEntries(2027, 1.8, 0.5),
    ...ESTIMATED,
  ].map((e) => ({ ...e, note: e.note ?? ASSUMED }))
  const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
  const have = new Set((await demand.listTourismEvents({ handle: drafts.map((d) => d.handle) }, { select: ["handle"] })).map((e) => e.handle))
  const missing = drafts.filter((d) => !have.has(d.handle))
  if (!missing.length) return
  log(`Tourism calendar: ${missing.length} entries`)
  await createTourismEventsWorkflow(container).run({ input: { events: missing } })
}

/** Opt-in (SEED_DEMAND_DEMO=true): six weeks of generated signals, source "demo", once. */
async function ensureDemoDemand({ container, log }: SeedContext, ids: Map<string, string>, now: Date) {
  if (process.env.SEED_DEMAND_DEMO !== "true") return
  const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
  if ((await demand.listSignalsByWeek({ from: addWeeks(isoWeekOf(now), -8), to: isoWeekOf(now) })).length) return
  const products = CATALOGUE.filter((p) => ids.has(p.handle) && !p.is_experience).map((p) => ({
    id: ids.get(p.handle)!,
    title: p.title,
    unit_price: Math.min(...p.variants.map((v) => v.price)),
    in_season_months: p.season?.months ?? [],
  }))
  const rows = [...demoEvents({
    products, kiosks: ["ky-lua", "dong-kinh", "tan-thanh", "mau-son"], streams: ["demo-stream-1", "demo-stream-2"],
    from: new Date(now.getTime() - 42 * 86400e3), to: now, count: 20000,
  })].map((e) => toEventRow(e, "demo"))
  log(`Demo demand signals: ${rows.length} (source "demo")`)
  for (let i = 0; i < rows.length; i += MAX_BATCH) await demand.recordEvents(rows.slice(i, i + MAX_BATCH))
}

/**
 * Supply windows from the catalogue (the only source of seasons; uncertain
 * ones flagged), the tourism calendar for the coming weeks, and, when asked,
 * demo demand. Idempotent: natural keys are the product id and the
 * calendar handle.
 */
export async function ensureDemand(ctx: SeedContext, now: Date = new Date()) {
  const ids = await ensureSeasons(ctx)
  await ensureCalendar(ctx, now)
  await ensureDemoDemand(ctx, ids, now)
}
