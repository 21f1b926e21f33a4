import "server-only"
import { runtimeConfig } from "../config"
import { createBatcher, type DemandEvent, type DemandSignal } from "./batcher"

/**
 * Sends one batch (≤ 500) to Medusa's `POST /store/demand/events`. Never
 * throws: a lost signal must not break shopping. Answers the HTTP status (0: unreachable).
 */
export async function sendDemandBatch(events: DemandEvent[]): Promise<number> {
  const c = runtimeConfig()
  try {
    const res = await fetch(`${c.backendUrl}/store/demand/events`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": c.publishableKey },
      body: JSON.stringify({ events }),
      cache: "no-store",
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) console.warn(`[storefront] demand events refused: ${res.status} ${(await res.text()).slice(0, 300)}`)
    return res.status
  } catch (e) {
    console.warn(`[storefront] demand events not sent: ${(e as Error).message}`)
    return 0
  }
}

/**
 * A kiosk cart handed over to a phone (the kiosk's signed QR): Medusa
 * records the cart's own lines as `kiosk_handover` events, once per line
 * (clients may not send that kind). Never throws; answers the HTTP status.
 */
export async function recordKioskHandover(cartId: string, locationKey: string): Promise<number> {
  const c = runtimeConfig()
  try {
    const res = await fetch(`${c.backendUrl}/store/demand/kiosk-handovers`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": c.publishableKey },
      body: JSON.stringify({ cart_id: cartId, location_key: locationKey }),
      cache: "no-store",
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) console.warn(`[storefront] kiosk hand-over refused: ${res.status} ${(await res.text()).slice(0, 300)}`)
    return res.status
  } catch (e) {
    console.warn(`[storefront] kiosk hand-over not recorded: ${(e as Error).message}`)
    return 0
  }
}

const serverBatcher = createBatcher({
  send: (events) => void sendDemandBatch(events),
  intervalMs: 2000,
})

/** Signals seen by server actions and route handlers (cart additions, kiosk taps). */
export function recordDemand(...signals: DemandSignal[]) {
  for (const s of signals) serverBatcher.push(s)
}
