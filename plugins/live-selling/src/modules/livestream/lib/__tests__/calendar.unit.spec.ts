import { escapeText, foldLine, streamCalendar } from "../calendar"

describe("stream calendar file (RFC 5545)", () => {
  const stream = {
    id: "lstr_1",
    title: "Na Chi Lăng vào mùa, giá riêng; chỉ trong phiên live",
    description: "Dòng 1\nDòng 2",
    scheduledAt: new Date("2026-12-05T13:00:00.000Z"),
    url: "https://shop.example/vi/live/lstr_1",
  }

  it("escapes text values", () => {
    expect(escapeText("a,b;c\\d\ne")).toEqual("a\\,b\\;c\\\\d\\ne")
  })

  it("folds long lines at 75 octets without splitting a Vietnamese character", () => {
    const line = "SUMMARY:" + "ă".repeat(60) // 8 + 120 octets
    const folded = foldLine(line)
    const parts = folded.split("\r\n")
    expect(parts.length).toBeGreaterThan(1)
    for (const [i, p] of parts.entries()) {
      expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75)
      if (i > 0) expect(p.startsWith(" ")).toBe(true)
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toEqual(line)
  })

  it("has one event at the stream's time, an hour long, with its page and a 10-minute alarm", () => {
    const ics = streamCalendar(stream, new Date("2026-12-04T00:00:00Z"))
    expect(ics.endsWith("\r\n")).toBe(true)
    expect(ics.split("\r\n").every((l) => !l.includes("\n"))).toBe(true)
    const unfolded = ics.replace(/\r\n /g, "")
    expect(unfolded).toContain("UID:lstr_1@live-selling\r\n")
    expect(unfolded).toContain("DTSTART:20261205T130000Z\r\n")
    expect(unfolded).toContain("DTEND:20261205T140000Z\r\n")
    expect(unfolded).toContain("SUMMARY:Na Chi Lăng vào mùa\\, giá riêng\\; chỉ trong phiên live\r\n")
    expect(unfolded).toContain("DESCRIPTION:Dòng 1\\nDòng 2\\nhttps://shop.example/vi/live/lstr_1\r\n")
    expect(unfolded).toContain("URL:https://shop.example/vi/live/lstr_1\r\n")
    expect(unfolded).toContain("TRIGGER:-PT10M\r\n")
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1)
  })
})
