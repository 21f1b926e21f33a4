import { recordingsToDelete, retentionSettings, type RetainedRecording } from "../recording-retention"

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 6)
const rec = (id: string, daysAgo: number, bytes: number, status = "ready"): RetainedRecording => ({
  id, startedAt: NOW - daysAgo * DAY, endedAt: status === "recording" ? null : NOW - daysAgo * DAY + 3600_000, bytes, status,
})

describe("recordingsToDelete", () => {
  const recs = [rec("c", 3, 300), rec("a", 40, 100), rec("b", 10, 200), rec("live", 0, 500, "recording"), rec("gone", 90, 900, "deleted")]

  it.each([
    ["no limits: nothing", { retentionDays: null, maxBytes: null }, []],
    ["older than 30 days", { retentionDays: 30, maxBytes: null }, ["a"]],
    ["older than 5 days, oldest first", { retentionDays: 5, maxBytes: null }, ["a", "b"]],
    // 100 + 200 + 300 + 500 (recording) = 1100 bytes; deleted rows do not count
    ["over 1000 bytes: the oldest until it fits", { retentionDays: null, maxBytes: 1000 }, ["a"]],
    ["over 800 bytes", { retentionDays: null, maxBytes: 800 }, ["a", "b"]],
    ["a limit only the recording in progress exceeds: every ready one, never the live one", { retentionDays: null, maxBytes: 100 }, ["a", "b", "c"]],
    ["both: the age cut counts toward the size", { retentionDays: 30, maxBytes: 1000 }, ["a"]],
    ["within both limits: nothing", { retentionDays: 60, maxBytes: 2000 }, []],
  ])("%s", (_label, settings, expected) => {
    expect(recordingsToDelete(recs, settings, NOW)).toEqual(expected)
  })
})

describe("retentionSettings", () => {
  it("reads days and bytes; unset, 0 or nonsense mean no limit", () => {
    expect(retentionSettings({ OCOP_LIVE_RECORDING_RETENTION_DAYS: "30", OCOP_LIVE_RECORDING_MAX_BYTES: "1000000" })).toEqual({ retentionDays: 30, maxBytes: 1_000_000 })
    expect(retentionSettings({})).toEqual({ retentionDays: null, maxBytes: null })
    expect(retentionSettings({ OCOP_LIVE_RECORDING_RETENTION_DAYS: "0", OCOP_LIVE_RECORDING_MAX_BYTES: "lots" })).toEqual({ retentionDays: null, maxBytes: null })
  })
})
