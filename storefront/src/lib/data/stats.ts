import "server-only"
import { unstable_cache } from "next/cache"
import { runtimeConfig } from "../config"
import { storeGet } from "../medusa"

export type OcopStats = {
  certified: { total: number; by_stars: Record<string, number>; by_group: Record<string, number> }
  ip_protected: number
  producers: number
  expiring_within_90_days: number
}

/** Shared by every visitor (tag `catalogue`: certificates change the figures). */
const load = unstable_cache(
  async (_key: string) => {
    try {
      return await storeGet<OcopStats>("/store/ocop/stats")
    } catch {
      return null
    }
  },
  ["ocop-stats"],
  { tags: ["catalogue"], revalidate: 60 }
)

/** Programme figures, or null when the route is not there. */
export function ocopStats(): Promise<OcopStats | null> {
  return load(runtimeConfig().publishableKey)
}
