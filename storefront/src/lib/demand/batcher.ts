import { isReferralCode, SHARE_CHANNELS, type ShareChannel } from "../share/referral"

/**
 * Demand signals (issue 7): the event shape of `POST /store/demand/events`
 * and a small batcher shared by the browser and the storefront server.
 * Only these fields are ever sent: product, variant, search text, kiosk key,
 * stream, quantity, value, a share's channel and a sharer's referral code
 * and an opaque random session id. Nothing personal.
 */
export const MAX_BATCH = 500

/**
 * The kinds a client may send. Orders, kiosk hand-overs (`recordKioskHandover`)
 * and live signals are recorded by Medusa itself; one of them in a batch
 * would get the whole batch refused.
 */
export type DemandKind = "product_view" | "search" | "cart_add" | "kiosk_scan" | "share" | "referral_visit"

/** Largest quantity per kind, as Medusa accepts it (0: the kind carries none). */
const MAX_QUANTITY: Record<DemandKind, number> = { product_view: 0, search: 0, cart_add: 100, kiosk_scan: 10, share: 0, referral_visit: 0 }

/** What a page or an action reports; the batcher adds the time and the session. */
export type DemandSignal = {
  kind: DemandKind
  product_id?: string
  variant_id?: string
  query?: string
  location_key?: string
  stream_id?: string
  quantity?: number
  value?: number
  /** how a page was shared (kind `share`) */
  channel?: ShareChannel
  /** the sharer's code (kinds `share` and `referral_visit`) */
  referral_code?: string
}

export type DemandEvent = DemandSignal & { occurred_at: string; session_id?: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/
const LOCATION = /^[a-z0-9-]{1,64}$/

/** The signal with only well-formed known fields (null when it cannot be used). */
export function cleanSignal(s: DemandSignal): DemandSignal | null {
  const out: DemandSignal = { kind: s.kind }
  if (s.product_id && ID.test(s.product_id)) out.product_id = s.product_id
  if (s.variant_id && ID.test(s.variant_id)) out.variant_id = s.variant_id
  if (s.stream_id && ID.test(s.stream_id)) out.stream_id = s.stream_id
  if (s.location_key && LOCATION.test(s.location_key)) out.location_key = s.location_key
  const query = s.query?.trim().slice(0, 200)
  if (query) out.query = query
  const max = MAX_QUANTITY[s.kind] ?? 0
  if (max && Number.isInteger(s.quantity) && s.quantity! >= 1) out.quantity = Math.min(s.quantity!, max)
  if (Number.isInteger(s.value) && s.value! >= 0) out.value = s.value
  const page = s.kind === "share" || s.kind === "referral_visit"
  if (s.kind === "share" && (SHARE_CHANNELS as readonly string[]).includes(s.channel ?? "")) out.channel = s.channel
  if (page && isReferralCode(s.referral_code)) out.referral_code = s.referral_code
  const needs: Record<DemandKind, (keyof DemandSignal)[]> = {
    product_view: ["product_id"],
    search: ["query"],
    cart_add: ["product_id"],
    kiosk_scan: ["location_key"],
    share: ["channel", "referral_code"],
    referral_visit: ["referral_code"],
  }
  // a share or a visit names the page: its product or its stream
  if (page && out.product_id === undefined && out.stream_id === undefined) return null
  return needs[s.kind]?.every((f) => out[f] !== undefined) ? out : null
}

/** `items` in slices of at most `size`. */
export function chunks<T>(items: T[], size = MAX_BATCH): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export type Batcher = {
  push: (signal: DemandSignal) => void
  /** Sends what is queued now; `final` when the page is going away. */
  flush: (final?: boolean) => void
  pending: () => number
}

/**
 * Queues signals and sends them in batches of at most 500: `intervalMs` after
 * the first queued one, at once when 500 are queued, or on `flush()`. At most
 * `maxQueue` wait (the oldest are dropped when a backend is unreachable).
 */
export function createBatcher(options: {
  send: (events: DemandEvent[], final: boolean) => void
  intervalMs: number
  sessionId?: () => string | undefined
  now?: () => Date
  maxQueue?: number
}): Batcher {
  const { send, intervalMs, maxQueue = 5 * MAX_BATCH } = options
  const now = options.now ?? (() => new Date())
  let queue: DemandEvent[] = []
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = (final = false) => {
    if (timer) clearTimeout(timer)
    timer = null
    if (!queue.length) return
    const events = queue
    queue = []
    for (const batch of chunks(events)) send(batch, final)
  }

  return {
    push(signal) {
      const clean = cleanSignal(signal)
      if (!clean) return
      const session = options.sessionId?.()
      queue.push({ ...clean, occurred_at: now().toISOString(), ...(session ? { session_id: session } : {}) })
      if (queue.length > maxQueue) queue = queue.slice(queue.length - maxQueue)
      if (queue.length >= MAX_BATCH) flush()
      else if (!timer) timer = setTimeout(() => flush(), intervalMs)
    },
    flush,
    pending: () => queue.length,
  }
}
