/**
 * The OCOP blocks of catalogue cards for a page of products: the current
 * certification, producer, marks (each with the producer's latest right to
 * use it, if any), planting areas and standards, as JSON.
 * Bound parameters: the product ids as a text[] literal, twice.
 */
export const PRODUCT_CARDS_SQL = `
WITH pv AS (
  SELECT id, product_id, producer_id, traceability_url
  FROM ocop_product_provenance
  WHERE product_id = ANY(?::text[]) AND deleted_at IS NULL
),
cur AS (
  SELECT DISTINCT ON (c.product_id) c.*
  FROM ocop_certification c
  WHERE c.product_id = ANY(?::text[]) AND c.deleted_at IS NULL AND c.status <> 'superseded'
  ORDER BY c.product_id, (c.status = 'active') DESC, c.decided_at DESC, c.created_at DESC
)
SELECT COALESCE(pv.product_id, cur.product_id) AS product_id,
  to_jsonb(cur.*) AS certification,
  pv.traceability_url,
  CASE WHEN pr.id IS NULL THEN NULL ELSE jsonb_build_object(
    'id', pr.id, 'name', pr.name, 'type', pr.type, 'commune', pr.commune, 'district', pr.district
  ) END AS producer,
  COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'id', m.id, 'kind', m.kind, 'name', m.name, 'registry_number', m.registry_number, 'holder', m.holder,
      'use_right', (
        SELECT jsonb_build_object('certificate_number', r.certificate_number, 'decision', r.decision, 'granted_by', r.granted_by,
          'granted_at', r.granted_at, 'valid_until', r.valid_until, 'revoked_at', r.revoked_at)
        FROM ocop_mark_use_right r
        WHERE r.mark_id = m.id AND r.producer_id = pv.producer_id AND r.deleted_at IS NULL
        ORDER BY (r.revoked_at IS NULL) DESC, r.granted_at DESC
        LIMIT 1
      )
    ) ORDER BY m.kind, m.name)
    FROM ocop_provenance_mark pm JOIN ocop_mark m ON m.id = pm.mark_id AND m.deleted_at IS NULL
    WHERE pm.provenance_id = pv.id
  ), '[]'::jsonb) AS marks,
  COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'code', a.code, 'area_ha', a.area_ha, 'location', a.location, 'crop', a.crop
    ) ORDER BY a.code)
    FROM ocop_provenance_planting_area pa JOIN ocop_planting_area a ON a.id = pa.planting_area_id AND a.deleted_at IS NULL
    WHERE pa.provenance_id = pv.id
  ), '[]'::jsonb) AS planting_areas,
  COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'kind', s.kind, 'certificate_number', s.certificate_number, 'issuer', s.issuer, 'valid_until', s.valid_until
    ) ORDER BY s.kind)
    FROM ocop_provenance_standard ps JOIN ocop_standard s ON s.id = ps.standard_id AND s.deleted_at IS NULL
    WHERE ps.provenance_id = pv.id
  ), '[]'::jsonb) AS standards
FROM pv
FULL OUTER JOIN cur ON cur.product_id = pv.product_id
LEFT JOIN ocop_producer pr ON pr.id = pv.producer_id AND pr.deleted_at IS NULL`

export type ProductCardRow = {
  product_id: string
  certification: Record<string, any> | null
  traceability_url: string | null
  producer: Record<string, any> | null
  marks: Record<string, any>[]
  planting_areas: Record<string, any>[]
  standards: Record<string, any>[]
}
