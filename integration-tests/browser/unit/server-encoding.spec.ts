import { preferredEncoding } from "../../../storefront/src/server/encoding"

describe("which compression a client accepts", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["BR", "br"],
    ["*", "br"],
    ["*;q=0, gzip", "gzip"],
    ["identity", null],
    ["gzip;q=0", null],
    ["", null],
    [undefined, null],
  ])("Accept-Encoding %p → %p", (header, expected) => {
    expect(preferredEncoding(header)).toEqual(expected)
  })

  it("reads a header sent twice", () => {
    expect(preferredEncoding(["identity", "gzip"])).toEqual("gzip")
  })
})
