import { mayAnswerFromCache, mayAnswerRscFromCache, pageCache, sharedByNext, sharedPageCache } from "../../../storefront/src/server/page-cache"
import { pagePreparer } from "../../../storefront/src/server/prepared-pages"

const page = (html: string) => ({ status: 200, headers: { "content-type": "text/html" }, page: pagePreparer((h) => h.join(" "))(Buffer.from(html)) })

describe("the pages the storefront's server keeps for a second", () => {
  it("keeps a page for ttlMs, the last `max` pages, until cleared", () => {
    let t = 0
    const cache = pageCache({ ttlMs: 1000, max: 2, now: () => t })
    const a = page("<p>a</p>")
    cache.set("/vi/products/a", a)
    expect(cache.get("/vi/products/a")).toMatchObject(a)
    t = 999
    expect(cache.get("/vi/products/a")).toMatchObject(a)
    t = 1000
    expect(cache.get("/vi/products/a")).toBeNull()

    cache.set("/a", a)
    cache.set("/b", page("<p>b</p>"))
    cache.set("/c", page("<p>c</p>"))
    expect([cache.get("/a"), cache.size]).toEqual([null, 2])
    cache.clear()
    expect([cache.get("/b"), cache.get("/c"), cache.size]).toEqual([null, null, 0])
  })

  it("answers only plain GETs of a page (not Next's router, server actions or conditional requests)", () => {
    expect(mayAnswerFromCache("GET", { accept: "text/html" })).toBe(true)
    expect(mayAnswerFromCache("HEAD", {})).toBe(false)
    expect(mayAnswerFromCache("POST", {})).toBe(false)
    for (const h of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "if-none-match", "range"]) expect(mayAnswerFromCache("GET", { [h]: "1" })).toBe(false)
  })

  it("answers an RSC request of Next's router (navigation or prefetch) apart, never a server action or a conditional one", () => {
    expect(mayAnswerRscFromCache("GET", { rsc: "1", "next-router-state-tree": "x" })).toBe(true)
    expect(mayAnswerRscFromCache("GET", { rsc: "1", "next-router-prefetch": "1" })).toBe(true)
    expect(mayAnswerRscFromCache("GET", {})).toBe(false)
    expect(mayAnswerRscFromCache("POST", { rsc: "1" })).toBe(false)
    for (const h of ["next-action", "if-none-match", "range"]) expect(mayAnswerRscFromCache("GET", { rsc: "1", [h]: "1" })).toBe(false)
  })

  it("keeps only what Next says is the same for everyone", () => {
    expect(sharedByNext(200, { "cache-control": "s-maxage=60, stale-while-revalidate=31535940" })).toBe(true)
    expect(sharedByNext(200, { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(false)
    expect(sharedByNext(200, {})).toBe(false)
    expect(sharedByNext(404, { "cache-control": "s-maxage=60" })).toBe(false)
    expect(sharedByNext(200, { "cache-control": "s-maxage=60", "set-cookie": ["a=1"] })).toBe(false)
  })

  it("is one cache per process, whichever bundle asks", () => {
    expect(sharedPageCache()).toBe(sharedPageCache())
    expect((globalThis as any)[Symbol.for("ocop.storefront.page-cache")]).toBe(sharedPageCache())
  })
})
