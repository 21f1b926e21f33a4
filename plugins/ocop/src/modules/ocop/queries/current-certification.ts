/**
 * The current certification of each product: the active one if any,
 * otherwise the most recent record that was not superseded (an expired or
 * revoked certificate still describes the product, without a badge).
 * `scope` restricts the products (SQL with bound parameters).
 */
export const currentCertificationSql = (scope: string) => `
  SELECT DISTINCT ON (c.product_id) c.*
  FROM ocop_certification c
  WHERE c.deleted_at IS NULL AND c.status <> 'superseded' AND ${scope}
  ORDER BY c.product_id, (c.status = 'active') DESC, c.decided_at DESC, c.created_at DESC`
