import type { OcopProductSummary } from "../lib/catalogue/types"

/**
 * One row per product that has OCOP data (all of them, or those whose id is
 * in the bound text[] parameter, given twice): its current certification
 * (the active one, else the latest not superseded) and, from its
 * provenance, the producer, season, marks and standard kinds. Set-based
 * (hash joins, grouped aggregates) so it stays fast for thousands of rows.
 */
export function productSummariesSql(scoped: boolean) {
  const scope = (column: string) => (scoped ? `${column} = ANY(?::text[]) AND ` : "")
  return `
WITH pv AS (
  SELECT id, product_id, producer_id, season_months
  FROM ocop_product_provenance
  WHERE ${scope("product_id")}deleted_at IS NULL
),
cur AS (
  SELECT DISTINCT ON (c.product_id) c.product_id, c.id, c.stars, c.status, c.valid_until, c."group", c.producer_id,
    bool_or(c.status = 'expired') OVER (PARTITION BY c.product_id) AS has_expired_certificate
  FROM ocop_certification c
  WHERE ${scope("c.product_id")}c.deleted_at IS NULL AND c.status <> 'superseded'
  ORDER BY c.product_id, (c.status = 'active') DESC, c.decided_at DESC, c.created_at DESC
),
mk AS (
  SELECT pm.provenance_id, jsonb_agg(jsonb_build_object(
    'id', m.id, 'kind', m.kind, 'registry_number', m.registry_number, 'name', m.name,
    'use_right', (
        SELECT jsonb_build_object('granted_at', r.granted_at, 'valid_until', r.valid_until, 'revoked_at', r.revoked_at)
        FROM ocop_mark_use_right r
        WHERE r.mark_id = m.id AND r.producer_id = pv.producer_id AND r.deleted_at IS NULL
        ORDER BY (r.revoked_at IS NULL) DESC, r.granted_at DESC
        LIMIT 1
      )
  ) ORDER BY m.kind, m.name) AS marks
  FROM ocop_provenance_mark pm
  JOIN pv ON pv.id = pm.provenance_id
  JOIN ocop_mark m ON m.id = pm.mark_id AND m.deleted_at IS NULL
  GROUP BY pm.provenance_id
),
st AS (
  SELECT ps.provenance_id, array_agg(DISTINCT s.kind::text) AS kinds
  FROM ocop_provenance_standard ps
  JOIN pv ON pv.id = ps.provenance_id
  JOIN ocop_standard s ON s.id = ps.standard_id AND s.deleted_at IS NULL
  GROUP BY ps.provenance_id
)
SELECT COALESCE(pv.product_id, cur.product_id) AS product_id,
  cur.stars, cur.status, cur.valid_until, cur."group",
  pr.id AS producer_id, pr.name AS producer_name, pr.district, pr.commune,
  pv.season_months,
  COALESCE(pv.producer_id, cur.producer_id) AS stats_producer_id,
  COALESCE(cur.has_expired_certificate, false) AS has_expired_certificate,
  COALESCE(mk.marks, '[]'::jsonb) AS marks,
  COALESCE(st.kinds, '{}') AS standard_kinds
FROM pv
FULL OUTER JOIN cur ON cur.product_id = pv.product_id
LEFT JOIN ocop_producer pr ON pr.id = pv.producer_id AND pr.deleted_at IS NULL
LEFT JOIN mk ON mk.provenance_id = pv.id
LEFT JOIN st ON st.provenance_id = pv.id`
}

export type ProductSummaryRow = {
  product_id: string
  stars: number | null
  status: string | null
  valid_until: Date | null
  group: string | null
  producer_id: string | null
  producer_name: string | null
  district: string | null
  commune: string | null
  season_months: number[] | null
  marks: OcopProductSummary["marks"]
  standard_kinds: string[]
  stats_producer_id: string | null
  has_expired_certificate: boolean
}

type Certification = NonNullable<OcopProductSummary["certification"]>

export function toProductSummary(row: ProductSummaryRow): OcopProductSummary {
  return {
    product_id: row.product_id,
    certification:
      row.stars === null
        ? null
        : {
            stars: row.stars,
            status: row.status as Certification["status"],
            valid_until: row.valid_until!,
            group: row.group as Certification["group"],
          },
    producer: row.producer_id
      ? { id: row.producer_id, name: row.producer_name!, district: row.district, commune: row.commune }
      : null,
    season_months: row.season_months,
    marks: row.marks ?? [],
    standard_kinds: row.standard_kinds ?? [],
    stats_producer_id: row.stats_producer_id,
    has_expired_certificate: row.has_expired_certificate,
  }
}
