import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ScopeFilter = { producer_id?: string; product_id?: string | string[] }

/**
 * The products a request may see: a producer's own products (through the
 * OCOP provenance records, which hold the producer of each product), the
 * given products, both intersected, or null for all products.
 */
export async function resolveProductScope(container: MedusaContainer, filter: ScopeFilter): Promise<string[] | null> {
  const productIds = filter.product_id ? [filter.product_id].flat() : null
  if (!filter.producer_id) return productIds
  if (!container.hasRegistration("ocop")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "producer_id needs the OCOP module")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "ocop_producer",
    fields: ["id", "provenances.product_id"],
    filters: { id: filter.producer_id },
  })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${filter.producer_id} was not found`)
  }
  const own = ((producer as any).provenances ?? []).map((p: { product_id: string }) => p.product_id) as string[]
  return productIds ? own.filter((id) => productIds.includes(id)) : own
}

/** Titles and handles of products, by id. */
export async function productTitles(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, { title: string; handle: string }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: [...new Set(ids)] } })
  return new Map((data as any[]).map((p) => [p.id, { title: p.title, handle: p.handle }]))
}
