import { createProductTypesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { CATALOGUE } from "../data/lang-son-catalogue"
import { ALCOHOL_LABELS, PRODUCT_LABELS, VAT_PRODUCT_TYPES, vatClassOf } from "../data/compliance"
import { alcoholMetadata } from "../../lib/compliance"
import { syncVatRatesWorkflow } from "../../workflows/tax/sync-vat-rates"
import { vatSyncInput } from "../../config/vat"
import { SeedContext } from "./context"

/**
 * The product metadata a catalogue product's label gives (nothing when it
 * has none): shelf life and storage; for alcohol its ABV (and
 * `live_restricted` from 15 %).
 */
export function labelMetadata(handle: string): Record<string, unknown> {
  const label = PRODUCT_LABELS[handle]
  const alcohol = ALCOHOL_LABELS[handle]
  return {
    ...(label ? { shelf_life_days: label.shelf_life_days, storage: label.storage, shelf_life_estimated: label.estimated } : {}),
    ...(alcohol ? alcoholMetadata(alcohol.abv, alcohol.estimated) : {}),
  }
}

async function ensureVatProductTypes({ container, log }: SeedContext) {
  const productService = container.resolve(Modules.PRODUCT)
  const values = Object.values(VAT_PRODUCT_TYPES)
  const existing = await productService.listProductTypes({ value: values as unknown as string })
  const missing = values.filter((v) => !existing.some((t) => t.value === v))
  if (missing.length) {
    log(`Product types (VAT classes): ${missing.length}`)
    await createProductTypesWorkflow(container).run({ input: { product_types: missing.map((value) => ({ value })) } })
  }
  const types = await productService.listProductTypes({ value: values as unknown as string })
  return new Map(types.map((t) => [t.value, t.id]))
}

/**
 * Gives each catalogue product its VAT class (as product type) and its label
 * (shelf life, storage, alcohol) in metadata, where they differ from the
 * catalogue: so a database seeded before (e.g. before v7) gets them too.
 */
async function ensureProductCompliance(ctx: SeedContext, typeIds: Map<string, string>) {
  const { container, log } = ctx
  const productService = container.resolve(Modules.PRODUCT)
  const products = await productService.listProducts(
    { handle: CATALOGUE.map((p) => p.handle) },
    { select: ["id", "handle", "type_id", "metadata"], take: CATALOGUE.length }
  )
  const updates = products.flatMap((product) => {
    const item = CATALOGUE.find((p) => p.handle === product.handle)!
    const type_id = typeIds.get(VAT_PRODUCT_TYPES[vatClassOf(item).vat_class])!
    const label = labelMetadata(item.handle)
    const labelChanged = Object.entries(label).some(([k, v]) => product.metadata?.[k] !== v)
    if (product.type_id === type_id && !labelChanged) {
      return []
    }
    return [{ id: product.id, type_id, ...(labelChanged ? { metadata: { ...product.metadata, ...label } } : {}) }]
  })
  if (updates.length) {
    log(`Products: VAT class and label for ${updates.length}`)
    await updateProductsWorkflow(container).run({ input: { products: updates } })
  }
}

/** VAT classes, labels and the VAT rates in force today. */
export async function ensureCompliance(ctx: SeedContext) {
  const typeIds = await ensureVatProductTypes(ctx)
  await ensureProductCompliance(ctx, typeIds)
  const { result } = await syncVatRatesWorkflow(ctx.container).run({ input: vatSyncInput(new Date()) })
  if (result.created.length || result.updated.length) {
    ctx.log(`VAT rates: ${result.created.length} created, ${result.updated.length} updated`)
  }
}
