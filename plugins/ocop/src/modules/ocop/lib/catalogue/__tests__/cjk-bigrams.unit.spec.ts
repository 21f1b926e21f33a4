import { cjkBigrams, searchTextOf } from "../text"

describe("cjkBigrams", () => {
  it("gives each pair of adjacent Chinese characters once, sorted, across the runs of a search text", () => {
    expect(cjkBigrams(searchTextOf(["谅山八角（支陵大料）"]))).toEqual(["八角", "大料", "山八", "支陵", "谅山", "陵大"])
    expect(cjkBigrams(" 八角 八角油")).toEqual(["八角", "角油"])
  })

  it("leaves out Latin words, single characters and pairs across a space", () => {
    expect(cjkBigrams(searchTextOf(["Hoa hồi khô Chi Lăng", "star anise"]))).toEqual([])
    expect(cjkBigrams(" 柿 茶")).toEqual([])
    expect(cjkBigrams(" mat ong 蜂蜜 honey")).toEqual(["蜂蜜"])
  })

  it("keeps kana and hangul pairs (scripts written without spaces)", () => {
    expect(cjkBigrams(" すし 김치")).toEqual(["すし", "김치"])
  })

  it("finds a query word's bigrams in the text containing it", () => {
    const text = cjkBigrams(searchTextOf(["支陵八角油"]))
    for (const word of ["八角", "八角油", "支陵八"]) {
      expect(text).toEqual(expect.arrayContaining(cjkBigrams(word)))
    }
  })
})
