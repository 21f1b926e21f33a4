import { toDate } from "./validity"

/** The dates of a producer's right to use a mark. */
export type MarkUseRightDates = {
  granted_at: Date | string
  valid_until?: Date | string | null
  revoked_at?: Date | string | null
}

/**
 * Whether a producer may show a mark's badge at `now`: it holds a right
 * that is granted, not revoked, and not past its end (a right with no end
 * lasts until revoked). No recorded right, no badge (ocop-domain §2.2).
 */
export function holdsMarkRight(right: MarkUseRightDates | null | undefined, now: Date = new Date()): boolean {
  if (!right) return false
  const t = now.getTime()
  if (toDate(right.granted_at).getTime() > t) return false
  if (right.revoked_at && toDate(right.revoked_at).getTime() <= t) return false
  return !right.valid_until || toDate(right.valid_until).getTime() > t
}

/** The marks a product may show: those whose right its producer holds at `now`. */
export function marksWithRight<M extends { use_right?: MarkUseRightDates | null }>(marks: M[], now: Date = new Date()): M[] {
  return marks.filter((m) => holdsMarkRight(m.use_right, now))
}

/** A producer's current right to a mark among the mark's rights: not revoked first, then the latest grant. */
export function currentMarkRight<R extends MarkUseRightDates & { producer_id: string; deleted_at?: unknown }>(
  rights: R[] | null | undefined,
  producerId: string | null | undefined
): R | null {
  if (!producerId) return null
  const own = (rights ?? []).filter((r) => r.producer_id === producerId && !r.deleted_at)
  own.sort(
    (a, b) =>
      Number(!!a.revoked_at) - Number(!!b.revoked_at) || toDate(b.granted_at).getTime() - toDate(a.granted_at).getTime()
  )
  return own[0] ?? null
}
