import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type { CatalogueEntryInput } from "../../../modules/ocop/lib/catalogue/entry"
import type OcopModuleService from "../../../modules/ocop/service"
import { loadCatalogueEntries, LoadCatalogueEntriesInput } from "./load-catalogue-entries"

type Previous = { written: string[]; before: CatalogueEntryInput[] }

/** One refresh at a time (across processes with Redis), so a slow one never writes over a newer one. */
const LOCK_KEY = "ocop-catalogue-refresh"

/**
 * Reads the products and OCOP records and writes their catalogue rows,
 * removing those of products that are gone (every other row on a full
 * rebuild), under a lock: each refresh reads after the previous one wrote.
 * Compensation puts back the rows as they were and removes new ones.
 */
export const refreshCatalogueEntriesStep = createStep(
  "refresh-ocop-catalogue-entries",
  async (input: LoadCatalogueEntriesInput, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(
      LOCK_KEY,
      async () => {
        const loaded = await loadCatalogueEntries(container, input)
        const written = loaded.entries.map((e) => e.product_id)
        const before = await ocop.readCatalogueEntries(written)
        await ocop.writeCatalogueEntries(loaded.entries)
        const removed = loaded.full
          ? await ocop.pruneCatalogueEntries(written)
          : await ocop.removeCatalogueEntries(loaded.gone_ids)
        const previous: Previous = { written, before: [...before, ...removed] }
        return new StepResponse({ written: written.length, removed: removed.length }, previous)
      },
      { timeout: 120 }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const existed = new Set(previous.before.map((e) => e.product_id))
    await ocop.removeCatalogueEntries(previous.written.filter((id) => !existed.has(id)))
    await ocop.writeCatalogueEntries(previous.before)
  }
)
