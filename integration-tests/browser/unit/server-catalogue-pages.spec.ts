import { catalogueCacheKey, catalogueRscKey, cataloguePages, CATALOGUE_PAGE_TAGS, keepableCataloguePage } from "../../../storefront/src/server/catalogue-pages"
import { pagePreparer } from "../../../storefront/src/server/prepared-pages"

const page = (html: string) => ({ status: 200, headers: { "content-type": "text/html" }, page: pagePreparer((h) => h.join(" "))(Buffer.from(html)) })
const TAGS = CATALOGUE_PAGE_TAGS

describe("which URLs are catalogue pages, and their keys", () => {
  it("keys a catalogue URL by its path and its query in normal form", () => {
    expect(catalogueCacheKey("/vi/products")).toEqual("/vi/products")
    expect(catalogueCacheKey("/vi/products?order=-stars&utm_source=zalo")).toEqual("/vi/products")
    expect(catalogueCacheKey("/en/products?stars=5&stars=4&group=food")).toEqual("/en/products?group=food&stars=4&stars=5")
    expect(catalogueCacheKey("/zh/products?group=food&stars=4,5")).toEqual("/zh/products?group=food&stars=4&stars=5")
  })

  it("is null for any other page", () => {
    for (const url of ["/vi", "/vi/products/na-chi-lang", "/fr/products", "/vi/products/", "/api/visitor", "/vi/kiosk/mau-son/shop", "/vi/live"]) {
      expect({ url, key: catalogueCacheKey(url) }).toEqual({ url, key: null })
    }
  })

  it("keys an RSC request by the page's key, ?_rsc= and the router's headers, each of which changes the payload", () => {
    const tree = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]))
    const headers = { rsc: "1", "next-router-state-tree": tree, "user-agent": "a", cookie: "_ocop_cart=a" }
    const key = catalogueRscKey("/vi/products?stars=4,5&_rsc=abc", headers)!
    expect(key.startsWith("/vi/products?stars=4&stars=5 rsc abc ")).toBe(true)
    // another spelling of the query, another visitor's cookies and browser: the same payload
    expect(catalogueRscKey("/vi/products?stars=5&stars=4&utm_source=zalo&_rsc=abc", { ...headers, "user-agent": "b", cookie: "_ocop_cart=b" })).toEqual(key)
    // the page it is not: no key
    expect(catalogueRscKey("/vi/products/na-chi-lang?_rsc=abc", headers)).toBeNull()
    const others = [
      catalogueRscKey("/vi/products?stars=4,5&_rsc=abd", headers),
      catalogueRscKey("/vi/products?stars=4&_rsc=abc", headers),
      catalogueRscKey("/vi/products?stars=4,5&_rsc=abc", { ...headers, "next-router-state-tree": tree.replace("__PAGE__", "x") }),
      catalogueRscKey("/vi/products?stars=4,5&_rsc=abc", { ...headers, "next-router-prefetch": "1" }),
      catalogueRscKey("/vi/products?stars=4,5&_rsc=abc", { ...headers, "next-router-segment-prefetch": "/_tree" }),
      catalogueRscKey("/vi/products?stars=4,5&_rsc=abc", { ...headers, "next-url": "/vi" }),
    ]
    expect(new Set([key, ...others]).size).toEqual(others.length + 1)
  })

  it("keeps a page Next rendered for the query when it sets no cookie", () => {
    expect(keepableCataloguePage(200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(true)
    expect(keepableCataloguePage(200, { "set-cookie": ["_ocop_cart=x"] })).toBe(false)
    expect(keepableCataloguePage(500, {})).toBe(false)
    expect(keepableCataloguePage(404, {})).toBe(false)
  })
})

describe("the catalogue pages the storefront's server keeps", () => {
  it("keeps a page until its ttl, at most `max` of them (the least recently read go first)", () => {
    let t = 0
    const cache = cataloguePages({ ttlMs: 60_000, max: 2, now: () => t })
    const a = page("<p>a</p>")
    expect(cache.set("/vi/products?group=food", a, TAGS, cache.generation)).toBe(true)
    t = 59_999
    expect(cache.get("/vi/products?group=food")).toMatchObject(a)
    t = 60_000
    expect([cache.get("/vi/products?group=food"), cache.size]).toEqual([null, 0])

    cache.set("/a", a, TAGS, cache.generation)
    cache.set("/b", page("<p>b</p>"), TAGS, cache.generation)
    cache.get("/a") // read: /b is now the oldest
    for (let i = 0; i < 1000; i++) cache.set(`/vi/products?q=made-up-${i}`, page(`<p>${i}</p>`), TAGS, cache.generation)
    expect(cache.size).toEqual(2)
    expect([cache.get("/a"), cache.get("/b")]).toEqual([null, null])
    expect(cache.get("/vi/products?q=made-up-999")).toMatchObject({ status: 200 })
  })

  it("drops the pages that read a dropped tag, and only those", () => {
    const cache = cataloguePages()
    cache.set("/vi/products", page("<p>all</p>"), ["products", "catalogue"], cache.generation)
    cache.set("/vi/products?group=tea", page("<p>tea</p>"), ["catalogue"], cache.generation)
    cache.drop(["streams", "stream:s1"])
    expect(cache.size).toEqual(2)
    cache.drop(["products"])
    expect([cache.get("/vi/products"), cache.get("/vi/products?group=tea")]).toEqual([null, expect.objectContaining({ status: 200 })])
    cache.drop(["catalogue", "product:na-chi-lang"])
    expect(cache.size).toEqual(0)
  })

  it("refuses a page whose render began before a drop (it may hold the old data)", () => {
    const cache = cataloguePages()
    const since = cache.generation
    cache.drop(["catalogue"])
    expect(cache.set("/vi/products", page("<p>old</p>"), TAGS, since)).toBe(false)
    expect(cache.get("/vi/products")).toBeNull()
    expect(cache.set("/vi/products", page("<p>new</p>"), TAGS, cache.generation)).toBe(true)
  })
})
