/** The kiosk's query (`?idle=`) and location keys: pure, for the server and the browser alike. */

export const DEFAULT_IDLE_SECONDS = 60

/** `?idle=` seconds (1–600), for tests and for stalls that want another timeout. */
export function idleSeconds(value: string | string[] | null | undefined): number {
  const n = Math.floor(Number(Array.isArray(value) ? value[0] : value))
  return Number.isFinite(n) && n >= 1 && n <= 600 ? n : DEFAULT_IDLE_SECONDS
}

export function kioskQuery(idle: number): string {
  return idle === DEFAULT_IDLE_SECONDS ? "" : `?idle=${idle}`
}

/** A kiosk's location key as a URL may carry it (its stock location's `metadata.key`), or null. */
export function kioskLocationKey(value: string | null | undefined): string | null {
  return value && /^[\w-]{1,64}$/.test(value) ? value : null
}
