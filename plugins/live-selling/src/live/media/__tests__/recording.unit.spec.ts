import { playlistDurationMs, recordingArgs } from "../recording"

describe("recording", () => {
  it("keeps every segment of an HLS event playlist, copying the codecs", () => {
    const args = recordingArgs("rtmp://127.0.0.1:1935/live/lstr_1", "/rec/lstr_1/lrec_1")
    const after = (flag: string) => args[args.indexOf(flag) + 1]
    expect([after("-c"), after("-f"), after("-hls_list_size"), after("-hls_playlist_type")]).toEqual(["copy", "hls", "0", "event"])
    expect(args.at(-1)).toBe("/rec/lstr_1/lrec_1/index.m3u8")
    expect(args.join(" ")).not.toContain("delete_segments")
  })

  it.each([
    ["a closed playlist", "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:3.960000,\nseg-0.ts\n#EXTINF:3.696000,\nseg-1.ts\n#EXT-X-ENDLIST\n", 7656],
    ["one still growing", "#EXTM3U\n#EXTINF:4.000,\nseg-0.ts\n", 4000],
    ["none (ffmpeg wrote nothing)", "", 0],
  ])("measures %s by its #EXTINF durations", (_label, playlist, ms) => {
    expect(playlistDurationMs(playlist)).toBe(ms)
  })
})
