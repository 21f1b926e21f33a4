import "server-only"
import { runtimeConfig } from "../config"
import { memo, storeGet } from "../medusa"

export type OcopStats = {
  certified: { total: number; by_stars: Record<string, number>; by_group: Record<string, number> }
  ip_protected: number
  producers: number
  expiring_within_90_days: number
}

const load = memo(60_000, async () => {
  try {
    return await storeGet<OcopStats>("/store/ocop/stats")
  } catch {
    return null
  }
})

/** Programme figures, or null when the route is not there. */
export function ocopStats(): Promise<OcopStats | null> {
  return load(runtimeConfig().publishableKey)
}
