import { CATALOGUE, PRODUCERS } from "../lang-son-catalogue"
import { ZH_STORIES } from "../catalogue/zh-stories"
import { MARKS, STANDARDS } from "../lang-son-provenance"
import { PACK_TEXTS, UNIT_OPTION_TEXTS } from "../catalogue/variants"
import { MARK_TEXTS, STANDARD_TEXTS } from "../provenance-translations"
import { packTranslations } from "../product-translations"

const HAN = /\p{Script=Han}/u

describe("pack-size, mark and standard translations", () => {
  it("names every variant's pack size in English and Chinese", () => {
    const titles = [...new Set(CATALOGUE.flatMap((p) => p.variants.map((v) => v.title)))]
    expect(titles.filter((t) => !PACK_TEXTS[t])).toEqual([])
    expect(Object.keys(PACK_TEXTS).filter((t) => !titles.includes(t))).toEqual([])
    const bad = Object.entries(PACK_TEXTS).filter(([, t]) => !HAN.test(t.zh) || HAN.test(t.en) || !t.en.trim())
    expect(bad).toEqual([])
  })

  it("writes pack sizes the way shops label them", () => {
    expect(packTranslations("Gói 500 g")).toEqual({ "en-US": "500 g pack", "zh-CN": "500克/包" })
    expect(packTranslations("Nguyên con")["zh-CN"]).toBe("整只")
    expect(packTranslations("not a pack")).toEqual({})
    expect(UNIT_OPTION_TEXTS).toEqual({ en: "Pack size", zh: "规格" })
  })

  it("names every mark in English and Chinese, with the market names", () => {
    expect(MARKS.filter((m) => !MARK_TEXTS[m.key]).map((m) => m.key)).toEqual([])
    expect(Object.keys(MARK_TEXTS).filter((k) => !MARKS.some((m) => m.key === k))).toEqual([])
    const bad = Object.entries(MARK_TEXTS).filter(([, t]) => !HAN.test(t["zh-CN"].name) || HAN.test(t["en-US"].name))
    expect(bad).toEqual([])
    expect(MARK_TEXTS["gi-hoi-lang-son"]["zh-CN"].name).toBe("谅山八角")
    expect(MARK_TEXTS["cert-na-chi-lang"]["zh-CN"].name).toBe("支陵番荔枝")
  })

  it("tells every producer's story in Chinese, keeping its numbers and years", () => {
    expect(PRODUCERS.filter((p) => !HAN.test(ZH_STORIES[p.key] ?? "")).map((p) => p.key)).toEqual([])
    expect(Object.keys(ZH_STORIES).filter((k) => !PRODUCERS.some((p) => p.key === k))).toEqual([])
    // the same facts: every year and registry number of the English story is in the Chinese one
    const numbers = (text: string) => (text.match(/\b(19|20)\d\d\b|\b0\d{4}\b/g) ?? []).sort()
    const differ = PRODUCERS.filter((p) => numbers(p.story_en).some((n) => !ZH_STORIES[p.key].includes(n))).map((p) => p.key)
    expect(differ).toEqual([])
  })

  it("gives every standard's scope in Vietnamese and Chinese", () => {
    expect(STANDARDS.filter((s) => !STANDARD_TEXTS[s.key]).map((s) => s.key)).toEqual([])
    const bad = Object.entries(STANDARD_TEXTS).filter(([, t]) => !HAN.test(t["zh-CN"].scope) || HAN.test(t["vi-VN"].scope))
    expect(bad).toEqual([])
  })
})
