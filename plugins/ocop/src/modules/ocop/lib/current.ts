import type { StoredCertificationStatus } from "./badge"

type Ranked = {
  status: StoredCertificationStatus
  decided_at: Date | string
  created_at?: Date | string | null
}

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : 0)

/**
 * A product's current certification among its records: the active one if
 * any, otherwise the latest that was not superseded (it may be expired or
 * revoked). Same rule as the catalogue's SQL.
 */
export function currentCertification<T extends Ranked>(records: T[] | null | undefined): T | null {
  const candidates = (records ?? []).filter((r) => r && r.status !== "superseded")
  candidates.sort(
    (x, y) =>
      Number(y.status === "active") - Number(x.status === "active") ||
      time(y.decided_at) - time(x.decided_at) ||
      time(y.created_at) - time(x.created_at)
  )
  return candidates[0] ?? null
}

/** All records, newest decision first (the certification history). */
export function certificationHistory<T extends Ranked>(records: T[] | null | undefined): T[] {
  return [...(records ?? [])].sort(
    (x, y) => time(y.decided_at) - time(x.decided_at) || time(y.created_at) - time(x.created_at)
  )
}
