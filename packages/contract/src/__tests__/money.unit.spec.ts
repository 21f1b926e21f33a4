import { formatMoney, formatVnd, localeTag } from "../index.js"

// Intl writes U+00A0/U+202F in some patterns; the tests name them
const nbsp = "\u00A0"

describe("formatMoney", () => {
  it("writes VND in Vietnamese with grouping dots, a plain space and the sign after", () => {
    expect([65000, 1234567, 0, 999.6, -5000].map((n) => formatMoney(n))).toEqual([
      "65.000 ₫",
      "1.234.567 ₫",
      "0 ₫",
      "1.000 ₫",
      "-5.000 ₫",
    ])
  })

  it("writes VND in English and Chinese with CLDR's currency pattern, whole đồng", () => {
    expect(formatMoney(65000, { locale: "en" })).toEqual("₫65,000")
    expect(formatMoney(65000.4, { locale: "zh" })).toEqual("₫65,000")
    expect(formatVnd(65000, "en")).toEqual("₫65,000")
  })

  it("keeps other currencies' minor unit", () => {
    expect(formatMoney(12.5, { currency: "usd", locale: "en" })).toEqual("$12.50")
    expect(formatMoney(12.5, { currency: "EUR", locale: "vi" })).toEqual(`12,50${nbsp}€`)
  })

  it("accepts numeric strings and answers a dash for no amount", () => {
    expect(formatVnd("65000")).toEqual("65.000 ₫")
    expect([null, undefined, "", "abc", Number.NaN, Infinity].map((n) => formatVnd(n as any))).toEqual(["—", "—", "—", "—", "—", "—"])
  })
})

describe("localeTag", () => {
  it("maps the shop's languages and passes other tags through", () => {
    expect(["vi", "en", "zh", "fr-FR"].map(localeTag)).toEqual(["vi", "en", "zh-Hans", "fr-FR"])
  })
})
