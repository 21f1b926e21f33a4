import { cleanChatText, cleanDisplayName, escapeHtml } from "../sanitize"

describe("chat text", () => {
  it("escapes every HTML-special character", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    )
  })

  it("strips control, bidi and zero-width characters, folds whitespace", () => {
    const r = cleanChatText("  Mua\u0000 na\u202E\u200B \n\t Chi\u00A0Lăng\u0007  ")
    expect(r).toEqual({ ok: true, text: "Mua na Chi Lăng" })
  })

  it("keeps emoji sequences joined by ZWJ and normalises to NFC", () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"
    const decomposed = "Le\u0323\u0302" // ệ written as e + combining marks
    expect(cleanChatText(`${family} ${decomposed}`)).toEqual({ ok: true, text: `${family} Lệ` })
  })

  it("counts characters, not bytes or UTF-16 units", () => {
    expect(cleanChatText("ố".repeat(500)).ok).toBe(true)
    expect(cleanChatText("😀".repeat(500)).ok).toBe(true)
    expect(cleanChatText("a".repeat(501))).toEqual({ ok: false, problem: "must be at most 500 characters" })
  })

  it("refuses empty and non-string input", () => {
    expect(cleanChatText(" \u200B\u0000 ")).toEqual({ ok: false, problem: "must not be empty" })
    expect(cleanChatText(42)).toEqual({ ok: false, problem: "must be a string" })
    expect(cleanChatText({ toString: () => "<b>" }).ok).toBe(false)
  })

  it("display names are short, escaped, with a fallback", () => {
    expect(cleanDisplayName("<Lan>", "Khách")).toBe("&lt;Lan&gt;")
    expect(cleanDisplayName("", "Khách 1234")).toBe("Khách 1234")
    expect(cleanDisplayName("x".repeat(41), "Khách")).toBe("Khách")
  })
})
