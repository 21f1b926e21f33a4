import fs from "fs"
import os from "os"
import path from "path"
import type { IngestReporter } from "../backend"
import { finalisedPlaylist, finishInterrupted, playlistDurationMs, recordingArgs } from "../recording"

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

  it("closes an interrupted event playlist with #EXT-X-ENDLIST, once; leaves one without segments alone", () => {
    const open = "#EXTM3U\n#EXT-X-PLAYLIST-TYPE:EVENT\n#EXTINF:4.000,\nseg-0.ts\n"
    const closed = finalisedPlaylist(open)
    expect(closed).toBe(open + "#EXT-X-ENDLIST\n")
    expect(finalisedPlaylist(closed)).toBe(closed)
    expect(finalisedPlaylist("#EXTM3U\n#EXTINF:4.000,\nseg-0.ts")).toBe("#EXTM3U\n#EXTINF:4.000,\nseg-0.ts\n#EXT-X-ENDLIST\n")
    expect(finalisedPlaylist("")).toBe("")
    expect(finalisedPlaylist("#EXTM3U\n")).toBe("#EXTM3U\n")
  })

  describe("an interrupted part, found after a restart", () => {
    let root: string
    const reports: unknown[][] = []
    const reporter = { recordingFinished: async (...a: unknown[]) => void reports.push(a) } as unknown as IngestReporter
    const quiet = { info() {}, warn() {}, error() {} }
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-rec-unit-"))
      reports.length = 0
    })
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

    it("is closed, measured from its folder and reported finished as interrupted", async () => {
      const dir = path.join(root, "lstr_1", "lrec_1")
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(path.join(dir, "seg-0.ts"), Buffer.alloc(1000))
      fs.writeFileSync(path.join(dir, "index.m3u8"), "#EXTM3U\n#EXTINF:4.000,\nseg-0.ts\n#EXTINF:2.500,\nseg-1.ts\n")
      await finishInterrupted(root, { id: "lrec_1", path: "lstr_1/lrec_1" }, reporter, quiet)
      const playlist = fs.readFileSync(path.join(dir, "index.m3u8"), "utf8")
      expect(playlist.endsWith("#EXT-X-ENDLIST\n")).toBe(true)
      expect(reports).toEqual([["lrec_1", 6500, 1000 + playlist.length, true]])
    })

    it("without media: reported with nothing, its folder removed", async () => {
      const dir = path.join(root, "lstr_1", "lrec_2")
      fs.mkdirSync(dir, { recursive: true })
      await finishInterrupted(root, { id: "lrec_2", path: "lstr_1/lrec_2" }, reporter, quiet)
      expect(reports).toEqual([["lrec_2", 0, 0, true]])
      expect(fs.existsSync(dir)).toBe(false)
    })

    it("never reads or removes outside the recordings folder", async () => {
      await finishInterrupted(root, { id: "lrec_3", path: "../outside" }, reporter, quiet)
      expect(reports).toEqual([["lrec_3", 0, 0, true]])
      expect(fs.existsSync(root)).toBe(true)
    })
  })
})
