import { CARD_TEXT } from "../../../storefront/src/i18n/card"
import { catalogueProblems, type Tree } from "../../../storefront/src/i18n/check"
import { dict, fmt, LOCALES, type Locale } from "../../../storefront/src/i18n"
import { formatVnd } from "../../../storefront/src/lib/money"
import { stringsFor } from "../../../plugins/live-selling/widget/strings"

const catalogues: [string, Record<Locale, Tree>][] = [
  ["dictionary", Object.fromEntries(LOCALES.map((l) => [l, dict(l) as unknown as Tree])) as Record<Locale, Tree>],
  ["card payment", CARD_TEXT as unknown as Record<Locale, Tree>],
  // named on their own (issue 16): the <ocop-live> widget's slice of the dictionaries and the kiosk's section
  ["<ocop-live> widget", Object.fromEntries(LOCALES.map((l) => [l, stringsFor(l) as unknown as Tree])) as Record<Locale, Tree>],
  ["kiosk", Object.fromEntries(LOCALES.map((l) => [l, dict(l).kiosk as unknown as Tree])) as Record<Locale, Tree>],
]

describe("the widget and the kiosk are checked in every locale (issue 16)", () => {
  it("the widget speaks each locale with the dictionary's texts, not Vietnamese", () => {
    for (const l of LOCALES) {
      expect(stringsFor(l).lang).toBe(l)
      expect(stringsFor(l).live).toBe(dict(l).live)
      expect(stringsFor(l).checkout).toBe(dict(l).checkout)
    }
    expect(stringsFor("zh").live).not.toEqual(stringsFor("vi").live)
  })

  it("the kiosk section has messages in every locale", () => {
    for (const l of LOCALES) expect(Object.keys(dict(l).kiosk).length).toBeGreaterThan(5)
  })
})

describe.each(catalogues)("%s messages", (_name, byLocale) => {
  it.each(LOCALES)("%s: the Vietnamese keys, valid ICU, the same arguments", (locale) => {
    expect(catalogueProblems(byLocale[locale], byLocale.vi)).toEqual([])
  })

  it("a missing key, a broken message or a renamed argument is reported", () => {
    const vi = { a: "{n} món", b: { c: "x" } }
    expect(catalogueProblems({ a: "{count, plural, one {# item} other {# items}}", b: {} }, vi)).toEqual(["b.c: missing", "a: arguments {count}, reference {n}"])
    expect(catalogueProblems({ a: "{n, plural, one {# item}", b: { c: "x" } }, vi)).toHaveLength(1)
  })
})

describe("plurals, numbers and money per locale", () => {
  const en = dict("en")
  it("English counts one item and many items", () => {
    expect(fmt("en", en.cart.items, { n: 1 })).toBe("1 item")
    expect(fmt("en", en.cart.items, { n: 3 })).toBe("3 items")
    expect(fmt("en", en.catalogue.results, { count: 1 })).toBe("1 product")
    expect(fmt("en", en.catalogue.results, { count: 1234 })).toBe("1,234 products")
    expect(fmt("en", en.product.starsLabel, { n: 4 })).toBe("OCOP 4 stars")
  })

  it("Vietnamese and Chinese have no plural forms but group thousands their way", () => {
    expect(fmt("vi", dict("vi").catalogue.results, { count: 1234 })).toBe("1.234 sản phẩm")
    expect(fmt("zh", dict("zh").catalogue.results, { count: 1234 })).toBe("1,234 个产品")
    expect(fmt("vi", dict("vi").cart.items, { n: 1 })).toBe("1 sản phẩm")
  })

  it("formats VND per locale without decimals", () => {
    expect(formatVnd(65000, "vi")).toBe("65.000 ₫")
    expect(formatVnd(65000, "en")).toBe("₫65,000")
    expect(formatVnd(65000.4, "zh")).toBe("₫65,000")
    expect(formatVnd(null, "en")).toBe("—")
  })
})
