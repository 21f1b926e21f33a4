/** OCOP certificates are valid for 36 months from the decision date (3★–5★). */
export const VALIDITY_MONTHS = 36
const DAY_MS = 24 * 60 * 60 * 1000

export type CertificationStatus =
  | "valid"
  | "expired"
  | "revoked"
  | "pending_reevaluation"
  | "unknown"

export type CertificationValidityInput = {
  status?: CertificationStatus | null
  valid_until?: Date | string | null
}

/** Parses a Date or an ISO string ("YYYY-MM-DD" is read as UTC midnight). */
export function toDate(value: Date | string): Date {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`invalid date: ${String(value)}`)
  }
  return date
}

/**
 * Adds calendar months in UTC, clamping to the last day of the target month
 * (2023-08-31 + 36 months = 2026-08-31; 2024-02-29 + 36 months = 2027-02-28).
 */
export function addMonthsUtc(from: Date, months: number): Date {
  const year = from.getUTCFullYear()
  const month = from.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(from.getUTCDate(), lastDay)
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds()
    )
  )
}

/** Last day of validity: decision date + 36 months. */
export function validUntil(decidedAt: Date | string): Date {
  return addMonthsUtc(toDate(decidedAt), VALIDITY_MONTHS)
}

/**
 * True once `now` is past the valid-until day. The valid-until day itself
 * still counts as valid (through the end of that UTC day).
 */
export function isExpired(validUntilDate: Date | string, now: Date = new Date()): boolean {
  const end = toDate(validUntilDate)
  const endOfDay = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + DAY_MS
  return now.getTime() >= endOfDay
}

/**
 * Effective status of a certificate at `now`:
 * - "revoked" always wins;
 * - without a valid-until date the stored status is kept (or "unknown");
 * - after the valid-until day it is "expired" unless a re-evaluation is pending;
 * - before it, the stored status ("expired"/"pending_reevaluation") or "valid".
 */
export function certificationStatus(
  cert: CertificationValidityInput,
  now: Date = new Date()
): CertificationStatus {
  const stored = cert.status ?? null
  if (stored === "revoked") return "revoked"
  if (!cert.valid_until) return stored ?? "unknown"
  if (isExpired(cert.valid_until, now)) {
    return stored === "pending_reevaluation" ? "pending_reevaluation" : "expired"
  }
  if (stored === "expired" || stored === "pending_reevaluation") return stored
  return "valid"
}

/** A product may be badged "OCOP" only with ≥3★ and a currently valid certificate. */
export function isMarketableAsOcop(
  cert: CertificationValidityInput & { stars: number },
  now: Date = new Date()
): boolean {
  return cert.stars >= 3 && cert.stars <= 5 && certificationStatus(cert, now) === "valid"
}
