import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleLiveClaims } from "../workflows/live/settle-live-claims"

/**
 * Every minute, on the worker: live holds past their time expire and their
 * units go back to the offer (broadcast as `offer:stock`), even when no
 * gateway is running its own sweep; lines of ended holds leave open carts.
 */
export default async function expireLiveClaims(container: MedusaContainer) {
  const result = await settleLiveClaims(container)
  if (result.expired || result.released || result.removed) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `Live holds: ${result.expired} expired, ${result.released} released, ${result.removed} cart lines removed`
      )
  }
}

export const config = {
  name: "expire-live-claims",
  schedule: "* * * * *",
}
