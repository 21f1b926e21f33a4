import { chunks, cleanSignal, createBatcher, MAX_BATCH, type DemandEvent } from "../../../storefront/src/lib/demand/batcher"

describe("demand signals from the storefront", () => {
  it("keeps only known, well-formed fields, and refuses a kind without its required fields", () => {
    const dirty = { kind: "cart_add", product_id: "prod_1", quantity: 2, email: "a@b.vn", name: "An" } as any
    expect(cleanSignal(dirty)).toEqual({ kind: "cart_add", product_id: "prod_1", quantity: 2 })
    expect(cleanSignal({ kind: "search", query: "  na dai  " })).toEqual({ kind: "search", query: "na dai" })
    expect(cleanSignal({ kind: "search", query: "   " })).toBeNull()
    expect(cleanSignal({ kind: "kiosk_scan", location_key: "Ky Lua" })).toBeNull()
    expect(cleanSignal({ kind: "kiosk_scan", location_key: "ky-lua", product_id: "prod_1", quantity: 0 })).toEqual({
      kind: "kiosk_scan",
      location_key: "ky-lua",
      product_id: "prod_1",
    })
    expect(cleanSignal({ kind: "product_view", product_id: "x; drop table" })).toBeNull()
  })

  it("sends only the kinds a client may send, within each kind's bound", () => {
    // orders, kiosk hand-overs and live signals are recorded by Medusa: one in a batch would get it refused
    for (const kind of ["order", "kiosk_handover", "live_claim", "live_peak_viewers"]) {
      expect(cleanSignal({ kind, product_id: "prod_1", location_key: "ky-lua", stream_id: "lstr_1", quantity: 3 } as any)).toBeNull()
    }
    expect(cleanSignal({ kind: "cart_add", product_id: "prod_1", quantity: 250 })).toEqual({ kind: "cart_add", product_id: "prod_1", quantity: 100 })
    expect(cleanSignal({ kind: "kiosk_scan", location_key: "ky-lua", quantity: 40 })).toEqual({ kind: "kiosk_scan", location_key: "ky-lua", quantity: 10 })
    expect(cleanSignal({ kind: "product_view", product_id: "prod_1", quantity: 3 })).toEqual({ kind: "product_view", product_id: "prod_1" })
  })

  it("cuts batches at 500", () => {
    expect(chunks(Array.from({ length: 1201 }, (_, i) => i)).map((c) => c.length)).toEqual([500, 500, 201])
  })

  it("sends after the interval, at once when 500 are queued, and on flush", () => {
    jest.useFakeTimers()
    try {
      const sent: { events: DemandEvent[]; final: boolean }[] = []
      const b = createBatcher({
        send: (events, final) => sent.push({ events, final }),
        intervalMs: 3000,
        sessionId: () => "sess_12345678",
        now: () => new Date("2026-11-28T10:00:00.000Z"),
      })
      b.push({ kind: "product_view", product_id: "prod_1" })
      b.push({ kind: "product_view", product_id: "bad id!" })
      expect(b.pending()).toBe(1)
      jest.advanceTimersByTime(2999)
      expect(sent).toEqual([])
      jest.advanceTimersByTime(1)
      expect(sent).toEqual([
        {
          events: [{ kind: "product_view", product_id: "prod_1", occurred_at: "2026-11-28T10:00:00.000Z", session_id: "sess_12345678" }],
          final: false,
        },
      ])
      for (let i = 0; i < MAX_BATCH; i++) b.push({ kind: "search", query: `q${i}` })
      expect(sent[1].events).toHaveLength(MAX_BATCH)
      expect(b.pending()).toBe(0)
      b.push({ kind: "search", query: "hồi" })
      b.flush(true)
      expect(sent[2]).toMatchObject({ final: true, events: [{ kind: "search", query: "hồi" }] })
      jest.advanceTimersByTime(10_000)
      expect(sent).toHaveLength(3)
    } finally {
      jest.useRealTimers()
    }
  })
})
