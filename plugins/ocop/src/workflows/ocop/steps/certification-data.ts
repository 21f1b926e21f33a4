import type { PreparedCertification } from "../../../modules/ocop/lib"
import type { CertificationFields } from "../../../modules/ocop/types"

/** The row to store: the given descriptive fields plus the derived ones. */
export function toCertificationData(
  input: Partial<CertificationFields>,
  prepared: PreparedCertification,
  extra: Record<string, unknown> = {}
) {
  return {
    ...extra,
    score_a: prepared.score_a,
    score_b: prepared.score_b,
    score_c: prepared.score_c,
    score_total: prepared.score_total,
    stars: prepared.stars,
    group: prepared.group,
    decided_at: prepared.decided_at,
    valid_until: prepared.valid_until,
    issuing_level: prepared.issuing_level,
    illustrative_scores: input.illustrative_scores ?? false,
    subgroup: input.subgroup ?? null,
    decision_number: input.decision_number ?? null,
    decided_at_approximate: input.decided_at_approximate ?? false,
    issuing_body: input.issuing_body ?? null,
    issuing_body_inferred: input.issuing_body_inferred ?? false,
    certificate_number: input.certificate_number ?? null,
    round: input.round ?? null,
    note: input.note ?? null,
  }
}
