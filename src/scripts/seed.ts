import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedLangSon } from "./seed/index"

/** `npm run seed`: the Lạng Sơn store, channels, kiosks, catalogue and logins. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedLangSon(container, (m) => logger.info(`seed: ${m}`))
  logger.info(`seed: done (${result.productsCreated} products created)`)
  logger.info(`Publishable API key: ${result.publishableKey} (online store)`)
  logger.info(`Kiosk key: ${result.publishableKeys.kiosk}, livestream key: ${result.publishableKeys.live}`)
  if (!result.admin) {
    logger.info("No demo logins in production: create the admin with `npx medusa user -e EMAIL -p PASSWORD`")
  } else if (result.admin.created && result.admin.generated) {
    // no ADMIN_PASSWORD was given (not through `npm start`): this is the only place it is shown
    logger.info(`Admin login: ${result.admin.email} / ${result.admin.password}`)
    if (result.producer?.generated) logger.info(`Producer login: ${result.producer.email} / ${result.producer.password}`)
  }
}
