import { illustrativeScores, isOcopGroup, starsForTotal, validateScores } from "@ocop-live/ocop/modules/ocop/lib"
import { CATALOGUE, CATEGORIES, PRODUCERS } from "../lang-son-catalogue"
import { MARKS, PLANTING_AREAS, STANDARDS } from "../lang-son-provenance"

const product = (handle: string) => {
  const p = CATALOGUE.find((x) => x.handle === handle)
  if (!p) throw new Error(`missing product ${handle}`)
  return p
}
const byRow = (row: number) => CATALOGUE.filter((p) => p.row === row)
const allVariants = CATALOGUE.flatMap((p) => p.variants)
const unique = (xs: string[]) => new Set(xs).size === xs.length

describe("catalogue shape", () => {
  it("has every row 1-36 and 45-55 products", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(45)
    expect(CATALOGUE.length).toBeLessThanOrEqual(55)
    for (let row = 1; row <= 36; row++) {
      expect({ row, present: byRow(row).length > 0 }).toEqual({ row, present: true })
    }
  })

  it("splits the rows that name two products", () => {
    for (const row of [8, 24, 30, 32, 33]) {
      expect(byRow(row)).toHaveLength(2)
    }
    expect(CATALOGUE.filter((p) => p.row === "extra").length).toBeGreaterThanOrEqual(10)
  })

  it("has unique ASCII kebab-case handles and unique SKUs", () => {
    const handles = CATALOGUE.map((p) => p.handle)
    expect(unique(handles)).toBe(true)
    for (const h of handles) expect(h).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const skus = allVariants.map((v) => v.sku)
    expect(unique(skus)).toBe(true)
    for (const s of skus) expect(s).toMatch(/^[A-Z0-9-]+$/)
  })

  it("has Vietnamese titles and short bilingual descriptions", () => {
    for (const p of CATALOGUE) {
      expect(p.title.trim()).toBe(p.title)
      expect(p.subtitle.length).toBeGreaterThan(3)
      expect(p.description.length).toBeGreaterThan(20)
      expect(p.description_en.length).toBeGreaterThan(20)
      expect(p.description.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(3)
    }
    expect(product("na-chi-lang").title).toBe("Na Chi Lăng (na dai)")
    expect(product("ruou-men-la-cong-son").title).toBe("Rượu men lá người Dao Công Sơn")
  })

  it("has integer positive VND prices, plausible stock and unique variant titles", () => {
    for (const p of CATALOGUE) {
      expect(p.variants.length).toBeGreaterThan(0)
      expect(unique(p.variants.map((v) => v.title))).toBe(true)
      for (const v of p.variants) {
        expect(Number.isInteger(v.price)).toBe(true)
        expect(v.price).toBeGreaterThanOrEqual(1000)
        expect(v.price).toBeLessThan(10_000_000)
        expect(Number.isInteger(v.stock)).toBe(true)
        expect(v.stock).toBeGreaterThan(0)
        if (v.weight_g !== undefined) expect(Number.isInteger(v.weight_g) && v.weight_g > 0).toBe(true)
      }
    }
  })

  it("marks as not estimated only the prices a source states", () => {
    const sourced = allVariants.filter((v) => !v.price_estimated).map((v) => v.sku).sort()
    expect(sourced).toEqual(
      ["LS-MONGVT-1L", "LS-NABO-1KG", "LS-NACL-1KG", "LS-NACL-L1-1KG", "LS-TRAMVQ-1KG"].sort()
    )
    expect(product("na-chi-lang").variants.find((v) => v.title === "1 kg")?.price).toBe(65000)
    expect(product("na-bo-chi-lang").variants[0].price).toBe(120000)
  })

  it("uses valid season months", () => {
    for (const p of CATALOGUE) {
      if (!p.season) continue
      const months = [...p.season.months, ...(p.season.off_season_months ?? [])]
      expect(months.length).toBeGreaterThan(0)
      for (const m of months) expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true)
    }
    expect(product("na-chi-lang").season).toEqual({
      months: [7, 8, 9],
      off_season_months: [10, 11, 12],
      uncertain: false,
    })
    expect(product("hoa-hoi-kho-chi-lang").season?.uncertain).toBe(true)
  })
})

