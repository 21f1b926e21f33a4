import { shopFlvUrl, shopVideoUrls, videoProblem } from "../video"

describe("videoProblem", () => {
  it.each([
    ["hls", "https://cdn.example.vn/live/na-chi-lang/index.m3u8"],
    ["youtube", "https://www.youtube.com/watch?v=abc123"],
    ["youtube", "https://youtu.be/abc123"],
    ["facebook", "https://www.facebook.com/htxdongbanh/videos/123"],
    ["facebook", "https://fb.watch/abc/"],
    ["tiktok", "https://www.tiktok.com/@htxdongbanh/live"],
  ] as const)("accepts %s %s", (kind, url) => {
    expect(videoProblem(kind, url)).toBeNull()
  })

  it.each([
    ["hls", "not a url", /absolute URL/],
    ["hls", "ftp://cdn.example.vn/a.m3u8", /http/],
    ["hls", "https://cdn.example.vn/live/video.mp4", /m3u8/],
    ["youtube", "https://www.tiktok.com/@x/live", /youtube/],
    ["tiktok", "https://tiktok.com.evil.example/live", /tiktok/],
    ["facebook", "javascript:alert(1)", /http/],
  ] as const)("refuses %s %s", (kind, url, message) => {
    expect(videoProblem(kind, url)).toMatch(message)
  })
})

describe("shop video URLs", () => {
  it("puts HLS under /hls/<id>/index.m3u8 and HTTP-FLV at /live/<id>.flv of the media server", () => {
    expect(shopVideoUrls("http://media.example.vn:8935/", "lstr_1")).toEqual({
      url: "http://media.example.vn:8935/hls/lstr_1/index.m3u8",
      flvUrl: "http://media.example.vn:8935/live/lstr_1.flv",
    })
  })

  it("finds the FLV URL next to a shop playlist, and none for other URLs", () => {
    expect(shopFlvUrl("https://media.example.vn/hls/lstr_2/index.m3u8")).toBe("https://media.example.vn/live/lstr_2.flv")
    expect(shopFlvUrl("https://cdn.example.vn/live/na/index.m3u8")).toBeNull()
    expect(shopFlvUrl(null)).toBeNull()
  })

  it("accepts only playlists for the shop kind", () => {
    expect(videoProblem("shop", "http://localhost:8935/hls/lstr_1/index.m3u8")).toBeNull()
    expect(videoProblem("shop", "http://localhost:8935/live/lstr_1.flv")).toMatch(/m3u8/)
  })
})
