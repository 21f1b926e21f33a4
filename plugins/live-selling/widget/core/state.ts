/** The live widget's state, changed only by snapshot and events (pure). */

import type { LiveChatMessage, LiveOffer } from "@ocop-live/contract"

export type Offer = LiveOffer
export type ChatMessage = LiveChatMessage

export type LiveState = {
  status: "scheduled" | "live" | "ended"
  title: string
  video: { kind: string; url: string | null; flvUrl?: string | null } | null
  pinned: string[]
  offers: Record<string, Offer & { ended?: "sold_out" | "time" | "stopped" }>
  chat: ChatMessage[]
  viewers: number
  reactions: Record<string, number>
}

export const EMPTY: LiveState = { status: "scheduled", title: "", video: null, pinned: [], offers: {}, chat: [], viewers: 0, reactions: {} }

const CHAT_KEEP = 100

export function fromSnapshot(ack: any, previous: LiveState = EMPTY): LiveState {
  const offers: LiveState["offers"] = {}
  for (const o of ack.offers ?? []) offers[o.id] = o
  return {
    ...previous,
    status: ack.stream?.status ?? previous.status,
    title: ack.stream?.title ?? previous.title,
    video: ack.stream?.video ?? previous.video,
    pinned: ack.pinned ?? [],
    offers,
    viewers: typeof ack.viewers === "number" ? ack.viewers : previous.viewers,
  }
}

export function applyEvent(s: LiveState, type: string, p: any): LiveState {
  switch (type) {
    case "stream:status":
      return { ...s, status: p.status }
    case "stream:video":
      return { ...s, video: p.video ?? s.video }
    case "product:pinned":
      return { ...s, pinned: p.productIds ?? [] }
    case "offer:scheduled":
    case "offer:started":
      return { ...s, offers: { ...s.offers, [p.offer.id]: { ...s.offers[p.offer.id], ...p.offer, ended: undefined } } }
    case "offer:stock": {
      const o = s.offers[p.offerId]
      return o ? { ...s, offers: { ...s.offers, [o.id]: { ...o, left: p.left } } } : s
    }
    case "offer:ended": {
      const o = s.offers[p.offerId]
      return o ? { ...s, offers: { ...s.offers, [o.id]: { ...o, ended: p.reason, left: p.reason === "sold_out" ? 0 : o.left } } } : s
    }
    case "chat:message":
      return { ...s, chat: [...s.chat, { id: p.id, userId: p.userId, name: p.name, text: p.text, ts: p.ts }].slice(-CHAT_KEEP) }
    case "chat:deleted":
      return { ...s, chat: s.chat.filter((m) => m.id !== p.messageId) }
    case "viewers":
      return { ...s, viewers: p.count }
    case "reactions": {
      const reactions = { ...s.reactions }
      for (const [k, n] of Object.entries(p.counts ?? {})) reactions[k] = (reactions[k] ?? 0) + Number(n)
      return { ...s, reactions }
    }
    default:
      return s
  }
}

/** The offer to show: live first (soonest to end), then the next scheduled one. */
export function currentOffer(s: LiveState, now: number) {
  const all = Object.values(s.offers)
  const live = all.filter((o) => !o.ended && o.startsAt <= now && o.endsAt > now).sort((a, b) => a.endsAt - b.endsAt)
  if (live[0]) return { offer: live[0], phase: "live" as const }
  const next = all.filter((o) => !o.ended && o.startsAt > now).sort((a, b) => a.startsAt - b.startsAt)
  if (next[0]) return { offer: next[0], phase: "upcoming" as const }
  const ended = all.filter((o) => o.ended || o.endsAt <= now).sort((a, b) => b.endsAt - a.endsAt)
  return ended[0] ? { offer: ended[0], phase: "ended" as const } : null
}

/** mm:ss (or h:mm:ss) until `at`. */
export function countdown(at: number, now: number): string {
  const total = Math.max(0, Math.ceil((at - now) / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const sec = total % 60
  const mm = String(m).padStart(h ? 2 : 1, "0")
  return `${h ? `${h}:` : ""}${mm}:${String(sec).padStart(2, "0")}`
}

export const REACTIONS = { heart: "❤️", like: "👍", wow: "😮", laugh: "😂" } as const
