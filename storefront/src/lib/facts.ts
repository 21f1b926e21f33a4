import type { Ocop } from "./types"

/**
 * Facts the seed or an operator marked as not taken from an official source
 * (issue 15, "facts shown as facts"): the API carries the flags, and these
 * rules decide how a page shows such a fact — hidden, or with its qualifier.
 */

/** The council's score, or null when the score was made up to fit the stars. */
export function shownScore(o: Pick<Ocop, "score_total" | "illustrative_scores">): number | null {
  return o.score_total && !o.illustrative_scores ? o.score_total : null
}

/** The decision date: the full date, or only its year when the source gave no day. */
export function decisionDate(
  o: Pick<Ocop, "decided_at" | "decided_at_approximate">
): { iso: string; yearOnly: false } | { year: number; yearOnly: true } | null {
  if (!o.decided_at) return null
  if (!o.decided_at_approximate) return { iso: o.decided_at, yearOnly: false }
  // the year as Vietnam sees it (UTC+7), so 31 Dec 20:00 UTC is the next year
  const year = new Date(new Date(o.decided_at).getTime() + 7 * 3_600_000).getUTCFullYear()
  return { year, yearOnly: true }
}

/** Whether the issuing body is named by a source (false: inferred from the rules in force). */
export function issuerStated(o: Pick<Ocop, "issuing_body" | "issuing_body_inferred">): boolean {
  return !!o.issuing_body && !o.issuing_body_inferred
}
