import "server-only"
import { unstable_cache } from "next/cache"
import { runtimeConfig } from "../config"
import { storeGet } from "../medusa"

import type { OcopStats } from "@ocop-live/contract"

export type { OcopStats }

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
