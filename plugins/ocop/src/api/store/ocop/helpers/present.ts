import {
  certificationHistory,
  currentCertification,
  effectiveStatus,
  currentMarkRight,
  hasOcopBadge,
  holdsMarkRight,
  roundScore,
} from "../../../../modules/ocop/lib"

type Row = Record<string, any>

/** Dates as ISO 8601 UTC strings, whether they come from Query (Date) or SQL JSON (text). */
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

/** The `ocop` block: the current certification as a shopper may see it. */
export function presentCertification(cert: Row | null, now: Date) {
  if (!cert) return null
  return {
    stars: cert.stars,
    status: effectiveStatus(cert as any, now),
    badge: hasOcopBadge(cert as any, now),
    group: cert.group,
    subgroup: cert.subgroup ?? null,
    score_total: roundScore(cert.score_total),
    illustrative_scores: !!cert.illustrative_scores,
    decision_number: cert.decision_number ?? null,
    decided_at: iso(cert.decided_at),
    decided_at_approximate: !!cert.decided_at_approximate,
    valid_until: iso(cert.valid_until),
    issuing_body: cert.issuing_body ?? null,
    issuing_body_inferred: !!cert.issuing_body_inferred,
    issuing_level: cert.issuing_level,
  }
}

/** A full certification record for the product page and its history. */
export function presentCertificationRecord(cert: Row, now: Date) {
  return {
    id: cert.id,
    ...presentCertification(cert, now)!,
    score_a: roundScore(cert.score_a),
    score_b: roundScore(cert.score_b),
    score_c: roundScore(cert.score_c),
    certificate_number: cert.certificate_number ?? null,
    round: cert.round ?? null,
    supersedes_id: cert.supersedes_id ?? null,
    superseded_by_id: cert.superseded_by_id ?? null,
    expired_at: iso(cert.expired_at),
    revoked_at: iso(cert.revoked_at),
    revocation_reason: cert.revocation_reason ?? null,
    note: cert.note ?? null,
  }
}

const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))

const MARK = ["id", "kind", "name", "registry_number", "holder"]
const USE_RIGHT = ["certificate_number", "decision", "granted_by"]

/**
 * A mark as a shopper sees it: `badge` only while the product's producer
 * holds a right to use it; `use_right` is that right (or null: the product
 * is said to be covered, but no right is recorded).
 */
function presentMark(mark: Row, right: Row | null, now: Date, extra: string[] = []) {
  return {
    ...pick(mark, [...MARK, ...extra]),
    badge: holdsMarkRight(right as any, now),
    use_right: right
      ? { ...pick(right, USE_RIGHT), granted_at: iso(right.granted_at), valid_until: iso(right.valid_until), revoked_at: iso(right.revoked_at) }
      : null,
  }
}

const AREA = ["code", "area_ha", "location", "crop"]
const STANDARD = ["kind", "certificate_number", "issuer", "valid_until"]
const PRODUCER = ["id", "name", "type", "commune", "district"]

function productFields(product: Row) {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    thumbnail: product.thumbnail ?? null,
    metadata: product.metadata ?? null,
    variants: inDisplayOrder(product.variants ?? []),
  }
}

/** Variants as the merchant ranked them, then the cheapest first (the database returns them in no fixed order). */
function inDisplayOrder(variants: Row[]): Row[] {
  const amount = (v: Row) => Number(v.calculated_price?.calculated_amount ?? Number.MAX_SAFE_INTEGER)
  return [...variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || amount(a) - amount(b))
}

/** The OCOP blocks of a card: the current certification and the provenance records. */
export type CardBlocks = {
  certification: Row | null
  producer: Row | null
  marks: Row[]
  planting_areas: Row[]
  standards: Row[]
}

/** A catalogue card: Medusa's store product fields plus the OCOP blocks. */
export function presentCard(product: Row, blocks: CardBlocks | null, now: Date) {
  return {
    ...productFields(product),
    ocop: presentCertification(blocks?.certification ?? null, now),
    marks: (blocks?.marks ?? []).map((m: Row) => presentMark(m, m.use_right ?? null, now)),
    planting_areas: (blocks?.planting_areas ?? []).map((a: Row) => pick(a, AREA)),
    standards: (blocks?.standards ?? []).map((s: Row) => ({ ...pick(s, STANDARD), valid_until: iso(s.valid_until) })),
    producer: blocks?.producer ? pick(blocks.producer, PRODUCER) : null,
  }
}

/** The product page: the card plus the producer's story, full records, traceability and history. */
export function presentDetail(product: Row, now: Date) {
  const provenance = product.ocop_provenance ?? null
  const producer = provenance?.producer ?? null
  const blocks: CardBlocks = {
    certification: currentCertification(product.ocop_certifications),
    producer,
    marks: provenance?.marks ?? [],
    planting_areas: provenance?.planting_areas ?? [],
    standards: provenance?.standards ?? [],
  }
  return {
    ...presentCard(product, blocks, now),
    images: product.images ?? [],
    options: product.options ?? [],
    metadata: product.metadata ?? null,
    marks: (provenance?.marks ?? []).map((m: Row) =>
      presentMark(m, currentMarkRight(m.use_rights, producer?.id), now, ["decision", "protected_area", "year", "source_url", "note"])
    ),
    planting_areas: (provenance?.planting_areas ?? []).map((a: Row) =>
      pick(a, [...AREA, "kind", "illustrative", "note", "source_url"])
    ),
    standards: (provenance?.standards ?? []).map((s: Row) => ({
      ...pick(s, [...STANDARD, "scope", "illustrative", "source_url"]),
      valid_until: iso(s.valid_until),
    })),
    producer: producer
      ? {
          ...pick(producer, [...PRODUCER, "representative", "phone", "address", "placeholder", "district_inferred"]),
          story: producer.story_vi ?? null,
          story_en: producer.story_en ?? null,
        }
      : null,
    season: provenance
      ? {
          months: provenance.season_months ?? null,
          off_season_months: provenance.off_season_months ?? null,
          uncertain: !!provenance.season_uncertain,
        }
      : null,
    traceability_url: provenance?.traceability_url ?? null,
    certifications: certificationHistory(product.ocop_certifications).map((c: Row) =>
      presentCertificationRecord(c, now)
    ),
  }
}
