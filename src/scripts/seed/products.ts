import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { CATALOGUE, PRODUCERS } from "../data/lang-son-catalogue"
import type { CatalogueProduct } from "../data/lang-son-catalogue"
import { SalesChannelIds, SeedContext } from "./context"
import { ensureCategories } from "./categories"
import { UNIT_OPTION } from "../data/catalogue/variants"

function toProductInput(
  item: CatalogueProduct,
  categoryIds: Record<string, string>,
  channels: SalesChannelIds,
  shippingProfileId: string
) {
  const producer = PRODUCERS.find((p) => p.key === item.producer)!
  return {
    title: item.title,
    subtitle: item.subtitle,
    handle: item.handle,
    description: item.description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: shippingProfileId,
    category_ids: [categoryIds[item.category]],
    options: [{ title: UNIT_OPTION, values: item.variants.map((v) => v.title) }],
    variants: item.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      options: { [UNIT_OPTION]: v.title },
      manage_inventory: !item.is_experience,
      weight: v.weight_g,
      prices: [{ currency_code: "vnd", amount: v.price }],
      metadata: { price_estimated: v.price_estimated },
    })),
    sales_channels: Object.values(channels).map((id) => ({ id })),
    metadata: {
      description_en: item.description_en,
      producer: producer.name,
      commune: producer.commune ?? null,
      district: producer.district,
      catalogue_row: item.row,
    },
  }
}

async function stockWarehouse(
  { container }: SeedContext,
  handles: string[],
  warehouseId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: CATALOGUE.filter((p) => handles.includes(p.handle)).flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const stockBySku = new Map(CATALOGUE.flatMap((p) => p.variants).map((v) => [v.sku, v.stock]))
  const levels = variants.flatMap((v) =>
    (v.inventory_items ?? []).map((ii) => ({
      inventory_item_id: ii.inventory_item_id,
      location_id: warehouseId,
      stocked_quantity: stockBySku.get(v.sku!) ?? 0,
    }))
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}

/** Creates the catalogue products that are missing (by handle) and stocks them at the warehouse. */
export async function ensureProducts(
  ctx: SeedContext,
  channels: SalesChannelIds,
  warehouseId: string
) {
  const { container, log } = ctx
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts(
    { handle: CATALOGUE.map((p) => p.handle) },
    { select: ["handle"], take: CATALOGUE.length }
  )
  const have = new Set(existing.map((p) => p.handle))
  const missing = CATALOGUE.filter((p) => !have.has(p.handle))
  if (!missing.length) return { created: 0 }
  const categoryIds = await ensureCategories(ctx)
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  log(`Products: ${missing.length} from the Lạng Sơn catalogue`)
  await createProductsWorkflow(container).run({
    input: { products: missing.map((p) => toProductInput(p, categoryIds, channels, profile.id)) },
  })
  await stockWarehouse(ctx, missing.map((p) => p.handle), warehouseId)
  return { created: missing.length }
}
