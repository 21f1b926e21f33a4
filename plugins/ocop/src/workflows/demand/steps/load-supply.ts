import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Level = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }
type Variant = {
  prices?: { amount: unknown; currency_code: string }[]
  inventory_items?: { required_quantity?: unknown; inventory?: { location_levels?: Level[] } }[]
}

export type CatalogueProductSupply = {
  id: string
  title: string
  subtitle: string | null
  unit_price: number | null
  /** available units per stock location id */
  stock_by_location: Record<string, number>
}

/** Sale units of a variant available at each location (kits: the scarcest item decides). */
function variantUnits(variant: Variant): Record<string, number> {
  const items = variant.inventory_items ?? []
  const out: Record<string, number> = {}
  items.forEach((item, i) => {
    const per = Math.max(1, Number(item.required_quantity ?? 1))
    const here: Record<string, number> = {}
    for (const level of item.inventory?.location_levels ?? []) {
      here[level.location_id] = Math.floor(Math.max(0, Number(level.stocked_quantity) - Number(level.reserved_quantity)) / per)
    }
    for (const location of new Set([...Object.keys(out), ...Object.keys(here)])) {
      out[location] = i === 0 ? here[location] ?? 0 : Math.min(out[location] ?? 0, here[location] ?? 0)
    }
  })
  return out
}

/**
 * Products with their lowest VND price and their available units per stock
 * location, read through Query from the product, pricing and inventory
 * modules.
 */
export async function loadCatalogueSupply(
  container: MedusaContainer,
  productIds?: string[]
): Promise<CatalogueProductSupply[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "subtitle",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.inventory_items.required_quantity",
      "variants.inventory_items.inventory.location_levels.location_id",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: productIds ? { id: productIds } : {},
  })
  return (data as any[]).map((p) => {
    const prices = (p.variants ?? []).flatMap((v: Variant) =>
      (v.prices ?? []).filter((x) => x.currency_code === "vnd").map((x) => Number(x.amount))
    )
    const stock: Record<string, number> = {}
    for (const v of p.variants ?? []) {
      for (const [location, units] of Object.entries(variantUnits(v))) stock[location] = (stock[location] ?? 0) + units
    }
    return {
      id: p.id,
      title: p.title,
      subtitle: p.subtitle ?? null,
      unit_price: prices.length ? Math.min(...prices) : null,
      stock_by_location: stock,
    }
  })
}

export type KioskLocation = { id: string; key: string; name: string }

/** Stock locations the seed marks as kiosks (metadata.kind "kiosk", metadata.key). */
export async function loadKioskLocations(container: MedusaContainer): Promise<KioskLocation[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name", "metadata"] })
  return (data as any[])
    .filter((l) => l.metadata?.kind === "kiosk" && typeof l.metadata?.key === "string")
    .map((l) => ({ id: l.id, key: l.metadata.key, name: l.name }))
}
