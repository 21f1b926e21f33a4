import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OcopEvents } from "../modules/ocop/events"
import { refreshOcopCatalogueWorkflow } from "../workflows/ocop/refresh-ocop-catalogue"

/**
 * Certificates the daily job stored as expired: their products' rows (the
 * badge is already gone at read time; this keeps the stored status in step).
 * The other OCOP workflows refresh the rows they touch themselves.
 */
export default async function ocopCatalogueExpiredHandler({
  event: { data },
  container,
}: SubscriberArgs<{ product_ids?: string[] }>) {
  const productIds = data.product_ids ?? []
  if (!productIds.length) return
  await refreshOcopCatalogueWorkflow(container).run({ input: { product_ids: productIds } })
}

export const config: SubscriberConfig = {
  event: OcopEvents.CERTIFICATION_EXPIRED,
  context: { subscriberId: "ocop-catalogue-expired" },
}
