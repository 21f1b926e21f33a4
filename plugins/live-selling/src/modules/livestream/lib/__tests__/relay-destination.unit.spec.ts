import {
  maskRelayKey,
  redactKey,
  relayKeyProblem,
  relayTarget,
  relayUrlProblem,
  RELAY_SUGGESTED_URLS,
} from "../relay-destination"

describe("relay destination URLs", () => {
  it("accepts the platforms' own ingest servers", () => {
    expect(relayUrlProblem("facebook", "rtmps://live-api-s.facebook.com:443/rtmp/")).toBeNull()
    expect(relayUrlProblem("youtube", "rtmp://a.rtmp.youtube.com/live2")).toBeNull()
    expect(relayUrlProblem("youtube", "rtmps://b.rtmps.youtube.com:443/live2?backup=1")).toMatch(/\?/)
    expect(relayUrlProblem("tiktok", "rtmp://push-rtmp-l11-sg01.tiktokcdn.com/game/")).toBeNull()
    expect(relayUrlProblem("tiktok", "rtmp://push.tiktokcdn-us.com/live")).toBeNull()
    for (const [platform, url] of Object.entries(RELAY_SUGGESTED_URLS)) {
      expect(relayUrlProblem(platform as "facebook", url)).toBeNull()
    }
  })

  it("refuses a named platform's URL on another host, which custom allows", () => {
    expect(relayUrlProblem("facebook", "rtmp://a.rtmp.youtube.com/live2")).toMatch(/facebook ingest server/)
    expect(relayUrlProblem("youtube", "rtmp://youtube.com.evil.example/live2")).toMatch(/youtube/)
    expect(relayUrlProblem("tiktok", "rtmp://nottiktok.com/live")).toMatch(/tiktok/)
    expect(relayUrlProblem("custom", "rtmp://127.0.0.1:19350/app")).toBeNull()
    expect(relayUrlProblem("custom", "rtmps://relay.example.vn/live")).toBeNull()
  })

  it("refuses anything but an rtmp(s) URL without spaces, login, query or over-long", () => {
    expect(relayUrlProblem("custom", "")).toBe("is required")
    expect(relayUrlProblem("custom", "http://example.com/live")).toMatch(/rtmp:\/\/ or rtmps:\/\//)
    expect(relayUrlProblem("custom", "https://a.rtmp.youtube.com/live2")).toMatch(/rtmp/)
    expect(relayUrlProblem("custom", "example.com/live")).toMatch(/rtmp/)
    expect(relayUrlProblem("custom", "rtmp://exa mple.com/live")).toMatch(/spaces/)
    expect(relayUrlProblem("custom", "rtmp://example.com/live\n")).toMatch(/spaces/)
    expect(relayUrlProblem("custom", "rtmp://user:pw@example.com/live")).toMatch(/login/)
    expect(relayUrlProblem("custom", "rtmp://example.com/live#x")).toMatch(/#/)
    expect(relayUrlProblem("custom", "rtmp:///live")).not.toBeNull()
    expect(relayUrlProblem("custom", `rtmp://example.com/${"a".repeat(500)}`)).toMatch(/at most 500/)
  })
})

describe("relay stream keys", () => {
  it("takes printable keys (Facebook's have a query) and refuses blanks, spaces, over-long", () => {
    expect(relayKeyProblem("abcd-efgh-ijkl-mnop-qrst")).toBeNull()
    expect(relayKeyProblem("FB-1234567890-0-AbCdEf?s_bl=1&s_sc=1&a=Xy")).toBeNull()
    expect(relayKeyProblem("")).toBe("is required")
    expect(relayKeyProblem("ab cd")).toMatch(/without spaces/)
    expect(relayKeyProblem("khoá")).toMatch(/printable/)
    expect(relayKeyProblem("k".repeat(301))).toMatch(/at most 300/)
  })

  it("shows only the last 4 characters, and hides short keys entirely", () => {
    expect(maskRelayKey("abcd-efgh-ijkl-mnop")).toBe("••••mnop")
    expect(maskRelayKey("short")).toBe("••••")
    expect(maskRelayKey("abcd-efgh-ijkl-mnop")).not.toContain("abcd")
  })

  it("relays to the server URL then the key, and masks the key in ffmpeg's messages", () => {
    expect(relayTarget("rtmp://a.rtmp.youtube.com/live2/", "k-123")).toBe("rtmp://a.rtmp.youtube.com/live2/k-123")
    const key = "secret-key-9876"
    const msg = `rtmp://127.0.0.1:1/app/${key}: Connection refused`
    expect(redactKey(msg, key)).toBe("rtmp://127.0.0.1:1/app/••••9876: Connection refused")
    expect(redactKey(msg, key)).not.toContain(key)
  })
})
