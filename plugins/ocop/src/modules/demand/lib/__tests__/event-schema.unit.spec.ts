import { MAX_BATCH, parseClientDemandBatch, parseDemandBatch, toEventRow } from "../event-schema"

const NOW = new Date("2026-11-28T04:00:00Z")
const view = { kind: "product_view", occurred_at: "2026-11-28T10:30:00+07:00", product_id: "prod_1" }

const errorsOf = (body: unknown) => {
  const result = parseDemandBatch(body, NOW)
  if (result.ok) throw new Error("expected the batch to be refused")
  return result.errors
}

describe("parseDemandBatch", () => {
  it("accepts a batch of well-formed events of every kind", () => {
    const result = parseDemandBatch(
      {
        events: [
          view,
          { kind: "search", occurred_at: "2026-11-28T03:00:00Z", query: "hồng không hạt", session_id: "s_8f2a91c0d3" },
          { kind: "cart_add", occurred_at: "2026-11-28T03:00:00Z", product_id: "prod_1", variant_id: "variant_1", quantity: 2 },
          { kind: "order", occurred_at: "2026-11-28T03:00:00Z", product_id: "prod_1", quantity: 1, value: 65000 },
          { kind: "kiosk_scan", occurred_at: "2026-11-28T03:00:00Z", location_key: "ky-lua" },
          { kind: "kiosk_handover", occurred_at: "2026-11-28T03:00:00Z", location_key: "ky-lua", product_id: "prod_1" },
          { kind: "live_claim", occurred_at: "2026-11-28T03:00:00Z", stream_id: "lstr_1", product_id: "prod_1", value: 59000 },
          { kind: "live_peak_viewers", occurred_at: "2026-11-28T03:00:00Z", stream_id: "lstr_1", quantity: 812 },
        ],
      },
      NOW
    )
    expect(result.ok && result.events.length).toEqual(8)
  })

  it("names the event and the field of each problem", () => {
    expect(errorsOf({ events: [view, { ...view, kind: "like" }] })[0]).toMatch(/^events\[1\]\.kind: /)
    expect(errorsOf({ events: [view, view, { ...view, occurred_at: "yesterday" }] })).toEqual([
      "events[2].occurred_at: expected an ISO 8601 date-time with a time zone",
    ])
    expect(errorsOf({ events: [{ kind: "order", occurred_at: view.occurred_at }] })).toEqual([
      'events[0].product_id: required for kind "order"',
    ])
    expect(errorsOf({ events: [{ ...view, occurred_at: undefined }] })).toEqual(["events[0].occurred_at: required"])
    // no time zone, or not a date at all
    expect(errorsOf({ events: [{ ...view, occurred_at: "2026-11-28T10:30:00" }] })[0]).toMatch(/^events\[0\]\.occurred_at: expected/)
    expect(errorsOf({ events: [{ ...view, occurred_at: "2026-13-45T10:30:00Z" }] })[0]).toMatch(/^events\[0\]\.occurred_at: expected/)
    expect(errorsOf({ events: [{ ...view, quantity: 1.5 }] })[0]).toMatch(/^events\[0\]\.quantity: /)
    expect(errorsOf({ events: [{ ...view, value: -1 }] })[0]).toMatch(/^events\[0\]\.value: /)
  })

  it("refuses anything personal: unknown fields and non-opaque session ids", () => {
    expect(errorsOf({ events: [{ ...view, email: "a@b.vn" }] })).toEqual(['events[0]: unknown field "email"'])
    expect(errorsOf({ events: [{ ...view, session_id: "an@email.vn" }] })[0]).toMatch(/^events\[0\]\.session_id: /)
  })

  it("refuses events from the future or older than 60 days", () => {
    expect(errorsOf({ events: [{ ...view, occurred_at: "2026-11-28T05:00:00Z" }] })).toEqual([
      "events[0].occurred_at: in the future",
    ])
    expect(errorsOf({ events: [{ ...view, occurred_at: "2026-09-01T00:00:00Z" }] })).toEqual([
      "events[0].occurred_at: older than 60 days",
    ])
  })

  it("refuses empty, oversized and malformed batches", () => {
    expect(errorsOf({ events: [] })[0]).toMatch(/^events: expected 1 to 500/)
    expect(errorsOf({ events: Array(MAX_BATCH + 1).fill(view) })[0]).toMatch(/got 501/)
    expect(errorsOf({ event: [view] })).toEqual(["events: expected an array of events"])
    expect(errorsOf(null)).toEqual(["events: expected an array of events"])
  })

  it("bounds quantities per kind: views and searches carry none", () => {
    const at = view.occurred_at
    expect(errorsOf({ events: [{ ...view, quantity: 1 }] })).toEqual(['events[0].quantity: not accepted for kind "product_view"'])
    expect(errorsOf({ events: [{ kind: "search", occurred_at: at, query: "na", quantity: 3 }] })).toEqual([
      'events[0].quantity: not accepted for kind "search"',
    ])
    expect(errorsOf({ events: [{ kind: "cart_add", occurred_at: at, product_id: "prod_1", quantity: 101 }] })).toEqual([
      'events[0].quantity: at most 100 for kind "cart_add"',
    ])
    expect(errorsOf({ events: [{ kind: "kiosk_scan", occurred_at: at, location_key: "ky-lua", quantity: 11 }] })).toEqual([
      'events[0].quantity: at most 10 for kind "kiosk_scan"',
    ])
    const edge = parseDemandBatch(
      {
        events: [
          { kind: "cart_add", occurred_at: at, product_id: "prod_1", quantity: 100 },
          { kind: "kiosk_scan", occurred_at: at, location_key: "ky-lua", quantity: 10 },
        ],
      },
      NOW
    )
    expect(edge.ok).toBe(true)
  })
})

