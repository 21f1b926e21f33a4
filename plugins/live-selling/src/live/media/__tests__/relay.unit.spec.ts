import { failureReason, progressShowsMedia, relayArgs, relayBackoff } from "../relay"

describe("multistream relay", () => {
  it("copies the local stream to the destination as FLV, without transcoding, with progress on stdout", () => {
    const args = relayArgs("rtmp://127.0.0.1:1935/live/lstr_1", "rtmp://a.rtmp.youtube.com/live2/k-1")
    expect(args.slice(args.indexOf("-i"), args.indexOf("-i") + 2)).toEqual(["-i", "rtmp://127.0.0.1:1935/live/lstr_1"])
    expect(args).toEqual(expect.arrayContaining(["-c", "copy", "-progress", "pipe:1"]))
    expect(args[args.length - 3]).toBe("-f")
    expect(args[args.length - 2]).toBe("flv")
    expect(args[args.length - 1]).toBe("rtmp://a.rtmp.youtube.com/live2/k-1")
    expect(args).not.toContain("libx264")
  })

  it("waits twice as long before each restart, up to the ceiling", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => relayBackoff(n, 2000, 30_000))).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000])
    expect(relayBackoff(1, 200, 1000)).toBe(200)
  })

  it("is live once ffmpeg reports bytes or time written, not before", () => {
    expect(progressShowsMedia("frame=0\nbitrate=N/A\ntotal_size=0\nout_time_ms=0\nprogress=continue\n")).toBe(false)
    expect(progressShowsMedia("frame=0\ntotal_size=N/A\nout_time_us=N/A\n")).toBe(false)
    expect(progressShowsMedia("frame=12\ntotal_size=48213\nout_time_ms=800000\nprogress=continue\n")).toBe(true)
    expect(progressShowsMedia("total_size=0\nout_time_us=533000\n")).toBe(true)
  })

  it("gives ffmpeg's last error line as the reason, else how it exited", () => {
    expect(failureReason("x\nrtmp://127.0.0.1:9/app/••••abcd: Connection refused\n", 1, null)).toBe("rtmp://127.0.0.1:9/app/••••abcd: Connection refused")
    expect(failureReason("", 1, null)).toBe("ffmpeg exited (1)")
    expect(failureReason("  \n", null, "SIGKILL")).toBe("ffmpeg exited (SIGKILL)")
  })
})
