import { compileWordFilter } from "../banned-words"

describe("banned words", () => {
  const filter = compileWordFilter([
    { word: "lừa đảo", action: "mask" },
    { word: "hàng giả", action: "mask" },
    { word: "c.c", action: "mask" },
    { word: "spam", action: "block" },
  ])

  it("masks whole words, case-insensitively, one star per character", () => {
    expect(filter("LỪA ĐẢO quá, toàn Hàng Giả")).toEqual({
      blocked: false,
      text: "******* quá, toàn ********",
      masked: 2,
    })
  })

  it("respects Vietnamese diacritics and word boundaries", () => {
    // "lua dao" without marks and "lừa đảonhé" (inside a word) are other words.
    expect(filter("lua dao, lừa đảonhé, xlừa đảo")).toMatchObject({ text: "lua dao, lừa đảonhé, xlừa đảo", masked: 0 })
  })

  it("treats regex characters in words literally", () => {
    expect(filter("c.c và cxc")).toMatchObject({ text: "*** và cxc" })
  })

  it("refuses a message with a blocking word", () => {
    expect(filter("SPAM here")).toEqual({ blocked: true })
  })

  it("passes text through when there are no words", () => {
    expect(compileWordFilter([])("anything")).toEqual({ blocked: false, text: "anything", masked: 0 })
  })
})
