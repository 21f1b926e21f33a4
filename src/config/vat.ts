import { VatClass } from "../lib/compliance"
import { VAT_PRODUCT_TYPES } from "../scripts/data/compliance"
import type { SyncVatRatesInput } from "../workflows/tax/sync-vat-rates"

/** Codes and names of the Vietnam region's VAT rates, one per class. */
export const VAT_RATES: Record<VatClass, { code: string; name: string }> = {
  standard: { code: "VAT", name: "VAT" },
  farm_produce: { code: "VAT_FARM", name: "VAT nông sản chưa chế biến (unprocessed farm produce)" },
  excise_goods: { code: "VAT_EXCISE", name: "VAT hàng chịu thuế TTĐB (excise goods)" },
}

/** The input of `syncVatRatesWorkflow` for Vietnam on `at`. */
export function vatSyncInput(at: Date = new Date()): SyncVatRatesInput {
  return { country_code: "vn", at: at.toISOString(), product_types: VAT_PRODUCT_TYPES, rates: VAT_RATES }
}
