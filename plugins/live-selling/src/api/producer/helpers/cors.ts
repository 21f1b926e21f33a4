import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

let handler: ReturnType<typeof cors> | null = null

/**
 * CORS for `/producer/*` (Medusa sets it up only for /store, /admin and
 * /auth): the producer tools run in the storefront or the admin origins.
 */
export function producerCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!handler) {
    const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
    const origins = [http.storeCors, http.adminCors].filter(Boolean).join(",")
    handler = cors({ origin: parseCorsOrigins(origins), credentials: true })
  }
  return handler(req as any, res as any, next)
}
