import { catalogueSearch, parseCatalogueQuery, searchRecord } from "../../../storefront/src/lib/catalogue-query"

const parse = (search: string) => parseCatalogueQuery(searchRecord(new URLSearchParams(search)))
const normal = (search: string) => catalogueSearch(parse(search)).toString()

describe("the catalogue page's query", () => {
  it("keeps what the page uses, with defaults for the rest", () => {
    expect(parse("")).toEqual({
      q: "",
      order: "-stars",
      page: 1,
      min_stars: undefined,
      selected: { stars: [], group: [], mark_kind: [], district: [], standard: [] },
      in_season: false,
    })
    expect(parse("q=+na+&order=price&page=3&min_stars=4&stars=5,4&stars=4&group=tea&group=food&in_season=true")).toEqual({
      q: "na",
      order: "price",
      page: 3,
      min_stars: 4,
      selected: { stars: ["4", "5"], group: ["food", "tea"], mark_kind: [], district: [], standard: [] },
      in_season: true,
    })
  })

  it("drops what the page ignores: unknown params, bad values, empty fields", () => {
    expect(parse("order=nope&page=-2&min_stars=7&stars=2&stars=x&in_season=yes&q=&utm_source=fb")).toEqual(parse(""))
    expect(parse("page=2.9").page).toEqual(2)
    expect(parse(`q=${"a".repeat(300)}`).q).toHaveLength(100)
    expect(parse(`group=${Array.from({ length: 50 }, (_, i) => `g${i}`).join(",")}`).selected.group).toHaveLength(20)
  })

  it("writes one normal form for every spelling of the same query: keys sorted, lists sorted, defaults left out", () => {
    const form = normal("order=-stars&stars=5&stars=4&group=food&in_season=true")
    expect(form).toEqual("group=food&in_season=true&stars=4&stars=5")
    for (const other of ["in_season=true&stars=4,5&group=food", "stars=4&group=food&stars=5&stars=4&in_season=true&fbclid=x&page=1&q="]) {
      expect(normal(other)).toEqual(form)
    }
    expect(normal("q=hồi&page=2&order=title&min_stars=3")).toEqual("min_stars=3&order=title&page=2&q=h%E1%BB%93i")
    expect(normal("")).toEqual("")
  })

  it("reads its own normal form back to the same query", () => {
    const p = parse("q=mật ong&stars=5&district=Chi Lăng&mark_kind=gi&standard=vietgap&order=-price&page=4&min_stars=5")
    expect(parseCatalogueQuery(searchRecord(catalogueSearch(p)))).toEqual(p)
  })
})
