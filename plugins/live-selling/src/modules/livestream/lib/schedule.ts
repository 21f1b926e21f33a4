import { MedusaError } from "@medusajs/framework/utils"

/** How far in the past a start time may be (clock skew, a slow form). */
export const SCHEDULE_GRACE_MS = 5 * 60 * 1000

/** A scheduled start must not lie in the past (null: not scheduled yet). */
export function scheduleProblem(at: string | Date | null | undefined, now: Date): string | null {
  if (at == null) {
    return null
  }
  const t = new Date(at).getTime()
  if (Number.isNaN(t)) {
    return "must be a date and time"
  }
  return t < now.getTime() - SCHEDULE_GRACE_MS ? "must not be in the past" : null
}

export function assertScheduledAt(at: string | Date | null | undefined, now: Date) {
  const problem = scheduleProblem(at, now)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `scheduled_at: ${problem}`)
  }
}
