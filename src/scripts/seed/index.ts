import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEED_VERSION, SeedContext } from "./context"
import { ensureStore, setStoreDefaults } from "./store"
import { ensureRegion, ensureTaxRegion } from "./region"
import { ensureSalesChannels } from "./sales-channels"
import { ensureLocations } from "./locations"
import { ensurePublishableKey } from "./api-key"
import { ensureProducts } from "./products"
import { ensureAdminUser } from "./admin-user"
import { ensureOcop } from "./ocop"
import { ensureDemand } from "./demand"
import { ensureLive } from "./live"

export type SeedResult = {
  publishableKey: string
  admin: { email: string; password: string }
  productsCreated: number
}

/** The payment providers offered in Vietnam that are registered in this process. */
async function availablePaymentProviders(container: MedusaContainer) {
  const payment = container.resolve(Modules.PAYMENT)
  const providers = await payment.listPaymentProviders({ is_enabled: true })
  return providers.map((p) => p.id)
}

/**
 * Seeds the store for Lạng Sơn: idempotent, so a second run adds and
 * changes nothing. Each step looks its records up by a natural key first.
 */
export async function seedLangSon(
  container: MedusaContainer,
  log: (message: string) => void = () => {}
): Promise<SeedResult> {
  const ctx: SeedContext = { container, log }
  await ensureStore(ctx)
  const channels = await ensureSalesChannels(ctx)
  const region = await ensureRegion(ctx, await availablePaymentProviders(container))
  await ensureTaxRegion(ctx)
  const locations = await ensureLocations(ctx, channels, region.id)
  const publishableKey = await ensurePublishableKey(ctx, channels)
  const { created } = await ensureProducts(ctx, channels, locations.warehouse)
  await ensureOcop(ctx)
  await ensureLive(ctx)
  await setStoreDefaults(ctx, {
    default_sales_channel_id: channels.online,
    default_region_id: region.id,
    default_location_id: locations.warehouse,
  })
  const admin = await ensureAdminUser(ctx)
  await ensureDemand(ctx)
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  if (store.metadata?.seed_version !== SEED_VERSION) {
    await storeService.updateStores(store.id, { metadata: { ...store.metadata, seed_version: SEED_VERSION } })
  }
  return { publishableKey, admin, productsCreated: created }
}
