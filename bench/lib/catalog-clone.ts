/**
 * Bulk top-up for bench catalogues (1,000 and 20,000 products): copies the
 * bench products made through Medusa's workflows (`bench-NNNN`, the first
 * 250, catalog-generate.ts) by SQL,
 * row for row, in one transaction: product, its variants, price sets and
 * prices, option, sales-channel and shipping-profile links, provenance with
 * its marks and standards, certifications. Copy k of product P gets ids
 * `P_cK`, handle `P-cK`, SKU `SKU-CK`. The workflows take ~0.4 s per
 * product on this loaded machine; this takes seconds to a minute. The OCOP read model is then
 * rebuilt by its own workflow (catalog-generate.ts).
 * Bench data only: the application never writes these tables by SQL.
 */
type Knex = {
  raw(sql: string, bindings?: unknown[]): Promise<{ rows: any[] }>
  transaction<T>(fn: (trx: Knex) => Promise<T>): Promise<T>
}

/**
 * table, how its rows reach their product (`FROM table t <join>`, ending at a
 * `product_id` expression `p`), and the columns written differently in the
 * copy (`c.s` is the suffix `_cK`, `c.k` the copy number)
 */
const VIA_VARIANT = "JOIN product_variant v ON v.id = t.variant_id"
const VIA_PRICE_SET = "JOIN product_variant_price_set l ON l.price_set_id = t.id JOIN product_variant v ON v.id = l.variant_id"
const VIA_PRICE = "JOIN product_variant_price_set l ON l.price_set_id = t.price_set_id JOIN product_variant v ON v.id = l.variant_id"
const VIA_PROVENANCE = "JOIN ocop_product_provenance pv ON pv.id = t.provenance_id"
const COPIES: [string, string, string, Record<string, string>][] = [
  ["product", "", "t.id", { id: "t.id || c.s", handle: "t.handle || '-c' || c.k", title: "t.title || ' c' || c.k", created_at: "t.created_at + c.k * interval '1 second'" }],
  ["product_product_option", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s" }],
  ["product_shipping_profile", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s" }],
  ["product_sales_channel", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s" }],
  ["product_variant", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s", sku: "t.sku || '-C' || c.k" }],
  ["product_variant_option", VIA_VARIANT, "v.product_id", { variant_id: "t.variant_id || c.s" }],
  ["product_variant_price_set", VIA_VARIANT, "v.product_id", { id: "t.id || c.s", variant_id: "t.variant_id || c.s", price_set_id: "t.price_set_id || c.s" }],
  ["price_set", VIA_PRICE_SET, "v.product_id", { id: "t.id || c.s" }],
  ["price", VIA_PRICE, "v.product_id", { id: "t.id || c.s", price_set_id: "t.price_set_id || c.s" }],
  ["ocop_product_provenance", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s" }],
  ["ocop_provenance_mark", VIA_PROVENANCE, "pv.product_id", { provenance_id: "t.provenance_id || c.s" }],
  ["ocop_provenance_standard", VIA_PROVENANCE, "pv.product_id", { provenance_id: "t.provenance_id || c.s" }],
  ["ocop_certification", "", "t.product_id", { id: "t.id || c.s", product_id: "t.product_id || c.s", supersedes_id: "t.supersedes_id || c.s", superseded_by_id: "t.superseded_by_id || c.s" }],
]

/** Adds `missing` products copied from the workflow-made bench products; returns how many were added. */
export async function cloneBenchProducts(pg: Knex, missing: number): Promise<number> {
  return pg.transaction(async (trx) => {
    await trx.raw(`CREATE TEMP TABLE bench_clone ON COMMIT DROP AS
      WITH t AS (SELECT id, row_number() OVER (ORDER BY handle) AS n, count(*) OVER () AS total
                 FROM product WHERE handle ~ '^bench-[0-9]+$' AND deleted_at IS NULL)
      SELECT t.id AS src, k, '_c' || k AS s
      FROM t, generate_series(1, ?::int) k
      WHERE (k - 1) * t.total + t.n <= ?`, [missing, missing])
    await trx.raw(`CREATE INDEX ON bench_clone (src)`)
    const [{ n }] = (await trx.raw(`SELECT count(*)::int AS n FROM bench_clone`)).rows
    if (!n) throw new Error("bench: no bench-NNNN products to copy")
    for (const [table, via, productOf, changed] of COPIES) {
      const { rows } = await trx.raw(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`,
        [table]
      )
      const columns: string[] = rows.map((r: { column_name: string }) => r.column_name)
      const values = columns.map((c) => changed[c] ?? `t."${c}"`)
      await trx.raw(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
         SELECT ${values.join(", ")} FROM "${table}" t ${via} JOIN bench_clone c ON c.src = ${productOf}` +
          (columns.includes("deleted_at") ? ` WHERE t.deleted_at IS NULL` : "")
      )
    }
    return n
  })
}
