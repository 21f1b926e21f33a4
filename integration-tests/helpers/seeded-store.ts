import type { MedusaContainer } from "@medusajs/framework/types"
import { seedLangSon, SeedResult } from "../../src/scripts/seed/index"

/** Seeds the Lạng Sơn store in a test database and returns store-API headers. */
export async function seedStore(container: MedusaContainer) {
  const seed: SeedResult = await seedLangSon(container)
  return {
    seed,
    storeHeaders: { headers: { "x-publishable-api-key": seed.publishableKey } },
  }
}