describe("references", () => {
  const producerKeys = new Set(PRODUCERS.map((p) => p.key))
  const markKeys = new Set(MARKS.map((m) => m.key))
  const areaCodes = new Set(PLANTING_AREAS.map((a) => a.code))
  const standardKeys = new Set(STANDARDS.map((s) => s.key))
  const categoryHandles = new Set(CATEGORIES.map((c) => c.handle))

  it("has unique keys everywhere", () => {
    expect(producerKeys.size).toBe(PRODUCERS.length)
    expect(markKeys.size).toBe(MARKS.length)
    expect(areaCodes.size).toBe(PLANTING_AREAS.length)
    expect(standardKeys.size).toBe(STANDARDS.length)
    expect(categoryHandles.size).toBe(CATEGORIES.length)
  })

  it("references only existing producers, marks, areas, standards and categories", () => {
    for (const p of CATALOGUE) {
      expect(producerKeys.has(p.producer)).toBe(true)
      expect(categoryHandles.has(p.category)).toBe(true)
      for (const m of p.marks) expect(markKeys.has(m)).toBe(true)
      for (const a of p.planting_areas ?? []) expect(areaCodes.has(a)).toBe(true)
      for (const s of p.standards ?? []) expect(standardKeys.has(s)).toBe(true)
    }
  })

  it("has no orphan producers", () => {
    const used = new Set(CATALOGUE.map((p) => p.producer))
    expect(PRODUCERS.filter((p) => !used.has(p.key)).map((p) => p.key)).toEqual([])
  })
})

describe("producers", () => {
  it("keeps a phone only where the doc gives one", () => {
    const withPhone = PRODUCERS.filter((p) => p.phone)
    expect(withPhone.map((p) => [p.key, p.phone])).toEqual([["htx-cong-son", "0961.114.845"]])
  })

  it("says so when a producer is not named by the sources", () => {
    for (const p of PRODUCERS.filter((x) => x.placeholder)) {
      expect(p.story_en).toMatch(/(do|does) not (name|give)|names (no|only)/)
      expect(p.story_vi).toMatch(/không nêu/)
    }
  })

  it("types producers by their legal form", () => {
    for (const p of PRODUCERS) {
      if (p.name.startsWith("HTX")) expect(p.type).toBe("cooperative")
      if (p.name.startsWith("Công ty")) expect(p.type).toBe("enterprise")
      expect(p.district.length).toBeGreaterThan(0)
      expect(p.story_vi.length).toBeGreaterThan(20)
      expect(p.story_en.length).toBeGreaterThan(20)
    }
  })
})

