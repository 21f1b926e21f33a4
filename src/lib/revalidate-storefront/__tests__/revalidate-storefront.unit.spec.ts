import { isCacheTag } from "../../../../storefront/src/lib/cache-tags"
import { kioskPointTags, productChangeTags, productRemovedTags, streamChangeTags } from "../tags"
import { postRevalidate, revalidateTarget } from "../target"

describe("storefront revalidation: tags", () => {
  it("a product change drops its page and the catalogue lists", () => {
    expect(productChangeTags(["na-chi-lang", "na-chi-lang", null])).toEqual(["catalogue", "product:na-chi-lang"])
  })

  it("without a usable handle, or when a product is gone, every product read", () => {
    expect(productChangeTags([])).toEqual(["products", "catalogue"])
    expect(productChangeTags(["bad handle/.."])).toEqual(["products", "catalogue"])
    expect(productRemovedTags()).toEqual(["products", "catalogue"])
  })

  it("a stream change drops the stream lists and its page", () => {
    expect(streamChangeTags(["ls_01ABC", undefined])).toEqual(["streams", "stream:ls_01ABC"])
  })

  it("every tag the backend builds is one the storefront's /api/revalidate accepts", () => {
    const all = [...productChangeTags(["tra-hoa-vang", "x"]), ...productRemovedTags(), ...streamChangeTags(["ls_1"]), ...kioskPointTags()]
    for (const tag of all) expect(isCacheTag(tag)).toBe(true)
  })
})

describe("storefront revalidation: target", () => {
  it("needs both the URL and the secret", () => {
    expect(revalidateTarget({ STOREFRONT_REVALIDATE_URL: "http://sf/api/revalidate" })).toBeNull()
    expect(revalidateTarget({ STOREFRONT_REVALIDATE_SECRET: "s" })).toBeNull()
    expect(revalidateTarget({ STOREFRONT_REVALIDATE_URL: " http://sf/api/revalidate ", STOREFRONT_REVALIDATE_SECRET: "s3" })).toEqual({
      url: "http://sf/api/revalidate",
      secret: "s3",
    })
  })

  it("POSTs the tags with the secret header, and reports a refusal or a network error without throwing", async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const ok = (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response("{}", { status: 200 })
    }) as unknown as typeof fetch
    const target = { url: "http://sf/api/revalidate", secret: "s3cret" }
    expect(await postRevalidate(target, ["products"], ok)).toEqual({ ok: true, status: 200 })
    expect(calls[0].url).toEqual(target.url)
    expect(calls[0].init.method).toEqual("POST")
    expect((calls[0].init.headers as Record<string, string>)["x-revalidate-secret"]).toEqual("s3cret")
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ tags: ["products"] })

    const refused = (async () => new Response("{}", { status: 401 })) as unknown as typeof fetch
    expect(await postRevalidate(target, ["products"], refused)).toEqual({ ok: false, status: 401 })
    const down = (async () => {
      throw new Error("ECONNREFUSED")
    }) as unknown as typeof fetch
    expect(await postRevalidate(target, ["products"], down)).toEqual({ ok: false, error: "ECONNREFUSED" })
  })
})
