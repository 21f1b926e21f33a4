import { countFacets } from "../facets"
import { productFieldsFor } from "../fields"
import { filterRows } from "../filters"
import { sortRows } from "../order"
import { isInSeason, vietnamMonth } from "../season"
import { foldPlace, foldSearch, foldText, matchesText, searchTextOf, searchWords, wordPattern } from "../text"
import { rows } from "./fixtures"

const NOVEMBER = 11
const ids = (list: { product: { id: string } }[]) => list.map((r) => r.product.id)

describe("text matching", () => {
  it("folds Vietnamese accents, đ, case and punctuation", () => {
    expect(foldText("Na Chi Lăng (na dai)")).toBe("na chi lang na dai")
    expect(foldText("Đình Lập")).toBe("dinh lap")
    expect(foldPlace("xã Chi Lăng")).toBe("chi lang")
    expect(foldPlace("Thị trấn Đồng Mỏ")).toBe("dong mo")
  })

  it("matches every query word at the start of a word", () => {
    expect(matchesText(["Mật ong hoa ngũ gia bì"], "mat ong")).toBe(true)
    expect(matchesText(["na-chi-lang"], "Na Chi Lăng")).toBe(true)
    expect(matchesText(["traditional"], "na")).toBe(false)
    expect(matchesText(["Mật ong"], "mat duong")).toBe(false)
  })
})

describe("search text in the store's three languages (issue 16)", () => {
  it("keeps Chinese characters, drops full-width punctuation, folds Vietnamese as before", () => {
    expect(foldSearch("谅山八角（支陵大料）")).toBe("谅山八角 支陵大料")
    expect(foldSearch("支陵八角油，Chi Lăng")).toBe("支陵八角油 chi lang")
    expect(foldSearch("Lạng Sơn star anise (dried, Chi Lăng)")).toBe("lang son star anise dried chi lang")
    expect(foldSearch("Đình Lập")).toBe(foldText("Đình Lập"))
    // a Korean syllable stays one character (composed again after the marks are dropped)
    expect(foldSearch("한국")).toBe("한국")
    // foldText (handles, place keys) still keeps only a-z and digits
    expect(foldText("谅山八角 na")).toBe("na")
  })

  it("a Chinese query word matches anywhere, a Latin one at a word start", () => {
    expect(searchWords("  八角  Star-Anise ")).toEqual(["八角", "star", "anise"])
    expect(wordPattern("八角")).toBe("%八角%")
    expect(wordPattern("anise")).toBe("% anise%")
    expect(searchTextOf(["谅山八角（支陵大料）", null, "Na Chi Lăng"])).toBe(" 谅山八角 支陵大料 na chi lang")
  })

  it("finds a product by a translated title in any language, accent-insensitively in Vietnamese", () => {
    const texts = ["Hoa hồi khô Chi Lăng", "谅山八角（支陵大料）", "Lạng Sơn star anise (dried, Chi Lăng)"]
    expect(matchesText(texts, "八角")).toBe(true)
    expect(matchesText(texts, "谅山 八角")).toBe(true)
    expect(matchesText(texts, "star anise")).toBe(true)
    expect(matchesText(texts, "hoa hoi")).toBe(true)
    expect(matchesText(texts, "八角油")).toBe(false)
    expect(matchesText(texts, "custard apple")).toBe(false)
    expect(matchesText(texts, "nise")).toBe(false)
  })
})

describe("season", () => {
  it("uses the month in Vietnam (UTC+7)", () => {
    expect(vietnamMonth(new Date("2026-11-30T16:59:59Z"))).toBe(11)
    expect(vietnamMonth(new Date("2026-11-30T17:00:00Z"))).toBe(12)
    expect(isInSeason([7, 8, 9], 8)).toBe(true)
    expect(isInSeason(null, 8)).toBe(false)
  })
})