describe("OCOP certifications", () => {
  const certified = CATALOGUE.filter((p) => p.ocop)

  it("are well-formed and consistent with the scoring rules", () => {
    for (const p of certified) {
      const c = p.ocop!
      expect([3, 4, 5]).toContain(c.stars)
      expect(isOcopGroup(c.group)).toBe(true)
      expect(c.year).toBeGreaterThanOrEqual(2019)
      expect(c.year).toBeLessThanOrEqual(2025)
      expect(c.subgroup.length).toBeGreaterThan(0)
      if (c.decided_at) {
        expect(c.decided_at).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(Number(c.decided_at.slice(0, 4))).toBe(c.year)
      }
      for (const h of c.history ?? []) {
        expect(h.stars).toBeLessThan(c.stars)
        expect(h.year).toBeLessThanOrEqual(c.year)
      }
      if (c.score) expect(validateScores(c.score)).toEqual([])
      if (c.score_total !== undefined) expect(starsForTotal(c.score_total)).toBe(c.stars)
      const s = illustrativeScores(c.stars, c.score_total)
      expect(starsForTotal(s.total)).toBe(c.stars)
    }
    expect(certified.every((p) => p.ocop!.stars < 5)).toBe(true) // Lạng Sơn has no 5★ product
  })

  it("gives Na Chi Lăng 4 stars (2022, from 3 stars in 2021) and GI 00140", () => {
    const na = product("na-chi-lang")
    expect(na.row).toBe(1)
    expect(na.ocop).toMatchObject({ stars: 4, year: 2022, history: [{ stars: 3, year: 2021 }] })
    const gi = MARKS.find((m) => na.marks.includes(m.key) && m.kind === "geographical_indication")
    expect(gi?.registry_number).toBe("00140")
    expect(na.marks).toContain("cert-na-chi-lang")
  })

  it("records the Công Sơn wine upgrade date", () => {
    expect(product("ruou-men-la-cong-son").ocop).toMatchObject({
      stars: 4,
      year: 2024,
      decided_at: "2024-01-18",
      history: [{ stars: 3, year: 2022 }],
      group: "beverage",
    })
  })

  it("has no OCOP rating where the stars are unconfirmed", () => {
    for (const row of [3, 11, 16]) expect(byRow(row).every((p) => p.ocop === null)).toBe(true)
  })

  it("uses decision numbers only from the 12/2025 round (rows 29-33)", () => {
    const withDecision = CATALOGUE.filter((p) => p.ocop?.decision_number)
    expect(new Set(withDecision.map((p) => p.row))).toEqual(new Set([29, 30, 31, 32, 33]))
    for (const p of withDecision) {
      expect(p.ocop).toMatchObject({ decision_number: "2865/QĐ-UBND", decided_at: "2025-12-31" })
    }
    expect(CATALOGUE.filter((p) => [29, 30, 31, 32, 33].includes(p.row as number))).toHaveLength(8)
  })

  it("has a score only where a source gives one (row 36: 70 points)", () => {
    expect(certified.filter((p) => p.ocop!.score)).toEqual([])
    const scored = certified.filter((p) => p.ocop!.score_total !== undefined)
    expect(scored.map((p) => [p.row, p.ocop!.score_total])).toEqual([[36, 70]])
  })

  it("gives extra rows no OCOP rating except the tourism experience", () => {
    const extras = CATALOGUE.filter((p) => p.row === "extra")
    const certifiedExtras = extras.filter((p) => p.ocop)
    expect(certifiedExtras.map((p) => p.handle)).toEqual(["den-bac-le"])
    const temple = certifiedExtras[0]
    expect(temple.is_experience).toBe(true)
    expect(temple.ocop).toMatchObject({ stars: 4, year: 2025, group: "tourism" })
    expect(temple.variants.map((v) => v.title)).toEqual(["Vé tham quan"])
    expect(temple.variants[0].price_estimated).toBe(true)
    expect(CATALOGUE.filter((p) => p.is_experience)).toEqual([temple])
  })
})

describe("marks and provenance", () => {
  it("links the custard-apple GI to rows 1-4 only", () => {
    const withNaGi = CATALOGUE.filter((p) => p.marks.includes("gi-na-lang-son"))
    expect(withNaGi.map((p) => p.row).sort()).toEqual([1, 2, 3, 4])
  })

  it("does not attach marks the doc says do not apply or are unconfirmed", () => {
    expect(byRow(14)[0].marks).not.toContain("gi-mat-ong-van-thuy")
    expect(byRow(8).flatMap((p) => p.marks)).toEqual([])
    expect([...byRow(12), ...byRow(13)].flatMap((p) => p.marks)).toEqual([])
    expect(byRow(16)[0].marks).toEqual(["gi-mat-ong-van-thuy"])
  })

  it("holds only granted marks with registry numbers from the doc", () => {
    const numbers = MARKS.filter((m) => m.registry_number).map((m) => [m.key, m.registry_number])
    expect(numbers).toEqual([
      ["gi-hong-khong-hat-bao-lam", "00032"],
      ["gi-mat-ong-van-thuy", "00129"],
      ["gi-na-lang-son", "00140"],
    ])
    expect(MARKS).toHaveLength(13)
    for (const m of MARKS) expect(m.source_url).toMatch(/^https?:\/\//)
    expect(MARKS.some((m) => /vịt|lợn|lạp sườn/i.test(m.name))).toBe(false)
  })

  it("marks every planting area and standard as illustrative, with no invented certificate numbers", () => {
    for (const a of PLANTING_AREAS) {
      expect(a.illustrative).toBe(true)
      expect(a.code).toMatch(/^VN-LSOR-\d{4}$/)
    }
    expect(PLANTING_AREAS.filter((a) => a.crop.startsWith("Thạch đen"))).toHaveLength(6)
    for (const s of STANDARDS) {
      expect(s.illustrative).toBe(true)
      expect(s.certificate_number).toBeUndefined()
    }
    expect(product("rau-chan-vit-huu-co-huu-lung").standards).toEqual(["organic-rau-huu-lung"])
  })
})
