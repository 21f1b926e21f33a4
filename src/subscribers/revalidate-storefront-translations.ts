import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, TranslationWorkflowEvents } from "@medusajs/framework/utils"
import { productChangeTags, productHandles, revalidateStorefront, revalidateTarget } from "../lib/revalidate-storefront"

type Data = { id?: string | string[] }

/**
 * A product's translation (its English or Chinese title, description…)
 * created, changed or deleted (issue 16): the product's page and the
 * catalogue lists. Deleted translations are soft-deleted, so still found.
 */
export default async function revalidateTranslations({ event, container }: SubscriberArgs<Data>) {
  if (!revalidateTarget()) return // no storefront to tell: no lookups either
  const ids = Array.isArray(event.data?.id) ? event.data.id : event.data?.id ? [event.data.id] : []
  if (!ids.length || !container.hasRegistration(Modules.TRANSLATION)) return
  const translation = container.resolve(Modules.TRANSLATION) as {
    listTranslations(filters: object, config: object): Promise<{ reference_id: string }[]>
  }
  const rows = await translation.listTranslations(
    { id: ids, reference: "product" },
    { select: ["id", "reference_id"], withDeleted: true }
  )
  if (!rows.length) return
  const handles = await productHandles(container, { productIds: [...new Set(rows.map((r) => r.reference_id))] })
  await revalidateStorefront(container, productChangeTags(handles))
}

export const config: SubscriberConfig = {
  event: [TranslationWorkflowEvents.CREATED, TranslationWorkflowEvents.UPDATED, TranslationWorkflowEvents.DELETED],
}
