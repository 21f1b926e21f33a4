import { OcopProblem } from "./problems"

/**
 * Level of the body that recognises an OCOP rating.
 * - QĐ 148 (24/02/2023 – 05/07/2025): district People's Committee recognised 3★.
 * - QĐ 1489 (from 06/07/2025) and before 2023: province recognises 3★ and 4★.
 * - 5★ is always national (central ministry).
 */
export type IssuingLevel = "district" | "provincial" | "central"

export const DISTRICT_3_STAR_FROM = "2023-02-24"
export const DISTRICT_ABOLISHED_ON = "2025-07-06"

/** The level that recognises a rating under the current rules (QĐ 1489). */
export function requiredIssuingLevel(stars: number): IssuingLevel | null {
  if (stars === 3 || stars === 4) return "provincial"
  if (stars === 5) return "central"
  return null
}

function isDistrictPeriod(decidedAt: Date | string): boolean {
  const iso = (decidedAt instanceof Date ? decidedAt.toISOString() : decidedAt).slice(0, 10)
  return iso >= DISTRICT_3_STAR_FROM && iso < DISTRICT_ABOLISHED_ON
}

/** Levels accepted for a rating; the district only for 3★ decided under QĐ 148. */
export function allowedIssuingLevels(
  stars: number,
  decidedAt?: Date | string | null
): IssuingLevel[] {
  const required = requiredIssuingLevel(stars)
  if (!required) return []
  if (stars === 3 && decidedAt && isDistrictPeriod(decidedAt)) {
    return ["district", required]
  }
  return [required]
}

/** Problems with a (stars, issuing level) pair: e.g. 5★ from a province, 3–4★ from the centre. */
export function validateIssuingLevel(
  stars: number,
  level: IssuingLevel,
  decidedAt?: Date | string | null
): OcopProblem[] {
  const allowed = allowedIssuingLevels(stars, decidedAt)
  if (allowed.length === 0) {
    return [{ field: "stars", message: `${stars}★ is not a certifiable OCOP rating (3–5★)` }]
  }
  if (!allowed.includes(level)) {
    return [
      {
        field: "issuing_level",
        message: `a ${stars}★ rating must be recognised at ${allowed.join(" or ")} level, not ${level}`,
      },
    ]
  }
  return []
}
