import path from "path"
import { demoVideoDir, demoVideoFile, demoVideoUrl } from ".."
// the start scripts are plain Node
const { clipArgs, liveArgs } = require("../../../../scripts/lib/demo-video")

describe("demo video files", () => {
  it("serves the playlist uncached and numbered segments, nothing else", () => {
    expect(demoVideoFile("live.m3u8")).toEqual({ name: "live.m3u8", contentType: "application/vnd.apple.mpegurl", cacheControl: "no-cache, no-store" })
    expect(demoVideoFile("seg-17.ts")).toEqual({ name: "seg-17.ts", contentType: "video/mp2t", cacheControl: "public, max-age=60" })
    for (const bad of ["../secrets.json", "seg-1.ts/../../x", "clip.mp4", "seg-.ts", "live.m3u8 ", "", undefined, ["live.m3u8"]]) {
      expect(demoVideoFile(bad)).toBeNull()
    }
  })

  it("finds the folder and builds the URL from the environment", () => {
    expect(demoVideoDir({ OCOP_DEMO_VIDEO_DIR: "/srv/demo" })).toEqual("/srv/demo")
    expect(demoVideoDir({ OCOP_DATA_DIR: "/var/ocop" })).toEqual(path.join("/var/ocop", "demo-video", "live"))
    expect(demoVideoUrl({})).toEqual("http://localhost:9000/demo-video/live.m3u8")
    expect(demoVideoUrl({ PORT: "9100" })).toEqual("http://localhost:9100/demo-video/live.m3u8")
    expect(demoVideoUrl({ MEDUSA_BACKEND_URL: "https://api.ocop.example/" })).toEqual("https://api.ocop.example/demo-video/live.m3u8")
  })
})

describe("ffmpeg arguments", () => {
  it("makes a short H.264/AAC clip with a keyframe every 2 s", () => {
    const args: string[] = clipArgs("/d/clip.mp4", { seconds: 12, size: "640x360", fps: 25, tone: 440 })
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect(args).toEqual(expect.arrayContaining(["testsrc2=size=640x360:rate=25", "sine=frequency=440:sample_rate=44100:beep_factor=4"]))
    expect([after("-t"), after("-c:v"), after("-c:a"), after("-g"), after("-keyint_min")]).toEqual(["12", "libx264", "aac", "50", "50"])
    expect(args.slice(-3)).toEqual(["-f", "mp4", "/d/clip.mp4"])
  })

  it("loops the clip in real time into a sliding live playlist, copying (no re-encoding)", () => {
    const args: string[] = liveArgs("/d/clip.mp4", "/d/live")
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect(args.indexOf("-re")).toBeLessThan(args.indexOf("-i"))
    expect([after("-stream_loop"), after("-i"), after("-c"), after("-f")]).toEqual(["-1", "/d/clip.mp4", "copy", "hls"])
    expect(after("-hls_flags").split("+")).toEqual(expect.arrayContaining(["delete_segments"]))
    expect([after("-hls_time"), after("-hls_list_size")]).toEqual(["2", "6"])
    expect(after("-hls_segment_filename")).toEqual("/d/live/seg-%d.ts")
    expect(args[args.length - 1]).toEqual("/d/live/live.m3u8")
    expect(args).not.toContain("-hls_playlist_type")
  })
})
