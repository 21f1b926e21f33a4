import { encoderStreamKey, hashKey, keyMatches, parsePublish, streamKey } from "../ingest-key"

describe("stream keys", () => {
  it("derives one key per stream, secret and nonce", () => {
    const key = streamKey("s3cret", "lstr_1", "n1")
    expect(key).toHaveLength(32)
    expect(streamKey("s3cret", "lstr_1", "n1")).toBe(key)
    expect(streamKey("s3cret", "lstr_1", "n2")).not.toBe(key)
    expect(streamKey("s3cret", "lstr_2", "n1")).not.toBe(key)
    expect(streamKey("other", "lstr_1", "n1")).not.toBe(key)
  })

  it("matches a key only against its own hash", () => {
    const key = streamKey("s3cret", "lstr_1", "n1")
    expect(keyMatches(key, hashKey(key))).toBe(true)
    expect(keyMatches(streamKey("s3cret", "lstr_1", "n2"), hashKey(key))).toBe(false)
    expect(keyMatches(key, "not-a-hash")).toBe(false)
  })

  it("gives encoders the stream id with the key as a query", () => {
    expect(encoderStreamKey("lstr_1", "abc")).toBe("lstr_1?key=abc")
  })
})

describe("parsePublish", () => {
  it("reads the stream id and key of a publish to the live app", () => {
    expect(parsePublish("live", "lstr_1", { key: "abc" })).toEqual({ streamId: "lstr_1", key: "abc" })
  })

  it.each([
    ["other", "lstr_1", { key: "abc" }],
    ["live", "lstr_1", {}],
    ["live", "lstr_1", { key: ["a", "b"] }],
    ["live", "../lstr_1", { key: "abc" }],
    ["live", "", { key: "abc" }],
  ])("refuses app %s name %s query %j", (app, name, query) => {
    expect(parsePublish(app, name, query as Record<string, unknown>)).toBeNull()
  })
})
