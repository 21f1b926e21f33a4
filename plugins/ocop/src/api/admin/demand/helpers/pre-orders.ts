import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListPreOrdersType } from "../validators"
import { resolveProductScope } from "./scope"

/** One page of pre-orders with their product and order (the admin and producer lists). */
export async function listPreOrderPage(scope: MedusaContainer, q: AdminListPreOrdersType) {
  const productIds = await resolveProductScope(scope, q)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "pre_order",
    fields: ["*", "product.title", "product.handle", "order.display_id"],
    filters: {
      ...(productIds ? { product_id: productIds } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.expected_week ? { expected_week: q.expected_week } : {}),
      ...(q.order_id ? { order_id: q.order_id } : {}),
    },
    pagination: { take: q.limit, skip: q.offset, order: { expected_week: "ASC", created_at: "ASC" } },
  })
  return { data: data as Record<string, any>[], count: metadata?.count ?? data.length }
}
