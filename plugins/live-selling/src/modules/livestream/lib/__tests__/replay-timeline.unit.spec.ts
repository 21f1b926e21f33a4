import { isTimelineEvent, replayStateAt, replayTimeline, timelineOffset, type ReplayEvent } from "../replay-timeline"

const T0 = Date.UTC(2026, 11, 6, 12, 0, 0)
const s = (sec: number) => T0 + sec * 1000
const offer = (id: string, extra: Record<string, unknown> = {}) => ({
  id, productId: `prod_${id}`, variantId: `var_${id}`, title: `Offer ${id}`, price: 50_000, originalPrice: 80_000, ...extra,
})
let seq = 0
const ev = (sec: number, type: string, payload: Record<string, unknown>): ReplayEvent => ({ seq: ++seq, ts: s(sec), type, payload })

describe("timelineOffset", () => {
  const parts = [
    { id: "a", startedAt: s(10), durationMs: 60_000 },
    { id: "b", startedAt: s(100), durationMs: 30_000 },
  ]
  it.each([
    ["before the recording", 0, 0],
    ["inside the first part", 40, 30_000],
    ["in the gap between parts (next part's start)", 80, 60_000],
    ["inside the second part", 110, 70_000],
    ["after the last part (the end)", 500, 90_000],
  ])("%s", (_label, sec, expected) => {
    expect(timelineOffset(parts, s(sec))).toBe(expected)
  })
})

describe("replayTimeline", () => {
  it("places an offer at its start and end offsets from the recording start", () => {
    const t = replayTimeline([{ id: "r1", startedAt: s(0), durationMs: 120_000 }], [
      ev(30, "offer:started", { offer: offer("o1") }),
      ev(75, "offer:ended", { offerId: "o1", reason: "sold_out" }),
    ])
    expect(t).toEqual({
      durationMs: 120_000,
      parts: [{ id: "r1", offsetMs: 0, durationMs: 120_000 }],
      pins: [],
      offers: [{ offerId: "o1", productId: "prod_o1", variantId: "var_o1", title: "Offer o1", price: 50_000, originalPrice: 80_000, from: 30_000, to: 75_000, endReason: "sold_out" }],
      chat: [],
    })
  })

  it("starts a pin made before the recording at 0 and drops one replaced before it", () => {
    const t = replayTimeline([{ id: "r1", startedAt: s(60), durationMs: 60_000 }], [
      ev(0, "product:pinned", { productIds: ["p_gone"] }),
      ev(10, "product:pinned", { productIds: ["p_early"] }),
      ev(90, "product:pinned", { productIds: ["p_2", "p_3"] }),
      ev(100, "product:pinned", { productIds: [] }),
    ])
    expect(t.pins).toEqual([
      { from: 0, to: 30_000, productIds: ["p_early"] },
      { from: 30_000, to: 40_000, productIds: ["p_2", "p_3"] },
    ])
  })

  it("drops an offer that ended before the recording; one never ended runs to its endsAt", () => {
    const t = replayTimeline([{ id: "r1", startedAt: s(100), durationMs: 100_000 }], [
      ev(10, "offer:started", { offer: offer("old") }),
      ev(50, "offer:ended", { offerId: "old", reason: "time" }),
      ev(120, "offer:started", { offer: offer("o2", { endsAt: s(150) }) }),
    ])
    expect(t.offers.map((o) => [o.offerId, o.from, o.to, o.endReason])).toEqual([["o2", 20_000, 50_000, "time"]])
  })

  it("lays parts end to end: an event of the second part is offset by the first part's duration", () => {
    const t = replayTimeline(
      [
        { id: "r2", startedAt: s(200), durationMs: 50_000 },
        { id: "r1", startedAt: s(0), durationMs: 100_000 },
      ],
      [
        ev(20, "product:pinned", { productIds: ["p1"] }),
        ev(150, "offer:started", { offer: offer("gap") }),
        ev(210, "offer:ended", { offerId: "gap", reason: "stopped" }),
        ev(220, "product:pinned", { productIds: ["p2"] }),
      ]
    )
    expect(t.durationMs).toBe(150_000)
    expect(t.parts).toEqual([
      { id: "r1", offsetMs: 0, durationMs: 100_000 },
      { id: "r2", offsetMs: 100_000, durationMs: 50_000 },
    ])
    expect(t.pins).toEqual([
      { from: 20_000, to: 120_000, productIds: ["p1"] },
      { from: 120_000, to: 150_000, productIds: ["p2"] },
    ])
    // started in the gap: shown from the second part's start
    expect(t.offers.map((o) => [o.offerId, o.from, o.to])).toEqual([["gap", 100_000, 110_000]])
  })

  it("keeps the host's and moderators' chat, not viewers' nor deleted messages", () => {
    const t = replayTimeline([{ id: "r1", startedAt: s(0), durationMs: 60_000 }], [
      ev(5, "chat:message", { id: "m1", name: "HTX", text: "Chào cả nhà", role: "host" }),
      ev(6, "chat:message", { id: "m2", name: "Lan", text: "hi", role: "viewer" }),
      ev(7, "chat:message", { id: "m3", name: "Mod", text: "oops", role: "moderator" }),
      ev(8, "chat:deleted", { messageId: "m3" }),
    ])
    expect(t.chat).toEqual([{ at: 5_000, id: "m1", name: "HTX", text: "Chào cả nhà", role: "host" }])
  })

  it("gives what is pinned and on offer at a player position", () => {
    const t = replayTimeline([{ id: "r1", startedAt: s(0), durationMs: 120_000 }], [
      ev(10, "product:pinned", { productIds: ["p1"] }),
      ev(30, "offer:started", { offer: offer("o1") }),
      ev(60, "offer:ended", { offerId: "o1", reason: "time" }),
    ])
    expect(replayStateAt(t, 5_000)).toEqual({ productIds: [], offers: [] })
    expect(replayStateAt(t, 45_000)).toEqual({ productIds: ["p1"], offers: [t.offers[0]] })
    expect(replayStateAt(t, 90_000)).toEqual({ productIds: ["p1"], offers: [] })
  })
})

describe("isTimelineEvent", () => {
  it.each([
    ["product:pinned", {}, true],
    ["offer:started", {}, true],
    ["offer:ended", {}, true],
    ["chat:deleted", {}, true],
    ["chat:message", { role: "host" }, true],
    ["chat:message", { role: "viewer" }, false],
    ["offer:stock", {}, false],
    ["viewers", {}, false],
    ["reactions", {}, false],
  ])("%s %j → %s", (type, payload, expected) => {
    expect(isTimelineEvent(type, payload)).toBe(expected)
  })
})
