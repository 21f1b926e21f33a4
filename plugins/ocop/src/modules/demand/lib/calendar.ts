import { weekDates } from "./iso-week"
import type { CalendarEntry } from "./types"

/** Whether an entry counts for a channel: province-wide ones count everywhere. */
export const appliesTo = (entry: CalendarEntry, channel: string | null) =>
  entry.location_key === null || entry.location_key === channel

/** Days of the week (0-7) the entry covers. */
export function overlapDays(entry: CalendarEntry, week: string): number {
  return weekDates(week).filter((d) => d >= entry.starts_on && d <= entry.ends_on).length
}

/**
 * The week's demand multiplier for a channel (null = online): each entry
 * adds (multiplier − 1) for each of its days in the week, averaged over the
 * seven days. Two market days at ×1.5 give 1 + 2 × 0.5 / 7 ≈ 1.14; a
 * festival all week at ×2 gives 2. Never below zero.
 */
export function weekMultiplier(week: string, entries: CalendarEntry[], channel: string | null): number {
  let uplift = 0
  for (const entry of entries) {
    if (!appliesTo(entry, channel)) continue
    const days = overlapDays(entry, week)
    if (days) uplift += ((entry.multiplier - 1) * days) / 7
  }
  return Math.max(0, 1 + uplift)
}

/** The location's entries in the week (market days, festivals), for messages. */
export function entriesInWeek(week: string, entries: CalendarEntry[], locationKey: string): CalendarEntry[] {
  return entries.filter((e) => e.location_key === locationKey && overlapDays(e, week) > 0)
}
