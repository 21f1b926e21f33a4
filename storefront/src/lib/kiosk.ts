import "server-only"
import { notFound } from "next/navigation"
import { pickupPoints, type ShippingOption } from "./data/cart"

export const DEFAULT_IDLE_SECONDS = 60

/** `?idle=` seconds (1–600), for tests and for stalls that want another timeout. */
export function idleSeconds(value: string | string[] | undefined): number {
  const n = Math.floor(Number(Array.isArray(value) ? value[0] : value))
  return Number.isFinite(n) && n >= 1 && n <= 600 ? n : DEFAULT_IDLE_SECONDS
}

/** The kiosk's pickup option (by its stock location's metadata.key), or 404. */
export async function kioskPoint(key: string): Promise<ShippingOption> {
  const point = (await pickupPoints()).find((p) => p.location?.key === key)
  if (!point) notFound()
  return point
}

export function kioskQuery(idle: number): string {
  return idle === DEFAULT_IDLE_SECONDS ? "" : `?idle=${idle}`
}
