import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { CURRENCY, STORE_NAME, SeedContext } from "./context"

/** Names the store and makes VND its (only, default) currency. */
export async function ensureStore({ container, log }: SeedContext) {
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  const hasVnd = store.supported_currencies?.some(
    (c) => c.currency_code === CURRENCY && c.is_default
  )
  const [preference] = await container
    .resolve(Modules.PRICING)
    .listPricePreferences({ attribute: "currency_code", value: CURRENCY })
  if (store.name === STORE_NAME && hasVnd && preference?.is_tax_inclusive) {
    return store
  }
  log(`Store: "${STORE_NAME}" with VND as default currency`)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        // Vietnamese retail prices include VAT: totals stay whole đồng
        supported_currencies: [{ currency_code: CURRENCY, is_default: true, is_tax_inclusive: true }],
      },
    },
  })
  return store
}

export async function setStoreDefaults(
  { container }: SeedContext,
  defaults: { default_sales_channel_id: string; default_region_id: string; default_location_id: string }
) {
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  const unchanged = Object.entries(defaults).every(([k, v]) => store[k] === v)
  if (unchanged) return
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: defaults },
  })
}
