import { textArrayLiteral } from "../text-array"

describe("textArrayLiteral", () => {
  it("quotes every element and escapes quotes and backslashes", () => {
    expect(textArrayLiteral(["prod_1", "prod_2"])).toBe('{"prod_1","prod_2"}')
    expect(textArrayLiteral(['a"b', "c\\d", "x,y", "{z}"])).toBe('{"a\\"b","c\\\\d","x,y","{z}"}')
    expect(textArrayLiteral([])).toBe("{}")
  })
})
