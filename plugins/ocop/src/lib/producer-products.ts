import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Of `productIds` (or all), the products whose OCOP provenance names the producer. */
export async function producerProductIds(
  container: MedusaContainer,
  producerId: string,
  productIds?: string[]
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_product_provenance",
    fields: ["product_id"],
    filters: { producer_id: producerId, ...(productIds ? { product_id: productIds } : {}) },
  })
  return data.map((p: { product_id: string }) => p.product_id)
}

/** Refuses (FORBIDDEN, naming `field`) any product the producer's provenance does not name. */
export async function assertOwnProducts(
  container: MedusaContainer,
  o: { productIds: string[]; producerId: string; field: string }
) {
  const owned = new Set(await producerProductIds(container, o.producerId, o.productIds))
  const foreign = o.productIds.find((id) => !owned.has(id))
  if (foreign) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `${o.field}: product ${foreign} belongs to another producer`)
  }
}
