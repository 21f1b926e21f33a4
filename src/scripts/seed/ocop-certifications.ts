import type { CatalogueProduct } from "../data/lang-son-catalogue"
import { findProducer } from "../data/lang-son-catalogue"
import {
  decisionDate,
  illustrativeScores,
  issuingBodyName,
  likelyIssuingLevel,
  OcopStars,
} from "@ocop-live/ocop/modules/ocop/lib"
import type { CertificationFields } from "@ocop-live/ocop/modules/ocop/types"
import { districtOf } from "./ocop-records"

export type PlannedCertification = CertificationFields & { stars: OcopStars }

/**
 * A catalogue product's certifications, oldest first: the history (e.g.
 * 3★ 2021) then the current rating. Scores are illustrative (sources give
 * only the stars, sometimes the total); dates known only by year are
 * approximate; the issuing body is inferred from the rules in force unless
 * the decision is known.
 */
export function plannedCertifications(item: CatalogueProduct): PlannedCertification[] {
  const ocop = item.ocop
  if (!ocop) return []
  const producer = findProducer(item.producer)
  const district = producer ? districtOf(producer) : null
  const entries = [
    ...[...(ocop.history ?? [])].sort((a, b) => a.year - b.year).map((h) => ({ ...h, current: false })),
    { stars: ocop.stars, year: ocop.year, current: true },
  ]
  return entries.map(({ stars, year, current }) => {
    const date = decisionDate(year, current ? ocop.decided_at : undefined)
    const level = likelyIssuingLevel(stars, date.decided_at)
    const known = current && !!ocop.decision_number
    const scores = illustrativeScores(stars, current ? ocop.score_total : undefined)
    return {
      stars,
      score_a: scores.a,
      score_b: scores.b,
      score_c: scores.c,
      score_total: scores.total,
      illustrative_scores: true,
      group: ocop.group,
      subgroup: ocop.subgroup,
      ...date,
      decision_number: current ? ocop.decision_number ?? null : null,
      round: current ? ocop.round ?? null : null,
      issuing_level: level,
      issuing_body: issuingBodyName(level, date.decided_at, { district }),
      issuing_body_inferred: !known,
      note: current ? ocop.note ?? null : null,
    }
  })
}
