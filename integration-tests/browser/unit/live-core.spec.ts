import { Sequencer, type SeqEvent } from "../../../plugins/live-selling/widget/core/sequencer"
import { applyEvent, countdown, currentOffer, EMPTY, fromSnapshot } from "../../../plugins/live-selling/widget/core/state"

const ev = (seq: number, type = "chat:message"): SeqEvent => ({ seq, type, payload: { seq } })

describe("Sequencer", () => {
  it("applies events in seq order, holding early ones and dropping duplicates", () => {
    const applied: number[] = []
    const s = new Sequencer((e) => applied.push(e.seq))
    s.push(ev(3)) // before the snapshot: held
    s.reset(2)
    s.push(ev(5))
    s.push(ev(3))
    s.push(ev(4))
    s.push(ev(4))
    s.push(ev(2))
    expect(applied).toEqual([3, 4, 5])
    expect(s.lastSeq).toEqual(5)
    expect(s.buffered).toEqual(0)
  })

  it("reports a gap that stays open, and forgets held events a resync covers", () => {
    const applied: number[] = []
    const s = new Sequencer((e) => applied.push(e.seq), 10)
    s.push(ev(12), 1000)
    expect(s.gap(500, 1400)).toBe(false)
    expect(s.gap(500, 1600)).toBe(true)
    s.reset(12)
    expect(applied).toEqual([])
    expect(s.gap(500, 5000)).toBe(false)
    s.push(ev(13))
    expect(applied).toEqual([13])
  })
})

describe("live state", () => {
  const offer = { id: "o1", streamId: "s", variantId: "v", productId: "p", title: "Na", price: 50000, originalPrice: 65000, quantity: 10, left: 10, perCustomerLimit: 2, startsAt: 1000, endsAt: 61000 }

  it("builds from the join snapshot and follows offer and chat events", () => {
    let s = fromSnapshot({ stream: { status: "live", title: "Phiên chợ", video: { kind: "hls", url: "x.m3u8" } }, pinned: ["p"], offers: [offer], viewers: 3 })
    expect(currentOffer(s, 2000)).toMatchObject({ phase: "live", offer: { id: "o1", left: 10 } })
    s = applyEvent(s, "offer:stock", { offerId: "o1", left: 1 })
    s = applyEvent(s, "chat:message", { id: "m1", userId: "u", name: "Lan", text: "Ngon!" })
    s = applyEvent(s, "reactions", { counts: { heart: 2 } })
    s = applyEvent(s, "reactions", { counts: { heart: 1, wow: 1 } })
    expect(s.offers.o1.left).toEqual(1)
    expect(s.chat.map((m) => m.text)).toEqual(["Ngon!"])
    expect(s.reactions).toEqual({ heart: 3, wow: 1 })
    s = applyEvent(s, "offer:ended", { offerId: "o1", reason: "sold_out" })
    expect(currentOffer(s, 2000)).toMatchObject({ phase: "ended", offer: { ended: "sold_out", left: 0 } })
    s = applyEvent(s, "chat:deleted", { messageId: "m1" })
    expect(s.chat).toEqual([])
    expect(applyEvent(EMPTY, "viewers", { count: 7 }).viewers).toEqual(7)
  })

  it("switches to the shop's own video when the producer's encoder starts publishing", () => {
    const video = { kind: "shop", url: "http://m/hls/s/index.m3u8", flvUrl: "http://m/live/s.flv" }
    let s = fromSnapshot({ stream: { status: "scheduled", title: "Phiên chợ", video: null } })
    s = applyEvent(s, "stream:video", { video })
    s = applyEvent(s, "stream:status", { status: "live" })
    expect(s).toMatchObject({ status: "live", video })
    expect(applyEvent(s, "stream:video", {}).video).toEqual(video)
  })

  it("shows the next scheduled offer before it starts", () => {
    const s = applyEvent(EMPTY, "offer:scheduled", { offer: { ...offer, startsAt: 5000 } })
    expect(currentOffer(s, 1000)).toMatchObject({ phase: "upcoming" })
  })

  it("formats countdowns", () => {
    expect(countdown(61_000, 0)).toEqual("1:01")
    expect(countdown(3_600_000 + 5_000, 0)).toEqual("1:00:05")
    expect(countdown(0, 10)).toEqual("0:00")
  })
})
