import { MedusaError } from "@medusajs/framework/utils"
import { addWeeks, isoWeekOf, weekRange } from "../../../../modules/demand/lib"

/** `week`, or `from`..`to`, or the current week and the next three; at most 52 weeks. */
export function weekWindow(q: { week?: string; from?: string; to?: string }, now = new Date()) {
  const current = isoWeekOf(now)
  const from = q.week ?? q.from ?? current
  const to = q.week ?? q.to ?? addWeeks(from, 3)
  const weeks = weekRange(from, to)
  if (!weeks.length || weeks.length > 52) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `from ${from} to ${to}: expected 1 to 52 weeks`)
  }
  return { current, from, to, weeks }
}
