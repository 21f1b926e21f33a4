import { catalogueSql, filterConditions, orderBy, searchConditions, sortKey } from "../catalogue"
import { sql } from "../sql-fragment"

const QUERY = {
  filters: {},
  order: "-stars" as const,
  limit: 20,
  offset: 0,
  sales_channel_ids: ["sc_1"],
  currency_code: "vnd",
  cutoff: new Date("2026-12-06T00:00:00Z"),
  now: new Date("2026-12-06T10:00:00Z"),
  month: 12,
}

const placeholders = (text: string) => (text.match(/\?/g) ?? []).length

describe("catalogue SQL", () => {
  it("binds every client value (never in the text) and keeps one binding per placeholder", () => {
    const filters = {
      q: "Mật ong'; DROP TABLE x; --",
      min_stars: 4,
      stars: [4, 5],
      group: ["food"],
      mark_kind: ["geographical_indication"],
      mark: ["00140"],
      district: ["huyện Chi Lăng"],
      commune: ["xã Hữu Lũng"],
      standard: ["vietgap"],
      producer_id: ["ocpr_1"],
      in_season: true,
      in_stock: true,
      ocop_only: true,
    }
    const { text, values } = catalogueSql({ ...QUERY, filters, order: "price" })
    expect(placeholders(text)).toEqual(values.length)
    expect(text).not.toMatch(/DROP|ocpr_1|00140|Chi/)
    // in season in December: the 12th bit of the months in season
    expect(values).toEqual(expect.arrayContaining(["% mat%", "% ong%", "{\"chi lang\"}", "{\"huu lung\"}", 1 << 11]))
  })

  it("binds a Chinese query word as a substring pattern, a Latin one as a word start", () => {
    const { text, values } = catalogueSql({ ...QUERY, filters: { q: "八角 star" } })
    expect(text).not.toContain("八角")
    expect(values).toEqual(expect.arrayContaining(["%八角%", "% star%"]))
  })

  it("searches a Chinese word of 2 or more characters by its bigrams first, then as a substring", () => {
    expect(searchConditions("八角 star 八")).toEqual([
      sql`b.search_bigrams @> ${"{\"八角\"}"}::text[] AND b.search_text LIKE ${"%八角%"}`,
      sql`b.search_text LIKE ${"% star%"}`,
      sql`b.search_text LIKE ${"%八%"}`,
    ])
    // read with the table (its indexes), before the facets
    expect(catalogueSql({ ...QUERY, filters: { q: "八角" } }).text).toMatch(/FROM ocop_catalogue_listing b\s+WHERE [^)]*b\.search_bigrams @>/)
  })

  it("gives each facet filter its owner, so its facet is counted without it", () => {
    const owners = filterConditions({ min_stars: 3, stars: [3], group: ["food"], district: ["Chi Lăng"], q: "na", in_season: true }, 1, QUERY.now)
      .map((c) => c.owner ?? null)
    expect(owners).toEqual(["stars", "stars", "group", "district", null])
  })

  it("applies the filters no facet owns while reading the table, keeping their columns out of b", () => {
    const conditions = filterConditions({ q: "na", group: ["food"], commune: ["Hữu Lũng"], producer_id: ["p"], in_season: true, in_stock: true, ocop_only: true }, 1, QUERY.now)
    expect(conditions.map((c) => [c.owner ?? null, c.row ?? false])).toEqual([
      [null, false], ["group", false], [null, true], [null, true], [null, true], [null, true],
    ])
    const { text } = catalogueSql({ ...QUERY, filters: { q: "na", in_stock: true }, order: "title" })
    const b = text.slice(text.indexOf("WITH b AS"), text.indexOf("page AS ("))
    expect(b).toContain("b.search_text LIKE ?")
    expect(b).toContain("b.title AS sort_key, ")
    expect(b).not.toMatch(/SELECT[^]*b\.search_text[^]*FROM/)
    expect(catalogueSql(QUERY).text).not.toContain("b.title")
  })

  it("orders with empty values last and ties by newest product", () => {
    expect(orderBy("-price").text).toEqual("b.sort_key DESC NULLS LAST, b.product_id DESC")
    expect(orderBy("-stars").text).toEqual("b.badge_stars DESC NULLS LAST, b.product_id DESC")
    expect(orderBy("title").text).toEqual("b.sort_key COLLATE ocop_vi ASC NULLS LAST, b.product_id DESC")
  })

  it("keeps only the sort key in b: the price in the asked currency, not every currency's", () => {
    expect(sortKey("-price", "vnd")).toEqual(sql`(b.prices->>${"vnd"})::numeric`)
    expect(sortKey("stars", "vnd")).toBeNull()
    const { text, values } = catalogueSql({ ...QUERY, order: "price" })
    const b = text.slice(text.indexOf("WITH b AS"), text.indexOf("page AS ("))
    expect(b).toContain("(b.prices->>?)::numeric AS sort_key")
    expect(b).not.toContain("b.prices,")
    expect(placeholders(text)).toBe(values.length)
  })

  it("orders titles in the request's locale (the Vietnamese title where none), in its language's collation", () => {
    expect(sortKey("-title", "vnd", "zh-CN")).toEqual(sql`COALESCE(b.titles->>${"zh-CN"}, b.title)`)
    expect(orderBy("-title", "zh-CN").text).toEqual("b.sort_key COLLATE ocop_zh DESC NULLS LAST, b.product_id DESC")
    expect(orderBy("title", "en-US").text).toContain("COLLATE ocop_en ASC")
    const { text, values } = catalogueSql({ ...QUERY, order: "title", locale: "zh-CN" })
    expect(text).toContain("b.titles")
    expect(values).toContain("zh-CN")
    expect(placeholders(text)).toBe(values.length)
  })

  it("reads the page as a top-N sort of b, not a numbering of every match, and copies no matching rows", () => {
    const { text } = catalogueSql({ ...QUERY, filters: { min_stars: 4 }, order: "-price" })
    expect(text).not.toMatch(/row_number\(\)/)
    expect(text).not.toContain("matching AS")
    expect(text).toMatch(/FROM \(SELECT \* FROM b WHERE [^]*ORDER BY b\.sort_key DESC NULLS LAST, b\.product_id DESC LIMIT \? OFFSET \?\) b/)
  })

  it("reads the narrow listing rows in two passes that copy none: the page, and one grouping for the count and every facet", () => {
    const { text } = catalogueSql(QUERY)
    expect(text).toContain("FROM ocop_catalogue_listing b")
    expect(text).not.toContain("ocop_catalogue_entry")
    expect(text).toMatch(/WITH b AS NOT MATERIALIZED \([^]*OFFSET 0\n\)/)
    // DISTINCT (product, value) over every row, and a scan of b per facet, were the facets' main cost
    expect(text).not.toContain("DISTINCT b.product_id")
    expect(text.match(/FROM b(?![.\w])/g)).toHaveLength(2)
    expect(text).toContain("FROM b GROUP BY 1, 2, 3")
    expect(text).toContain("count(*) FILTER (WHERE TRUE)::int AS n_group")
    // a product counts once per kind of mark it holds a right to, and once per standard kind
    expect(text).toMatch(/CASE WHEN b\.marks IS NOT NULL THEN ARRAY\(SELECT DISTINCT m->>'kind' FROM jsonb_array_elements\(b\.marks\) m WHERE/)
    expect(text).toContain("count(*) FILTER (WHERE ? = ANY(b.mark_kinds) AND TRUE)::int AS n_mark_kind_0")
    expect(text).toContain("count(*) FILTER (WHERE ? = ANY(b.standard_kinds) AND TRUE)::int AS n_standard_2")
  })

  it("counts each facet without its own filter: the group facet without the group filter, the others with it", () => {
    const { text, values } = catalogueSql({ ...QUERY, filters: { group: ["food"] } })
    expect(text).toContain("count(*) FILTER (WHERE TRUE)::int AS n_group")
    expect(text).toContain(`count(*) FILTER (WHERE (b."group" = ANY(?::text[])))::int AS n_stars`)
    expect(text).toContain(`count(*) FILTER (WHERE (b."group" = ANY(?::text[])))::int AS n,`)
    expect(values).toContain("{\"food\"}")
    expect(placeholders(text)).toBe(values.length)
  })

  it("reads the rows once for a search and keeps those it finds (the search text is the costly part)", () => {
    const { text } = catalogueSql({ ...QUERY, filters: { q: "mật ong", in_season: true } })
    expect(text).toMatch(/WITH b AS MATERIALIZED \(/)
    expect(text).toMatch(/WHERE b\.sales_channel_ids && \?::text\[\] AND \(b\.search_text LIKE \?\) AND \(b\.search_text LIKE \?\) AND \(b\.season_mask & \? <> 0\)/)
  })
})
