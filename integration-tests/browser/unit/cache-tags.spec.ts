import {
  FIXED_TAGS,
  isCacheTag,
  MAX_TAGS,
  parseRevalidateBody,
  productReadTags,
  productTag,
  streamTag,
} from "../../../storefront/src/lib/cache-tags"

describe("storefront cache tags", () => {
  it("knows the fixed tags and the keyed product and stream tags", () => {
    for (const tag of FIXED_TAGS) expect(isCacheTag(tag)).toBe(true)
    expect(productTag("na-chi-lang")).toEqual("product:na-chi-lang")
    expect(streamTag("ls_01JABC")).toEqual("stream:ls_01JABC")
    expect(isCacheTag("product:prod_01HZX")).toBe(true)
    expect(isCacheTag("stream:ls_1")).toBe(true)
  })

  it("refuses unknown tags and keys that are not handles or ids", () => {
    for (const tag of ["cart", "product:", "product:a/b", "stream:x y", "PRODUCTS", "customer:1", "", 42, null, "product:" + "a".repeat(201)]) {
      expect(isCacheTag(tag)).toBe(false)
    }
    expect(() => productTag("../etc")).toThrow(/not a handle/)
    expect(() => streamTag("")).toThrow(/not a stream id/)
  })

  it("tags a product read with all products and its own handle", () => {
    expect(productReadTags("tra-hoa-vang")).toEqual(["products", "product:tra-hoa-vang"])
    expect(productReadTags("bad handle")).toEqual(["products"])
  })

  it("parses a revalidation body, naming the field at fault", () => {
    expect(parseRevalidateBody({ tags: ["products", "product:na-chi-lang", "products"] })).toEqual({
      ok: true,
      tags: ["products", "product:na-chi-lang"],
    })
    expect(parseRevalidateBody(null)).toMatchObject({ ok: false, field: "body" })
    expect(parseRevalidateBody([])).toMatchObject({ ok: false, field: "body" })
    expect(parseRevalidateBody({})).toMatchObject({ ok: false, field: "tags" })
    expect(parseRevalidateBody({ tags: [] })).toMatchObject({ ok: false, field: "tags" })
    expect(parseRevalidateBody({ tags: "products" })).toMatchObject({ ok: false, field: "tags" })
    expect(parseRevalidateBody({ tags: ["products", "orders"] })).toMatchObject({ ok: false, field: "tags[1]", message: expect.stringContaining("tags[1]") })
    expect(parseRevalidateBody({ tags: Array(MAX_TAGS + 1).fill("products") })).toMatchObject({ ok: false, field: "tags" })
  })
})