describe("filters", () => {
  it("derives the badge from status and date", () => {
    expect(rows().map((r) => [r.product.id, r.badge_stars])).toEqual([
      ["na", 4],
      ["quyt", null],
      ["ruou", 3],
      ["kale", 4],
      ["hong", null],
    ])
  })

  it.each([
    [{ min_stars: 4 }, ["na", "kale"]],
    [{ stars: [3] }, ["ruou"]],
    [{ ocop_only: true }, ["na", "ruou", "kale"]],
    [{ group: ["beverage"] }, ["ruou"]],
    [{ group: ["food"] }, ["na", "quyt", "kale"]],
    [{ mark_kind: ["geographical_indication"] }, ["na", "hong"]],
    [{ mark: ["00140"] }, ["na"]],
    [{ mark: ["m3"] }, ["quyt"]],
    [{ district: ["Cao Lộc"] }, ["ruou", "hong"]],
    [{ district: ["huyen cao loc"] }, ["ruou", "hong"]],
    [{ commune: ["Chi Lăng"] }, ["na"]],
    [{ standard: ["vietgap"] }, ["na", "quyt"]],
    [{ producer_id: ["p4"] }, ["kale"]],
    [{ in_season: true }, ["quyt", "ruou", "kale"]],
    [{ q: "huu co" }, ["kale"]],
    [{ q: "bac son" }, ["quyt"]],
    [{ min_stars: 4, mark_kind: ["geographical_indication"] }, ["na"]],
  ])("%j", (filters, expected) => {
    expect(ids(filterRows(rows(), filters, NOVEMBER))).toEqual(expected)
  })
})

describe("facets", () => {
  it("counts each facet without its own filter", () => {
    const facets = countFacets(rows(), { min_stars: 4, mark_kind: ["geographical_indication"] }, NOVEMBER)
    // stars: GI products regardless of stars: na (4★), hong (no badge)
    expect(facets.stars).toEqual({ "3": 0, "4": 1, "5": 0 })
    // mark_kind: 4★ products (na, kale) by mark kind
    expect(facets.mark_kind).toEqual({ geographical_indication: 1, collective_mark: 0, certification_mark: 1 })
    // the others: the full current query (na only)
    expect(facets.district).toEqual({ "Chi Lăng": 1 })
    expect(facets.group).toEqual({ food: 1, beverage: 0, herbal: 0, handicraft: 0, ornamental: 0, tourism: 0 })
    expect(facets.standard).toEqual({ vietgap: 1, organic: 0, globalgap: 0 })
  })

  it("counts everything without filters", () => {
    const facets = countFacets(rows(), {}, NOVEMBER)
    expect(facets.stars).toEqual({ "3": 1, "4": 2, "5": 0 })
    expect(facets.district).toEqual({ "Chi Lăng": 1, "Bắc Sơn": 1, "Cao Lộc": 2, "Hữu Lũng": 1 })
    expect(facets.group.food).toBe(3)
  })
})

describe("order", () => {
  const prices = new Map([
    ["na", 65000],
    ["quyt", 45000],
    ["ruou", 150000],
    ["kale", 28000],
  ])

  it.each([
    // ties (and rows without a value) go newest product first: higher id first
    ["-stars", ["na", "kale", "ruou", "quyt", "hong"]],
    ["stars", ["ruou", "na", "kale", "quyt", "hong"]],
    ["price", ["kale", "quyt", "na", "ruou", "hong"]],
    ["-price", ["ruou", "na", "quyt", "kale", "hong"]],
    ["title", ["kale", "hong", "na", "quyt", "ruou"]],
    ["-title", ["ruou", "quyt", "na", "hong", "kale"]],
    ["created_at", ["na", "quyt", "ruou", "kale", "hong"]],
    ["-created_at", ["hong", "kale", "ruou", "quyt", "na"]],
  ] as const)("%s", (order, expected) => {
    expect(ids(sortRows(rows(), order, prices))).toEqual(expected)
  })
})

describe("productFieldsFor", () => {
  it("reads only ids unless searching or sorting by title or creation", () => {
    expect(productFieldsFor(undefined, "-stars")).toEqual(["id"])
    expect(productFieldsFor(undefined, "price")).toEqual(["id"])
    expect(productFieldsFor("na", "-stars")).toEqual(["id", "title", "subtitle", "handle"])
    expect(productFieldsFor(undefined, "-title")).toEqual(["id", "title", "subtitle", "handle"])
    expect(productFieldsFor(undefined, "created_at")).toEqual(["id", "created_at"])
  })
})
