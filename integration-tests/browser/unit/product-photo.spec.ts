import { OCOP_GROUPS } from "../../../plugins/ocop/src/modules/ocop/lib/groups"
import { PLACEHOLDER_ARTS, placeholderArt, productPhoto } from "../../../storefront/src/lib/product-photo"

describe("product pictures", () => {
  it("has a placeholder drawn for each OCOP group, and a general one", () => {
    for (const group of OCOP_GROUPS) expect(placeholderArt(group)).toEqual(group)
    expect(PLACEHOLDER_ARTS).toEqual([...OCOP_GROUPS, "other"])
  })

  it("gives products without a certificate, or with an unknown group, the general placeholder", () => {
    expect(placeholderArt(null)).toEqual("other")
    expect(placeholderArt(undefined)).toEqual("other")
    expect(placeholderArt("alcoholic")).toEqual("other")
    expect(placeholderArt("")).toEqual("other")
  })

  it("uses the thumbnail, else the first image, and only http(s) URLs", () => {
    const a = "http://localhost:9000/static/1733400000000-na.png"
    const b = "https://photos.ocop.example/b.webp"
    expect(productPhoto({ thumbnail: a, images: [{ url: b }] })).toEqual(a)
    expect(productPhoto({ thumbnail: null, images: [{ url: b }] })).toEqual(b)
    expect(productPhoto({ thumbnail: "", images: [] })).toBeNull()
    expect(productPhoto({ thumbnail: "javascript:alert(1)", images: null })).toBeNull()
    expect(productPhoto({ thumbnail: undefined, images: undefined })).toBeNull()
  })
})
