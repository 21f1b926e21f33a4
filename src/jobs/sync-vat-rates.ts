import type { MedusaContainer } from "@medusajs/framework/types"
import { syncVatRatesWorkflow } from "../workflows/tax/sync-vat-rates"
import { vatSyncInput } from "../config/vat"

/**
 * Every day at 00:01 Vietnam time (17:01 UTC), on the worker: the VAT rates
 * become those in force that day (e.g. 10 % instead of 8 % from 01/01/2027).
 * Idempotent: on other days it changes nothing.
 */
export default async function syncVatRates(container: MedusaContainer) {
  const { result } = await syncVatRatesWorkflow(container).run({ input: vatSyncInput(new Date()) })
  if (result.created.length || result.updated.length) {
    container.resolve("logger").info(
      `VAT rates: ${result.created.length} created, ${result.updated.length} updated (${result.updated.map((r) => `${r.code} ${r.rate} %`).join(", ")})`
    )
  }
}

export const config = {
  name: "sync-vat-rates",
  schedule: "1 17 * * *",
}
