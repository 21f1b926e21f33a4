/**
 * ISO 8601 weeks ("2026-W49") in Vietnam time (UTC+7, no daylight saving):
 * a week runs Monday 00:00 to Sunday 24:00 in Lạng Sơn.
 */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const WEEK_RE = /^(\d{4})-W(\d{2})$/

/** Year and week number of the ISO week containing `date` (a UTC calendar date). */
function isoParts(utcDate: Date): [number, number] {
  const d = new Date(Date.UTC(utcDate.getUTCFullYear(), utcDate.getUTCMonth(), utcDate.getUTCDate()))
  const dow = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - dow) // the Thursday decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  return [d.getUTCFullYear(), Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7)]
}

const format = (year: number, week: number) => `${year}-W${String(week).padStart(2, "0")}`

/** Vietnam day number → ISO week; ingestion stamps many events per day. */
const weekOfDay = new Map<number, string>()

/** The ISO week of an instant, as seen in Vietnam. */
export function isoWeekOf(at: Date | string | number): string {
  const t = typeof at === "number" ? at : typeof at === "string" ? Date.parse(at) : at.getTime()
  const day = Math.floor((t + VIETNAM_OFFSET_MS) / DAY_MS)
  let week = weekOfDay.get(day)
  if (week === undefined) {
    week = format(...isoParts(new Date(day * DAY_MS)))
    if (weekOfDay.size > 5000) weekOfDay.clear()
    weekOfDay.set(day, week)
  }
  return week
}

/** The ISO week of a calendar date "YYYY-MM-DD" (already a Vietnam date). */
export function isoWeekOfDate(date: string): string {
  return format(...isoParts(new Date(`${date}T00:00:00Z`)))
}

/** Monday of the week as a UTC calendar date (midnight UTC of the Vietnam date). */
function mondayDate(week: string): Date {
  const m = WEEK_RE.exec(week)
  if (!m) throw new Error(`Not an ISO week: ${week}`)
  const [year, num] = [Number(m[1]), Number(m[2])]
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS)
  return new Date(monday.getTime() + (num - 1) * 7 * DAY_MS)
}

/** "2026-W49" is well formed and exists (week 53 only in long years). */
export function isIsoWeek(value: unknown): value is string {
  if (typeof value !== "string" || !WEEK_RE.test(value)) return false
  const num = Number(value.slice(6))
  return num >= 1 && num <= 53 && isoWeekOfDate(toDateString(mondayDate(value))) === value
}

const toDateString = (d: Date) => d.toISOString().slice(0, 10)

/** The instant the week starts: Monday 00:00 in Vietnam. */
export function weekStart(week: string): Date {
  return new Date(mondayDate(week).getTime() - VIETNAM_OFFSET_MS)
}

/** The seven Vietnam calendar dates of the week, Monday first. */
export function weekDates(week: string): string[] {
  const monday = mondayDate(week).getTime()
  return Array.from({ length: 7 }, (_, i) => toDateString(new Date(monday + i * DAY_MS)))
}

/** The month (1-12) of the week's Thursday: the month the week belongs to. */
export function weekMonth(week: string): number {
  return Number(weekDates(week)[3].slice(5, 7))
}

export function addWeeks(week: string, n: number): string {
  return isoWeekOfDate(toDateString(new Date(mondayDate(week).getTime() + n * 7 * DAY_MS)))
}

/** Weeks from `from` to `to`, both included (empty when `to` is before `from`). */
export function weekRange(from: string, to: string): string[] {
  const out: string[] = []
  for (let w = from; w <= to && out.length < 520; w = addWeeks(w, 1)) out.push(w)
  return out
}
