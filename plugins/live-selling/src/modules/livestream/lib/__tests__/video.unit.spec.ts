import { videoProblem } from "../video"

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
