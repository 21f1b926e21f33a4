/**
 * The browser's demand batcher: signals go to the storefront's own
 * `/api/demand` (same origin, so `navigator.sendBeacon` works when the page
 * goes away), which adds the publishable key and forwards to Medusa.
 */
import { createBatcher, type Batcher, type DemandEvent, type DemandSignal } from "./batcher"

const ENDPOINT = "/api/demand"
const SESSION_KEY = "ocop-demand-session"
/** sendBeacon and keepalive bodies are limited to 64 KiB in all. */
const BEACON_LIMIT = 60_000

let batcher: Batcher | null = null

/** An opaque random id per browser tab session (not tied to any person). */
function sessionId(): string | undefined {
  try {
    let id = sessionStorage.getItem(SESSION_KEY)
    if (!id) {
      const bytes = crypto.getRandomValues(new Uint8Array(12))
      id = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
      sessionStorage.setItem(SESSION_KEY, id)
    }
    return id
  } catch {
    return undefined
  }
}

function post(events: DemandEvent[], final: boolean) {
  const body = JSON.stringify({ events })
  if (body.length > BEACON_LIMIT && events.length > 1) {
    const half = Math.ceil(events.length / 2)
    post(events.slice(0, half), final)
    post(events.slice(half), final)
    return
  }
  if (final && navigator.sendBeacon?.(ENDPOINT, new Blob([body], { type: "application/json" }))) return
  fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    keepalive: body.length <= BEACON_LIMIT,
  }).catch(() => undefined)
}

function instance(): Batcher {
  if (batcher) return batcher
  const b = createBatcher({ send: post, intervalMs: 3000, sessionId })
  const leave = () => b.flush(true)
  addEventListener("pagehide", leave)
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") leave()
  })
  batcher = b
  return b
}

export function trackDemand(signal: DemandSignal) {
  if (typeof window === "undefined") return
  instance().push(signal)
}
