import { answerCacheKey, normaliseValue } from "../cache-key"

const base = {
  route: "products",
  params: { min_stars: 4, group: ["food", "herbal"], limit: 20, offset: 0, order: "-stars" },
  locale: "vi",
  sales_channel_ids: ["sc_2", "sc_1"],
  version: "v1",
  day: "2026-12-06/12",
}

describe("answer cache keys", () => {
  it("are the same whatever the order of parameters, list values and channels", () => {
    const shuffled = {
      ...base,
      params: { order: "-stars", offset: 0, limit: 20, group: ["herbal", "food"], min_stars: 4, q: undefined },
      sales_channel_ids: ["sc_1", "sc_2"],
    }
    expect(answerCacheKey(shuffled)).toEqual(answerCacheKey(base))
  })

  it("differ by every input that changes the answer", () => {
    const key = answerCacheKey(base)
    const variants = [
      { ...base, route: "stats" },
      { ...base, params: { ...base.params, min_stars: 5 } },
      { ...base, params: { ...base.params, group: ["food"] } },
      { ...base, params: { ...base.params, offset: 20 } },
      { ...base, params: { ...base.params, region_id: "reg_1" } },
      { ...base, locale: "en" },
      { ...base, locale: null },
      { ...base, sales_channel_ids: ["sc_1"] },
      { ...base, version: "v2" },
      { ...base, day: "2026-12-07/12" },
    ]
    const keys = variants.map(answerCacheKey)
    expect(keys).not.toContain(key)
    expect(new Set(keys).size).toEqual(variants.length)
  })

  it("normalises nested values: objects by key, arrays as sets, dates as ISO strings", () => {
    expect(normaliseValue({ b: [3, 1, 2], a: { d: new Date("2026-01-02T00:00:00Z"), c: undefined } })).toEqual({
      a: { d: "2026-01-02T00:00:00.000Z" },
      b: [1, 2, 3],
    })
  })
})
