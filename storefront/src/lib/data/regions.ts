import "server-only"
import { runtimeConfig } from "../config"
import { memo, storeGet } from "../medusa"

export type Region = {
  id: string
  name: string
  currency_code: string
  countries?: { iso_2: string }[]
  payment_providers?: { id: string }[]
}

const loadRegions = memo(60_000, async () => {
  const { regions } = await storeGet<{ regions: Region[] }>("/store/regions", {
    fields: "id,name,currency_code,*countries,*payment_providers",
  })
  return regions
})

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
