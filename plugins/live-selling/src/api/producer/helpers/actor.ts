import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { LiveActor } from "../../../workflows/sellers/actor"

/**
 * The producer or admin user behind a `/producer/*` or `/admin/live/*`
 * request (its routes share handlers; authorisation is per stream).
 */
export function liveActor(req: AuthenticatedMedusaRequest<any, any>): LiveActor {
  const { actor_type, actor_id } = req.auth_context ?? {}
  if ((actor_type === "producer" || actor_type === "user") && actor_id) {
    return { type: actor_type, id: actor_id }
  }
  throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a producer or an admin user")
}
