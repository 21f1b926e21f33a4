import { ogText, summary } from "../../../storefront/src/lib/og/text"

describe("share-image text", () => {
  it("keeps Vietnamese (composed), the đồng sign and Latin punctuation", () => {
    expect(ogText("Na Chi Lăng (na dai) – 85.000 ₫")).toEqual("Na Chi Lăng (na dai) – 85.000 ₫")
    // decomposed input (e.g. typed on some keyboards) is composed first
    expect(ogText("Hồi Lạng Sơn".normalize("NFD"))).toEqual("Hồi Lạng Sơn")
    expect(ogText("Mật ong bạc hà Ơ Ư ỹ Đ")).toEqual("Mật ong bạc hà Ơ Ư ỹ Đ")
  })

  it("drops what the bundled fonts cannot draw (emoji, CJK) instead of fetching a font", () => {
    expect(ogText("谅山八角 Hồi 🔥 Lạng Sơn ★")).toEqual("Hồi Lạng Sơn")
    expect(ogText("🔥🔥")).toEqual("")
    expect(ogText(null)).toEqual("")
  })

  it("cuts long text at a word end, or mid-word when the word is long, with an ellipsis", () => {
    expect(ogText("Trà hoa vàng Bình Gia", 10)).toEqual("Trà hoa…")
    expect(ogText("Trà hoa vàng Bình Gia", 13)).toEqual("Trà hoa vàng…")
    expect(ogText("Tràhoavàngbình", 10)).toEqual("Tràhoavàn…")
    expect(ogText("Trà hoa", 10)).toEqual("Trà hoa")
  })

  it("makes one-paragraph descriptions of any script, at most 200 characters", () => {
    expect(summary("  Na dai\n\n ngọt  ")).toEqual("Na dai ngọt")
    expect(summary("谅山八角")).toEqual("谅山八角")
    expect(summary("")).toBeUndefined()
    expect(Array.from(summary("ă".repeat(300))!)).toHaveLength(200)
  })
})
