import type { OcopGroup } from "./lib/groups"
import type { IssuingLevel } from "./lib/issuing-level"
import type { StoredCertificationStatus } from "./lib/badge"

/** The fields of a certification an admin (or the seed) gives; stars and validity are derived. */
export type CertificationFields = {
  score_a: number
  score_b: number
  score_c: number
  score_total?: number | null
  illustrative_scores?: boolean
  group: OcopGroup
  subgroup?: string | null
  decision_number?: string | null
  decided_at: string | Date
  decided_at_approximate?: boolean
  issuing_body?: string | null
  issuing_level?: IssuingLevel | null
  issuing_body_inferred?: boolean
  certificate_number?: string | null
  round?: string | null
  note?: string | null
}

/** A stored certification record as the service returns it. */
export type CertificationRecord = CertificationFields & {
  id: string
  product_id: string
  producer_id: string | null
  stars: number
  score_total: number
  decided_at: Date
  valid_until: Date
  issuing_level: IssuingLevel
  status: StoredCertificationStatus
  supersedes_id: string | null
  superseded_by_id: string | null
  expired_at: Date | null
  revoked_at: Date | null
  revocation_reason: string | null
}
