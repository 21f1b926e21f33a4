import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateCatalogueAnswers } from "../../../lib/answer-cache"
import { OCOP_MODULE } from "../../../modules/ocop"
import { changedCatalogueProducts } from "../../../modules/ocop/lib/catalogue/changes"
import type { CatalogueEntryInput } from "../../../modules/ocop/lib/catalogue/entry"
import type OcopModuleService from "../../../modules/ocop/service"
import { loadCatalogueEntries, LoadCatalogueEntriesInput } from "./load-catalogue-entries"

type Previous = { written: string[]; before: CatalogueEntryInput[] }

/**
 * Reads the products and OCOP records and writes their catalogue rows,
 * removing those of products that are gone (every other row on a full
 * rebuild). Each row carries when its reads started (`source_at`): a
 * refresh that read earlier never overwrites or removes a newer row, so
 * concurrent refreshes (a burst of product events, a rebuild) need no lock.
 * Returns which products' rows it changed: new, different from the stored
 * ones (not only re-stamped), or removed.
 * Compensation puts back the rows as they were and removes new ones.
 */
export const refreshCatalogueEntriesStep = createStep(
  "refresh-ocop-catalogue-entries",
  async (input: LoadCatalogueEntriesInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const sourceAt = new Date()
    const loaded = await loadCatalogueEntries(container, input)
    const written = loaded.entries.map((e) => e.product_id)
    const before = await ocop.readCatalogueEntries(written)
    await ocop.writeCatalogueEntries(loaded.entries.map((e) => ({ ...e, source_at: sourceAt })))
    const removed = loaded.full
      ? await ocop.pruneCatalogueEntries(written, sourceAt)
      : await ocop.removeCatalogueEntries(loaded.gone_ids, sourceAt)
    const previous: Previous = { written, before: [...before, ...removed] }
    const changed_product_ids = [
      ...changedCatalogueProducts(before, loaded.entries),
      ...removed.map((e) => e.product_id),
    ]
    return new StepResponse({ written: written.length, removed: removed.length, changed_product_ids }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const existed = new Set(previous.before.map((e) => e.product_id))
    await ocop.removeCatalogueEntries(previous.written.filter((id) => !existed.has(id)))
    await ocop.writeCatalogueEntries(previous.before, true)
    await invalidateCatalogueAnswers(container)
  }
)
