/** Lạng Sơn is on Indochina Time (UTC+7, no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar month (1-12) in Vietnam at `now`. */
export function vietnamMonth(now: Date = new Date()): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCMonth() + 1
}

/** In season: the month is one of the main harvest months (processed goods list all twelve). */
export function isInSeason(months: number[] | null | undefined, month: number): boolean {
  return Array.isArray(months) && months.includes(month)
}
