import { fromLunar, KY_LUA_MARKET_DAYS, lunarDaysBetween, lunarTableCovers } from "./lunar-calendar"

export const LUNAR_SOURCE = "Lunar dates from the 2026-2027 table in lib/lunar-calendar.ts (Hồ Ngọc Đức's algorithm, UTC+7)"

export type CalendarEntryDraft = {
  handle: string
  name: string
  kind: "market_day" | "festival" | "holiday" | "border_peak" | "other"
  location_key: string | null
  starts_on: string
  ends_on: string
  multiplier: number
  source: string
  note?: string | null
}

/**
 * One calendar entry per traditional market day of a location between two
 * dates: the days whose lunar day is one of `lunarDays` (Kỳ Lừa: the 2nd and
 * 7th of each lunar decade). Null when the lunar table does not cover the
 * range.
 */
export function marketDayEntries(input: {
  location_key: string
  name: string
  from: string
  to: string
  multiplier: number
  lunar_days?: number[]
}): CalendarEntryDraft[] | null {
  if (!lunarTableCovers(input.from, input.to)) return null
  return lunarDaysBetween(input.from, input.to, input.lunar_days ?? KY_LUA_MARKET_DAYS).map((date) => ({
    handle: `${input.location_key}-market-${date}`,
    name: input.name,
    kind: "market_day",
    location_key: input.location_key,
    starts_on: date,
    ends_on: date,
    multiplier: input.multiplier,
    source: LUNAR_SOURCE,
  }))
}

/** Kỳ Lừa festival: the 22nd to the 27th of the 1st lunar month. */
export function kyLuaFestival(lunarYear: number, multiplier: number): CalendarEntryDraft | null {
  const starts = fromLunar({ year: lunarYear, month: 1, day: 22 })
  const ends = fromLunar({ year: lunarYear, month: 1, day: 27 })
  if (!starts || !ends) return null
  return {
    handle: `ky-lua-festival-${lunarYear}`,
    name: `Lễ hội Kỳ Lừa ${lunarYear} (Kỳ Lừa festival)`,
    kind: "festival",
    location_key: "ky-lua",
    starts_on: starts,
    ends_on: ends,
    multiplier,
    source: `${LUNAR_SOURCE}; festival days 22-27 of the 1st lunar month (dulichlangson.com.vn)`,
  }
}

/**
 * Tết Nguyên Đán, province-wide: gift buying peaks in the two weeks before
 * (`before`, from the 16th of the 12th lunar month), then shops and markets
 * slow down for the first days of the year (`holiday`, 1st to 5th).
 */
export function tetEntries(lunarYear: number, before: number, holiday: number): CalendarEntryDraft[] {
  const prevYear = lunarYear - 1
  const rushFrom = fromLunar({ year: prevYear, month: 12, day: 16 })
  const newYear = fromLunar({ year: lunarYear, month: 1, day: 1 })
  const fifth = fromLunar({ year: lunarYear, month: 1, day: 5 })
  if (!rushFrom || !newYear || !fifth) return []
  const eve = new Date(Date.parse(`${newYear}T00:00:00Z`) - 86400000).toISOString().slice(0, 10)
  return [
    {
      handle: `tet-${lunarYear}-gift-rush`,
      name: `Mua sắm Tết ${lunarYear} (Tết gift buying)`,
      kind: "holiday",
      location_key: null,
      starts_on: rushFrom,
      ends_on: eve,
      multiplier: before,
      source: LUNAR_SOURCE,
    },
    {
      handle: `tet-${lunarYear}`,
      name: `Tết Nguyên Đán ${lunarYear}`,
      kind: "holiday",
      location_key: null,
      starts_on: newYear,
      ends_on: fifth,
      multiplier: holiday,
      source: LUNAR_SOURCE,
    },
  ]
}
