import { isOcopGroup, OcopGroup } from "./groups"
import { allowedIssuingLevels, IssuingLevel, validateIssuingLevel } from "./issuing-level"
import { OcopProblem } from "./problems"
import { isCertifiable, OcopStars, starsForTotal, validateScores } from "./scoring"
import { validUntil } from "./validity"

export type CertificationInput = {
  score_a: number
  score_b: number
  score_c: number
  /** optional; when given it must equal a + b + c */
  score_total?: number | null
  group: string
  decided_at: Date | string
  issuing_level?: IssuingLevel | null
}

export type PreparedCertification = {
  score_a: number
  score_b: number
  score_c: number
  score_total: number
  stars: OcopStars
  group: OcopGroup
  decided_at: Date
  valid_until: Date
  issuing_level: IssuingLevel
}

export type Prepared<T> = { problems: OcopProblem[]; value?: T }

const SCORE_FIELDS: Record<string, string> = { a: "score_a", b: "score_b", c: "score_c", total: "score_total" }

/** Scores are kept to two decimals (council averages such as 72.33). */
export const roundScore = (value: number) => Math.round(value * 100) / 100

/** Decisions are dates: the UTC calendar day of the value. */
function parseDate(value: Date | string, now: Date): Date | OcopProblem {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) {
    return { field: "decided_at", message: "decided_at must be a date (YYYY-MM-DD)" }
  }
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  if (day.getTime() > now.getTime()) {
    return { field: "decided_at", message: "decided_at must not be in the future" }
  }
  return day
}

/**
 * Checks a certification's scores, group, decision date and issuing level,
 * and derives what is never typed in: the total (when omitted), the stars
 * and the valid-until date. Returns every problem, each naming its field.
 */
export function prepareCertification(
  input: CertificationInput,
  now: Date = new Date()
): Prepared<PreparedCertification> {
  const total = input.score_total ?? undefined
  const problems = validateScores({ a: input.score_a, b: input.score_b, c: input.score_c, total }).map(
    (p) => ({ field: SCORE_FIELDS[p.field] ?? p.field, message: p.message.replace(/^(a|b|c|total)\b/, (f) => SCORE_FIELDS[f]) })
  )
  if (!isOcopGroup(input.group)) {
    problems.push({ field: "group", message: `group must be one of the six OCOP groups, got ${input.group}` })
  }
  const decided = parseDate(input.decided_at, now)
  if (!(decided instanceof Date)) problems.push(decided)
  if (problems.length) return { problems }

  const score_total = roundScore(total ?? input.score_a + input.score_b + input.score_c)
  const stars = starsForTotal(score_total)
  if (!isCertifiable(stars)) {
    return {
      problems: [
        { field: "score_total", message: `a total of ${score_total} gives ${stars}★; only 3★ and above are certified` },
      ],
    }
  }
  const decidedAt = decided as Date
  const allowed = allowedIssuingLevels(stars, decidedAt)
  const issuing_level = input.issuing_level ?? allowed[allowed.length - 1]
  const levelProblems = validateIssuingLevel(stars, issuing_level, decidedAt)
  if (levelProblems.length) return { problems: levelProblems }

  return {
    problems: [],
    value: {
      score_a: roundScore(input.score_a),
      score_b: roundScore(input.score_b),
      score_c: roundScore(input.score_c),
      score_total,
      stars,
      group: input.group as OcopGroup,
      decided_at: decidedAt,
      valid_until: validUntil(decidedAt),
      issuing_level,
    },
  }
}

/** One line naming every field with a problem, for a 400 answer. */
export function describeProblems(problems: OcopProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join("; ")
}
