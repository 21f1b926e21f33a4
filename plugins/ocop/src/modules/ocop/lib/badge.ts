import { toDate } from "./validity"

/** Stored states of a certification record. */
export type StoredCertificationStatus = "active" | "expired" | "revoked" | "superseded"

export type BadgeInput = {
  status: StoredCertificationStatus
  valid_until: Date | string
  stars?: number | null
}

/**
 * Certificates are valid through the end of their valid-until day (UTC), so
 * a certificate is past its date exactly when `valid_until` is before the
 * start of today (UTC). Same rule as `isExpired`, usable in a SQL bound.
 */
export function validityCutoff(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** True once the certificate's valid-until day has passed. */
export function isPastValidity(validUntil: Date | string, now: Date = new Date()): boolean {
  return toDate(validUntil).getTime() < validityCutoff(now).getTime()
}

/**
 * The status a reader sees: an "active" record past its date reads as
 * "expired" even before the daily job has stored it.
 */
export function effectiveStatus(cert: BadgeInput, now: Date = new Date()): StoredCertificationStatus {
  if (cert.status === "active" && isPastValidity(cert.valid_until, now)) {
    return "expired"
  }
  return cert.status
}

/** The OCOP badge: an active, in-date certificate of 3★ or more. */
export function hasOcopBadge(cert: BadgeInput | null | undefined, now: Date = new Date()): boolean {
  if (!cert) return false
  const stars = cert.stars ?? 3
  return stars >= 3 && effectiveStatus(cert, now) === "active"
}
