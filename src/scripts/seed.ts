import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedLangSon } from "./seed/index"

/** `npm run seed`: the Lạng Sơn store, channels, kiosks, catalogue and logins. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedLangSon(container, (m) => logger.info(`seed: ${m}`))
  logger.info(`seed: done (${result.productsCreated} products created)`)
  logger.info(`Publishable API key: ${result.publishableKey}`)
  logger.info(`Admin login: ${result.admin.email} / ${result.admin.password}`)
}
