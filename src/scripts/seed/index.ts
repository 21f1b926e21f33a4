import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEED_VERSION, SeedContext } from "./context"
import { ensureStore, setStoreDefaults } from "./store"
import { ensureRegion, ensureTaxRegion } from "./region"
import { ensureSalesChannels } from "./sales-channels"
import { ensureLocations } from "./locations"
import { ensurePublishableKeys, PublishableKeys } from "./api-key"
import { ensureProducts } from "./products"
import { ensureTranslations } from "./translations"
import { ensureAdminUser } from "./admin-user"
import { ensureOcop } from "./ocop"
import { ensureCompliance } from "./compliance"
import { ensureDemand } from "./demand"
import { ensureLive } from "./live"
import { demoLogins, Login } from "./demo-logins"
import { ensureCatalogue } from "./catalogue"

export type SeedResult = {
  /** The online store's key: the one stock Medusa clients and the storefront use. */
  publishableKey: string
  /** One key per sales channel (online, kiosk, live), each on that channel only. */
  publishableKeys: PublishableKeys
  /** The demo logins (null in production: no demo account); `created` when this run made them. */
  admin: (Login & { created: boolean }) | null
  producer: Login | null
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
 * The demo logins (admin, producer) only outside production (`env.NODE_ENV`).
 */
export async function seedLangSon(
  container: MedusaContainer,
  log: (message: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env
): Promise<SeedResult> {
  const ctx: SeedContext = { container, log }
  const logins = demoLogins(env)
  await ensureStore(ctx)
  const channels = await ensureSalesChannels(ctx)
  const region = await ensureRegion(ctx, await availablePaymentProviders(container))
  await ensureTaxRegion(ctx)
  const locations = await ensureLocations(ctx, channels, region.id)
  const publishableKeys = await ensurePublishableKeys(ctx, channels)
  const { created } = await ensureProducts(ctx, channels, locations.warehouse)
  await ensureTranslations(ctx)
  await ensureCompliance(ctx)
  await ensureOcop(ctx)
  await ensureLive(ctx, logins?.producer ?? null)
  await setStoreDefaults(ctx, {
    default_sales_channel_id: channels.online,
    default_region_id: region.id,
    default_location_id: locations.warehouse,
  })
  const admin = await ensureAdminUser(ctx, logins?.admin ?? null)
  await ensureDemand(ctx)
  await ensureCatalogue(ctx)
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  if (store.metadata?.seed_version !== SEED_VERSION) {
    await storeService.updateStores(store.id, { metadata: { ...store.metadata, seed_version: SEED_VERSION } })
  }
  return {
    publishableKey: publishableKeys.online,
    publishableKeys,
    admin,
    producer: logins?.producer ?? null,
    productsCreated: created,
  }
}
