import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { postRevalidate, revalidateTarget } from "./target"

export * from "./tags"
export * from "./target"

/**
 * Tells this store's storefront to drop `tags` (see tags.ts). Does nothing
 * when STOREFRONT_REVALIDATE_URL or the secret is not set; a failure is logged,
 * never thrown (the storefront's cached reads expire on their own).
 */
export async function revalidateStorefront(container: MedusaContainer, tags: string[]): Promise<void> {
  const target = revalidateTarget()
  if (!target || !tags.length) return
  const result = await postRevalidate(target, tags)
  if (!result.ok) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`storefront revalidation of ${tags.join(", ")} failed: ${result.error ?? `HTTP ${result.status}`}`)
  }
}

type Query = { graph: (q: Record<string, unknown>) => Promise<{ data: any[] }> }

/** Handles of products, by product ids and/or variant ids (deleted ones are left out). */
export async function productHandles(
  container: MedusaContainer,
  ids: { productIds?: string[]; variantIds?: string[] }
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  const handles: string[] = []
  if (ids.productIds?.length) {
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: ids.productIds } })
    handles.push(...data.map((p) => p.handle))
  }
  if (ids.variantIds?.length) {
    const { data } = await query.graph({ entity: "variant", fields: ["product.handle"], filters: { id: ids.variantIds } })
    handles.push(...data.map((v) => v.product?.handle))
  }
  return handles.filter(Boolean)
}
