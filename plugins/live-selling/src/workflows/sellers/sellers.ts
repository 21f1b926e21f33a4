import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import type { SellerDirectory } from "../../modules/livestream/lib/seller-directory"
import { isLiveRestricted, liveRestrictedMessage } from "../../modules/livestream/lib/live-restriction"

export type ProducerSummary = { id: string; name: string; [field: string]: unknown }

function directory(container: MedusaContainer): SellerDirectory | null {
  return container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).sellers
}

/**
 * The seller (the stream's producer) from the store's seller directory, or
 * NOT_FOUND naming `field`; NOT_ALLOWED when the store configured none.
 */
export async function requireProducer(
  container: MedusaContainer,
  producerId: string,
  field = "producer_id"
): Promise<ProducerSummary> {
  const sellers = directory(container)
  if (!sellers) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${field}: this store has no seller directory (live-selling option "sellers")`
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: sellers.entity, fields: ["*"], filters: { id: producerId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${field}: producer ${producerId} not found`)
  }
  return data[0] as ProducerSummary
}

export type SellerIdentity = {
  id: string
  name: string
  legal_name: string | null
  registration_number: string | null
  address: string | null
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null)

/**
 * Who sells, by seller id: name, and the identity buyers see (legal name,
 * business registration number, address) from the directory's fields named
 * in `sellers.identity` (null where the store names none or has no value).
 */
export async function sellerIdentities(container: MedusaContainer, sellerIds: string[]): Promise<Map<string, SellerIdentity>> {
  const sellers = directory(container)
  const ids = [...new Set(sellerIds.filter(Boolean))]
  if (!sellers || !ids.length) {
    return new Map()
  }
  const identity = sellers.identity ?? {}
  const addressFields = identity.address ? [identity.address].flat() : []
  const fields = [
    ...new Set(["id", "name", identity.legal_name, identity.registration_number, ...addressFields].filter(Boolean) as string[]),
  ]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: sellers.entity, fields, filters: { id: ids } })
  return new Map(
    data.map((s: Record<string, unknown>) => {
      const address = addressFields.map((f) => text(s[f])).filter(Boolean).join(", ")
      return [
        s.id as string,
        {
          id: s.id as string,
          name: String(s.name ?? ""),
          legal_name: identity.legal_name ? text(s[identity.legal_name]) : null,
          registration_number: identity.registration_number ? text(s[identity.registration_number]) : null,
          address: address || null,
        },
      ]
    })
  )
}

/** Of `productIds` (or all), the products the seller owns (none without a directory). */
export async function producerProductIds(
  container: MedusaContainer,
  producerId: string,
  productIds?: string[]
): Promise<string[]> {
  const sellers = directory(container)
  if (!sellers) {
    return []
  }
  const { entity, seller_field, product_field } = sellers.products
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity,
    fields: [product_field],
    filters: { [seller_field]: producerId, ...(productIds ? { [product_field]: productIds } : {}) },
  })
  return data.map((p: Record<string, string>) => p[product_field])
}

/** The seller of each of `productIds` that one owns (empty without a directory). */
export async function productSellers(container: MedusaContainer, productIds: string[]): Promise<Map<string, string>> {
  const sellers = directory(container)
  if (!sellers || !productIds.length) {
    return new Map()
  }
  const { entity, seller_field, product_field } = sellers.products
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: [seller_field, product_field], filters: { [product_field]: productIds } })
  return new Map(data.map((p: Record<string, string>) => [p[product_field], p[seller_field]]))
}

/**
 * Refuses products a producer does not own (FORBIDDEN) and, for anyone,
 * products that do not exist (NOT_FOUND) or are `live_restricted`
 * (INVALID_DATA), naming `field`.
 */
export async function assertProducts(
  container: MedusaContainer,
  o: { productIds: string[]; ownerId: string | null; field: string }
) {
  if (!o.productIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: o.productIds } })
  const found = new Set(data.map((p: { id: string }) => p.id))
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
  const restricted = data.find((p: { metadata?: Record<string, unknown> | null }) => isLiveRestricted(p.metadata))
  if (restricted) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, liveRestrictedMessage(o.field, restricted.id))
  }
}
