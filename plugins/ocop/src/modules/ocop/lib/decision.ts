import { allowedIssuingLevels, IssuingLevel } from "./issuing-level"

/** The Ministry took over agriculture and environment on 01/03/2025. */
const MAE_FROM = "2025-03-01"

/**
 * The decision date to store: the given YYYY-MM-DD, or 1 July of the year
 * flagged as approximate when a source gives only the year.
 */
export function decisionDate(year: number, date?: string | null) {
  if (date) {
    return { decided_at: date, decided_at_approximate: false }
  }
  return { decided_at: `${year}-07-01`, decided_at_approximate: true }
}

/**
 * The level that most likely recognised a rating: the district for 3★
 * decided under QĐ 148 (24/02/2023 – 05/07/2025), otherwise the level the
 * rules require (province for 3–4★, centre for 5★).
 */
export function likelyIssuingLevel(stars: number, decidedAt: string): IssuingLevel {
  const allowed = allowedIssuingLevels(stars, decidedAt)
  if (!allowed.length) {
    throw new RangeError(`${stars}★ is not a certifiable OCOP rating`)
  }
  return allowed.includes("district") ? "district" : allowed[allowed.length - 1]
}

/**
 * The recognising body's name for a level: "UBND tỉnh Lạng Sơn",
 * "UBND huyện Chi Lăng" ("UBND thành phố Lạng Sơn" for the city), or the
 * ministry for 5★ (MARD before 03/2025, MAE after).
 */
export function issuingBodyName(
  level: IssuingLevel,
  decidedAt: string,
  place: { province?: string; district?: string | null } = {}
): string | null {
  const province = place.province ?? "Lạng Sơn"
  if (level === "provincial") return `UBND tỉnh ${province}`
  if (level === "central") {
    return decidedAt >= MAE_FROM ? "Bộ Nông nghiệp và Môi trường" : "Bộ Nông nghiệp và Phát triển nông thôn"
  }
  if (!place.district) return null
  const city = place.district.match(/^(TP|Thành phố)\s+(.+)$/i)
  return city ? `UBND thành phố ${city[2]}` : `UBND huyện ${place.district}`
}
