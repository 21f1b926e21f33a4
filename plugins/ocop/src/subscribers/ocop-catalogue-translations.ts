import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, TranslationWorkflowEvents } from "@medusajs/framework/utils"
import { refreshOcopCatalogueWorkflow } from "../workflows/ocop/refresh-ocop-catalogue"

type Data = { id?: string | string[] }

/**
 * Keeps the catalogue's translated titles (and so searching in Chinese or
 * English) in step with the Translation Module: a product's translation
 * created, changed or deleted (the `translation.*` events of Medusa's
 * translation workflows, e.g. POST /admin/translations/batch) refreshes that
 * product's row. Deleted translations are soft-deleted, so still found.
 */
export default async function ocopCatalogueTranslationsHandler({ event: { data }, container }: SubscriberArgs<Data>) {
  const ids = Array.isArray(data?.id) ? data.id : data?.id ? [data.id] : []
  if (!ids.length || !container.hasRegistration(Modules.TRANSLATION)) return
  const translation = container.resolve(Modules.TRANSLATION) as {
    listTranslations(filters: object, config: object): Promise<{ reference: string; reference_id: string }[]>
  }
  const rows = await translation.listTranslations(
    { id: ids, reference: "product" },
    { select: ["id", "reference", "reference_id"], withDeleted: true }
  )
  const productIds = [...new Set(rows.map((r) => r.reference_id))]
  if (productIds.length) {
    await refreshOcopCatalogueWorkflow(container).run({ input: { product_ids: productIds } })
  }
}

export const config: SubscriberConfig = {
  event: [TranslationWorkflowEvents.CREATED, TranslationWorkflowEvents.UPDATED, TranslationWorkflowEvents.DELETED],
  context: { subscriberId: "ocop-catalogue-translations" },
}
