/**
 * A stream's replay timeline: its recorded parts played one after the
 * other, and the events of its log (pins, offers, the host's chat) placed
 * at offsets (ms) on that timeline. Pure: the caller reads the parts and events.
 *
 * - A moment inside a part maps to the part's offset plus the time since it
 *   started; a moment before the first part maps to 0 (what was pinned or on
 *   offer then is what the recording opens with), a moment in a gap between
 *   parts to the next part's start, a moment after the last part to the end.
 * - A pin lasts until the next pin (an empty pin clears it); an offer from
 *   `offer:started` to its `offer:ended` (else its `endsAt`, else the end).
 *   Intervals left empty by the mapping (all before the recording) are dropped.
 */

export type ReplayPart = { id: string; startedAt: number; durationMs: number }
export type ReplayEvent = { seq: number; ts: number; type: string; payload: Record<string, any> }

export type TimelinePin = { from: number; to: number; productIds: string[] }
export type TimelineOffer = {
  offerId: string
  productId: string
  variantId: string
  title: string
  price: number
  originalPrice: number | null
  from: number
  to: number
  endReason: string | null
}
export type TimelineChat = { at: number; id: string; name: string; text: string; role: string }
export type ReplayTimeline = {
  durationMs: number
  parts: { id: string; offsetMs: number; durationMs: number }[]
  pins: TimelinePin[]
  offers: TimelineOffer[]
  chat: TimelineChat[]
}

/** Chat a replay highlights: the host's and moderators' messages. */
export const HIGHLIGHT_ROLES = ["host", "moderator"]

/** Whether an event belongs on a replay timeline (kept beyond the event log's minutes). */
export function isTimelineEvent(type: string, payload: Record<string, any>): boolean {
  if (type === "chat:message") return HIGHLIGHT_ROLES.includes(payload?.role)
  return type === "product:pinned" || type === "offer:started" || type === "offer:ended" || type === "chat:deleted"
}

/** Maps a server time (epoch ms) to an offset on the timeline of `parts` (ordered by start). */
export function timelineOffset(parts: ReplayPart[], ts: number): number {
  let offset = 0
  for (const p of parts) {
    if (ts < p.startedAt) return offset
    if (ts < p.startedAt + p.durationMs) return offset + (ts - p.startedAt)
    offset += p.durationMs
  }
  return offset
}

export function replayTimeline(partsIn: ReplayPart[], eventsIn: ReplayEvent[]): ReplayTimeline {
  const parts = [...partsIn].sort((a, b) => a.startedAt - b.startedAt)
  const events = [...eventsIn].sort((a, b) => a.seq - b.seq)
  const durationMs = parts.reduce((s, p) => s + p.durationMs, 0)
  const at = (ts: number) => timelineOffset(parts, ts)

  let offset = 0
  const partsOut = parts.map((p) => {
    const out = { id: p.id, offsetMs: offset, durationMs: p.durationMs }
    offset += p.durationMs
    return out
  })

  const pins: TimelinePin[] = []
  const offers = new Map<string, TimelineOffer>()
  const endsAt = new Map<string, number>()
  const chat: TimelineChat[] = []
  const deleted = new Set<string>()

  for (const e of events) {
    const p = e.payload ?? {}
    if (e.type === "product:pinned") {
      const last = pins[pins.length - 1]
      if (last && last.to === durationMs) last.to = at(e.ts)
      const ids = Array.isArray(p.productIds) ? p.productIds.map(String) : []
      if (ids.length) pins.push({ from: at(e.ts), to: durationMs, productIds: ids })
    } else if (e.type === "offer:started" && p.offer?.id) {
      const o = p.offer
      offers.set(o.id, {
        offerId: o.id,
        productId: o.productId,
        variantId: o.variantId,
        title: o.title,
        price: o.price,
        originalPrice: o.originalPrice ?? null,
        from: at(e.ts),
        to: durationMs,
        endReason: null,
      })
      if (typeof o.endsAt === "number") endsAt.set(o.id, o.endsAt)
    } else if (e.type === "offer:ended" && offers.has(p.offerId)) {
      const o = offers.get(p.offerId)!
      if (o.endReason === null) {
        o.to = at(e.ts)
        o.endReason = p.reason ?? null
      }
    } else if (e.type === "chat:message" && HIGHLIGHT_ROLES.includes(p.role)) {
      chat.push({ at: at(e.ts), id: p.id, name: p.name, text: p.text, role: p.role })
    } else if (e.type === "chat:deleted") {
      deleted.add(p.messageId)
    }
  }
  for (const o of offers.values()) {
    const end = endsAt.get(o.offerId)
    if (o.endReason === null && end !== undefined) {
      o.to = at(end)
      o.endReason = "time"
    }
  }
  const nonEmpty = <T extends { from: number; to: number }>(xs: T[]) => xs.filter((x) => x.to > x.from)
  return {
    durationMs,
    parts: partsOut,
    pins: nonEmpty(pins),
    offers: nonEmpty([...offers.values()]).sort((a, b) => a.from - b.from),
    chat: chat.filter((c) => !deleted.has(c.id)),
  }
}

/** What is pinned and on offer at `offsetMs` of a replay (the viewer's player position). */
export function replayStateAt(t: ReplayTimeline, offsetMs: number) {
  const within = (x: { from: number; to: number }) => x.from <= offsetMs && offsetMs < x.to
  return {
    productIds: t.pins.filter(within).at(-1)?.productIds ?? [],
    offers: t.offers.filter(within),
  }
}
