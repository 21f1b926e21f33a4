import { titleOrder } from "../order"

describe("titleOrder", () => {
  it("sorts by the Vietnamese title in Vietnamese order without a locale", () => {
    expect(titleOrder()).toEqual({ titleLocale: null, collation: "ocop_vi" })
    expect(titleOrder(null)).toEqual({ titleLocale: null, collation: "ocop_vi" })
  })

  it("sorts by the locale's title in its language's collation", () => {
    expect(titleOrder("zh-CN")).toEqual({ titleLocale: "zh-CN", collation: "ocop_zh" })
    expect(titleOrder("zh-Hans-CN")).toEqual({ titleLocale: "zh-Hans-CN", collation: "ocop_zh" })
    expect(titleOrder("en-US")).toEqual({ titleLocale: "en-US", collation: "ocop_en" })
    expect(titleOrder("en")).toEqual({ titleLocale: "en", collation: "ocop_en" })
  })

  it("falls back to Vietnamese order for Vietnamese and languages without a collation of their own", () => {
    expect(titleOrder("vi-VN")).toEqual({ titleLocale: "vi-VN", collation: "ocop_vi" })
    expect(titleOrder("fr-FR")).toEqual({ titleLocale: "fr-FR", collation: "ocop_vi" })
  })
})
