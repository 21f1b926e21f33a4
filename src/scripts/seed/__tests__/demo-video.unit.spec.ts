import { demoVideoNeedsUpdate } from "../live"

describe("demoVideoNeedsUpdate", () => {
  const wanted = "http://localhost:9000/demo-video/live.m3u8"

  it("points an earlier seed's outside test stream, or another port's demo video, at this backend's", () => {
    expect(demoVideoNeedsUpdate("https://test-streams.mux.dev/x36xhzz/x36xhzz.m3u8", wanted)).toBe(true)
    expect(demoVideoNeedsUpdate("http://localhost:9100/demo-video/live.m3u8", wanted)).toBe(true)
  })

  it("leaves the right URL, no video and an operator's own video alone", () => {
    expect(demoVideoNeedsUpdate(wanted, wanted)).toBe(false)
    expect(demoVideoNeedsUpdate(null, wanted)).toBe(false)
    expect(demoVideoNeedsUpdate("https://cdn.htx-dong-banh.vn/live/na.m3u8", wanted)).toBe(false)
  })
})
