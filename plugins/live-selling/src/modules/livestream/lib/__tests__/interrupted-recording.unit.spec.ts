import { INTERRUPTED_AFTER_MS, interruptedOutcome, interruptedRecordings } from "../interrupted-recording"

const now = 1_800_000_000_000
const rec = (id: string, ageMs: number, status = "recording") => ({ id, status, startedAt: now - ageMs })

describe("interrupted recordings", () => {
  it("picks recording parts the media server is not recording, started more than a minute ago", () => {
    const rows = [rec("old", INTERRUPTED_AFTER_MS + 1), rec("fresh", 5_000), rec("mine", 3_600_000), rec("done", 3_600_000, "ready"), rec("gone", 3_600_000, "deleted")]
    expect(interruptedRecordings(rows, { recording: ["mine"], since: null, now })).toEqual(["old"])
  })

  it("a part started exactly a minute ago is not yet interrupted", () => {
    expect(interruptedRecordings([rec("edge", INTERRUPTED_AFTER_MS)], { recording: [], since: null, now })).toEqual([])
  })

  it("a fresh part started before this media server started is interrupted (not its own)", () => {
    const rows = [rec("before-restart", 20_000), rec("after-restart", 5_000)]
    expect(interruptedRecordings(rows, { recording: [], since: now - 10_000, now })).toEqual(["before-restart"])
  })

  it("never picks a part the media server is recording, however old", () => {
    expect(interruptedRecordings([rec("long", 10 * 3_600_000)], { recording: ["long"], since: now, now })).toEqual([])
  })

  it("becomes ready with media, failed without", () => {
    expect(interruptedOutcome(12_000, 900_000)).toBe("ready")
    expect(interruptedOutcome(0, 0)).toBe("failed")
    expect(interruptedOutcome(0, 1_000)).toBe("failed")
    expect(interruptedOutcome(4_000, 0)).toBe("failed")
  })
})
