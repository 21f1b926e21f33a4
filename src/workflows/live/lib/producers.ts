import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PRODUCER_FIELDS = ["id", "handle", "name", "type", "commune", "district", "placeholder"]

export type ProducerSummary = {
  id: string
  handle: string
  name: string
  type: string
  commune: string | null
  district: string | null
}

/** The OCOP producer, or NOT_FOUND naming `field`. */
export async function requireProducer(
  container: MedusaContainer,
  producerId: string,
  field = "producer_id"
): Promise<ProducerSummary> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: PRODUCER_FIELDS,
    filters: { id: producerId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${field}: producer ${producerId} not found`)
  }
  return data[0] as ProducerSummary
}

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
  return data.map((p: any) => p.product_id)
}

/**
 * Refuses products a producer does not own (FORBIDDEN) and, for anyone,
 * products that do not exist (NOT_FOUND), naming `field`.
 */
export async function assertProducts(
  container: MedusaContainer,
  o: { productIds: string[]; ownerId: string | null; field: string }
) {
  if (!o.productIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: o.productIds } })
  const found = new Set(data.map((p: any) => p.id))
  const missing = o.productIds.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${o.field}: product ${missing[0]} not found`)
  }
  if (o.ownerId) {
    const owned = new Set(await producerProductIds(container, o.ownerId, o.productIds))
    const foreign = o.productIds.find((id) => !owned.has(id))
    if (foreign) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, `${o.field}: product ${foreign} belongs to another producer`)
    }
  }
}