describe("parseClientDemandBatch", () => {
  const at = view.occurred_at
  const clientErrors = (events: unknown[]) => {
    const result = parseClientDemandBatch({ events }, NOW)
    if (result.ok) throw new Error("expected the batch to be refused")
    return result.errors
  }

  it("accepts views, searches, cart additions and kiosk scans", () => {
    const result = parseClientDemandBatch(
      {
        events: [
          view,
          { kind: "search", occurred_at: at, query: "na Chi Lăng" },
          { kind: "cart_add", occurred_at: at, product_id: "prod_1", quantity: 2 },
          { kind: "kiosk_scan", occurred_at: at, location_key: "ky-lua", product_id: "prod_1" },
        ],
      },
      NOW
    )
    expect(result.ok && result.events.map((e) => e.kind)).toEqual(["product_view", "search", "cart_add", "kiosk_scan"])
  })

  it("refuses the kinds only the server records, naming the field and the kind", () => {
    const serverOnly = [
      { kind: "order", occurred_at: at, product_id: "prod_1", quantity: 1 },
      { kind: "kiosk_handover", occurred_at: at, location_key: "ky-lua", product_id: "prod_1" },
      { kind: "live_claim", occurred_at: at, stream_id: "lstr_1", product_id: "prod_1" },
      { kind: "live_peak_viewers", occurred_at: at, stream_id: "lstr_1", quantity: 10 },
    ]
    expect(clientErrors([view, ...serverOnly])).toEqual([
      'events[1].kind: "order" is recorded by the server only',
      'events[2].kind: "kiosk_handover" is recorded by the server only',
      'events[3].kind: "live_claim" is recorded by the server only',
      'events[4].kind: "live_peak_viewers" is recorded by the server only',
    ])
    // the server's own path takes them
    expect(parseDemandBatch({ events: serverOnly }, NOW).ok).toBe(true)
  })
})

describe("toEventRow", () => {
  it("stores the Vietnam ISO week and a normalised search query", () => {
    const row = toEventRow(
      { kind: "search", occurred_at: "2026-11-29T18:00:00Z", query: "  Hồng KHÔNG hạt Bảo Lâm!" },
      "store"
    )
    expect(row).toEqual(expect.objectContaining({ week: "2026-W49", query_norm: "hong khong hat bao lam", source: "store" }))
  })
})

describe("shares and visits through a shared link", () => {
  const share = { kind: "share", occurred_at: "2026-11-28T03:00:00Z", product_id: "prod_1", channel: "zalo", referral_code: "Ab3dE6gH" }
  const visit = { kind: "referral_visit", occurred_at: "2026-11-28T03:00:00Z", stream_id: "lstr_1", referral_code: "Ab3dE6gH", session_id: "s_8f2a91c0d3" }
  const clientErrors = (events: unknown[]) => {
    const result = parseClientDemandBatch({ events }, NOW)
    if (result.ok) throw new Error("expected the batch to be refused")
    return result.errors
  }

  it("accepts them from a client, on a product or a stream", () => {
    const result = parseClientDemandBatch({ events: [share, { ...share, channel: "native" }, visit] }, NOW)
    expect(result.ok && result.events.length).toEqual(3)
  })

  it("refuses unknown channels, malformed codes and fields other kinds do not carry, naming the field", () => {
    expect(clientErrors([{ ...share, channel: "sms" }])).toEqual(["events[0].channel: expected one of native, zalo, facebook, copy"])
    expect(clientErrors([{ ...share, referral_code: "short" }])).toEqual(["events[0].referral_code: expected a referral code (8-16 letters and digits)"])
    expect(clientErrors([{ ...visit, session_id: undefined }])).toEqual(['events[0].session_id: required for kind "referral_visit"'])
    expect(clientErrors([{ ...share, product_id: undefined }])).toEqual(['events[0].product_id: required for kind "share" (or stream_id)'])
    expect(clientErrors([{ ...visit, channel: "copy" }])).toEqual(['events[0].channel: not accepted for kind "referral_visit"'])
    expect(clientErrors([{ ...view, referral_code: "Ab3dE6gH" }])).toEqual(['events[0].referral_code: not accepted for kind "product_view"'])
  })

  it("keys a visit by session, code and page, so it is recorded once; a share has no key", () => {
    expect(toEventRow(visit as any, "store")).toEqual(
      expect.objectContaining({ ref: "referral_visit:s_8f2a91c0d3:Ab3dE6gH:stream:lstr_1", referral_code: "Ab3dE6gH", channel: null })
    )
    expect(toEventRow(share as any, "store")).toEqual(expect.objectContaining({ ref: null, channel: "zalo", referral_code: "Ab3dE6gH" }))
  })
})
