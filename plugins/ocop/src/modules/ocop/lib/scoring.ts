import { OcopProblem } from "./problems"

/** Part limits under Decision 148/QĐ-TTg (24/02/2023): A40 / B25 / C35. */
export const PART_LIMITS = { a: 40, b: 25, c: 35 } as const
export const MAX_TOTAL = 100
export const TOTAL_TOLERANCE = 0.001

export type OcopStars = 1 | 2 | 3 | 4 | 5
export type CertifiableStars = 3 | 4 | 5
export type OcopScoreInput = { a: number; b: number; c: number; total?: number }
export type OcopScores = { a: number; b: number; c: number; total: number }

/** Lower bound (inclusive) of each star band; bands are half-open [min, next). */
const STAR_MIN: Record<OcopStars, number> = { 1: 0, 2: 30, 3: 50, 4: 70, 5: 90 }

/**
 * Star rating for a total score on the 100-point scale:
 * 1★ < 30 · 2★ 30–<50 · 3★ 50–<70 · 4★ 70–<90 · 5★ 90–100.
 * Throws a RangeError for a value outside 0–100 or a non-finite value.
 */
export function starsForTotal(total: number): OcopStars {
  if (!Number.isFinite(total) || total < 0 || total > MAX_TOTAL) {
    throw new RangeError(`OCOP total score must be between 0 and 100, got ${total}`)
  }
  if (total >= STAR_MIN[5]) return 5
  if (total >= STAR_MIN[4]) return 4
  if (total >= STAR_MIN[3]) return 3
  if (total >= STAR_MIN[2]) return 2
  return 1
}

/** Only 3★ and above are certified and may be marketed as "OCOP". */
export function isCertifiable(stars: number): stars is CertifiableStars {
  return Number.isInteger(stars) && stars >= 3 && stars <= 5
}

function checkRange(field: string, value: unknown, max: number): OcopProblem[] {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return [{ field, message: `${field} must be a finite number` }]
  }
  if (value < 0 || value > max) {
    return [{ field, message: `${field} must be between 0 and ${max}` }]
  }
  return []
}

/** Lists every problem with a set of part scores (and an optional total). */
export function validateScores(input: OcopScoreInput): OcopProblem[] {
  const problems = [
    ...checkRange("a", input.a, PART_LIMITS.a),
    ...checkRange("b", input.b, PART_LIMITS.b),
    ...checkRange("c", input.c, PART_LIMITS.c),
  ]
  if (input.total === undefined) {
    return problems
  }
  const totalProblems = checkRange("total", input.total, MAX_TOTAL)
  problems.push(...totalProblems)
  if (problems.length === 0) {
    const sum = input.a + input.b + input.c
    if (Math.abs(sum - input.total) > TOTAL_TOLERANCE) {
      problems.push({
        field: "total",
        message: `total ${input.total} does not equal a + b + c (${sum})`,
      })
    }
  }
  return problems
}

/** Typical totals used when a source gives only the star rating. */
const ILLUSTRATIVE_TOTAL: Record<OcopStars, number> = {
  1: 20,
  2: 40,
  3: 60,
  4: 75,
  5: 92,
}

/**
 * ILLUSTRATIVE integer part scores for a star rating (sources rarely
 * publish scores). The total lands in the star band; pass `total` to split
 * a known total (e.g. 70 points) instead. Never present these as official.
 */
export function illustrativeScores(stars: OcopStars, total?: number): OcopScores {
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    throw new RangeError(`stars must be an integer from 1 to 5, got ${stars}`)
  }
  const target = total ?? ILLUSTRATIVE_TOTAL[stars]
  if (!Number.isInteger(target) || starsForTotal(target) !== stars) {
    throw new RangeError(`total ${target} is not an integer in the ${stars}★ band`)
  }
  const a = Math.min(PART_LIMITS.a, Math.round((target * PART_LIMITS.a) / MAX_TOTAL))
  const b = Math.min(PART_LIMITS.b, Math.round((target * PART_LIMITS.b) / MAX_TOTAL))
  const c = target - a - b
  if (c < 0 || c > PART_LIMITS.c) {
    // cannot happen with proportional rounding, kept as a guard
    throw new RangeError(`cannot split total ${target} into valid parts`)
  }
  return { a, b, c, total: target }
}
