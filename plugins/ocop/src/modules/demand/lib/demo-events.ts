import type { DemandEventInput } from "./event-schema"
import type { DemandEventKind } from "./event-kinds"

/** A small deterministic PRNG (mulberry32), so demo data and benchmarks repeat. */
export function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Share of each kind among generated events. */
const KIND_MIX: [DemandEventKind, number][] = [
  ["product_view", 0.52],
  ["search", 0.1],
  ["cart_add", 0.12],
  ["order", 0.05],
  ["kiosk_scan", 0.1],
  ["kiosk_handover", 0.06],
  ["live_claim", 0.03],
  ["live_peak_viewers", 0.02],
]

export type DemoProduct = { id: string; title: string; unit_price: number; in_season_months: number[] }

export type DemoOptions = {
  products: DemoProduct[]
  kiosks: string[]
  streams: string[]
  /** events spread evenly in [from, to) */
  from: Date
  to: Date
  count: number
  seed?: number
}

/**
 * Plausible demand signals for demos and benchmarks: products are picked
 * with a Zipf-like popularity, three times as often in their season months;
 * kiosk events go to the kiosks, live events to the streams. Only
 * well-formed events, as a storefront would send them.
 */
export function* demoEvents(options: DemoOptions): Generator<DemandEventInput> {
  const rand = prng(options.seed ?? 7)
  const span = options.to.getTime() - options.from.getTime()
  const weights = options.products.map((_, i) => 1 / (i + 1))
  const pickKind = () => {
    let r = rand()
    for (const [kind, share] of KIND_MIX) if ((r -= share) <= 0) return kind
    return "product_view" as const
  }
  const pickProduct = (month: number) => {
    const w = options.products.map((p, i) => weights[i] * (p.in_season_months.includes(month) ? 3 : 1))
    let r = rand() * w.reduce((a, b) => a + b, 0)
    for (let i = 0; i < w.length; i++) if ((r -= w[i]) <= 0) return options.products[i]
    return options.products[0]
  }
  const session = () => `s${Math.floor(rand() * 1e12).toString(36).padStart(8, "0")}`
  for (let n = 0; n < options.count; n++) {
    const at = new Date(options.from.getTime() + Math.floor((n / options.count) * span + rand() * 1000))
    const product = pickProduct(new Date(at.getTime() + 7 * 3600e3).getUTCMonth() + 1)
    const kind = pickKind()
    const quantity = 1 + Math.floor(rand() * rand() * 4)
    const base = { kind, occurred_at: at.toISOString(), session_id: session() }
    switch (kind) {
      case "search":
        yield { ...base, query: product.title.split(" ").slice(0, 2 + Math.floor(rand() * 2)).join(" ") }
        break
      case "kiosk_scan":
      case "kiosk_handover":
        yield {
          ...base,
          location_key: options.kiosks[Math.floor(rand() * options.kiosks.length)],
          product_id: product.id,
          ...(kind === "kiosk_handover" ? { quantity, value: quantity * product.unit_price } : {}),
        }
        break
      case "live_claim":
        yield { ...base, stream_id: options.streams[Math.floor(rand() * options.streams.length)], product_id: product.id, quantity, value: quantity * product.unit_price }
        break
      case "live_peak_viewers":
        yield { ...base, stream_id: options.streams[Math.floor(rand() * options.streams.length)], quantity: 50 + Math.floor(rand() * 2000) }
        break
      case "order":
        yield { ...base, product_id: product.id, quantity, value: quantity * product.unit_price }
        break
      default:
        yield { ...base, product_id: product.id, ...(kind === "cart_add" ? { quantity } : {}) }
    }
  }
}
