/**
 * Vietnamese lunar months, 11/2025 to 12/2027: the Gregorian date (Vietnam
 * time) of the first day of each month. There is no leap month in this span
 * (the next one is the leap 5th month of 2028).
 *
 * Source: computed once with Hồ Ngọc Đức's published algorithm (new moons
 * from Meeus' "Astronomical Algorithms" series, solar terms for month 11 and
 * leap months, timezone UTC+7), the method behind the common Vietnamese
 * lunar calendars. Checked against Tết 2026 (17/02/2026), Tết 2027
 * (06/02/2027) and Tết 2028 (26/01/2028). A table, not a library: dates
 * outside it are refused rather than guessed.
 */
export const LUNAR_MONTH_STARTS: [lunarYear: number, month: number, firstDay: string][] = [
  [2025, 11, "2025-12-20"],
  [2025, 12, "2026-01-19"],
  [2026, 1, "2026-02-17"],
  [2026, 2, "2026-03-19"],
  [2026, 3, "2026-04-17"],
  [2026, 4, "2026-05-17"],
  [2026, 5, "2026-06-15"],
  [2026, 6, "2026-07-14"],
  [2026, 7, "2026-08-13"],
  [2026, 8, "2026-09-11"],
  [2026, 9, "2026-10-10"],
  [2026, 10, "2026-11-09"],
  [2026, 11, "2026-12-09"],
  [2026, 12, "2027-01-08"],
  [2027, 1, "2027-02-06"],
  [2027, 2, "2027-03-08"],
  [2027, 3, "2027-04-07"],
  [2027, 4, "2027-05-06"],
  [2027, 5, "2027-06-05"],
  [2027, 6, "2027-07-04"],
  [2027, 7, "2027-08-02"],
  [2027, 8, "2027-09-01"],
  [2027, 9, "2027-09-30"],
  [2027, 10, "2027-10-29"],
  [2027, 11, "2027-11-28"],
  [2027, 12, "2027-12-28"],
]
/** The day after the table's last month. */
const TABLE_END = "2028-01-26"

const DAY_MS = 24 * 60 * 60 * 1000
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`)
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export type LunarDate = { year: number; month: number; day: number }

/** The lunar date of a Gregorian (Vietnam) date, or null outside the table. */
export function toLunar(date: string): LunarDate | null {
  if (date < LUNAR_MONTH_STARTS[0][2] || date >= TABLE_END) return null
  for (let i = LUNAR_MONTH_STARTS.length - 1; i >= 0; i--) {
    const [year, month, first] = LUNAR_MONTH_STARTS[i]
    if (date >= first) return { year, month, day: (toUtc(date) - toUtc(first)) / DAY_MS + 1 }
  }
  return null
}

/** The Gregorian date of a lunar date, or null when the table does not cover it. */
export function fromLunar({ year, month, day }: LunarDate): string | null {
  const i = LUNAR_MONTH_STARTS.findIndex(([y, m]) => y === year && m === month)
  if (i < 0 || day < 1) return null
  const next = LUNAR_MONTH_STARTS[i + 1]?.[2] ?? TABLE_END
  const date = toDate(toUtc(LUNAR_MONTH_STARTS[i][2]) + (day - 1) * DAY_MS)
  return date < next ? date : null
}

/** Kỳ Lừa's traditional market days: the 2nd and 7th of each lunar decade. */
export const KY_LUA_MARKET_DAYS = [2, 7, 12, 17, 22, 27]

/** Gregorian dates in [from, to] whose lunar day is one of `lunarDays`. */
export function lunarDaysBetween(from: string, to: string, lunarDays: number[]): string[] {
  const out: string[] = []
  for (let ms = toUtc(from); ms <= toUtc(to); ms += DAY_MS) {
    const lunar = toLunar(toDate(ms))
    if (lunar && lunarDays.includes(lunar.day)) out.push(toDate(ms))
  }
  return out
}

/** Whether the table covers every date in [from, to]. */
export function lunarTableCovers(from: string, to: string): boolean {
  return from >= LUNAR_MONTH_STARTS[0][2] && to < TABLE_END
}
