import "server-only"
import { unstable_cache } from "next/cache"
import { runtimeConfig } from "../config"
import { storeGet } from "../medusa"

export type Region = {
  id: string
  name: string
  currency_code: string
  countries?: { iso_2: string }[]
  payment_providers?: { id: string }[]
}

/** Shared by every visitor (Next's data cache, tag `regions`); the publishable key is part of the key. */
const loadRegions = unstable_cache(
  async (_key: string) => {
    const { regions } = await storeGet<{ regions: Region[] }>("/store/regions", {
      fields: "id,name,currency_code,*countries,*payment_providers",
    })
    return regions
  },
  ["ocop-regions"],
  { tags: ["regions"], revalidate: 60 }
)

/** The Vietnam region (VND): the one the shop sells in. */
export async function vietnamRegion(): Promise<Region | null> {
  const regions = await loadRegions(runtimeConfig().publishableKey)
  return (
    regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn")) ??
    regions.find((r) => r.currency_code === "vnd") ??
    regions[0] ??
    null
  )
}
