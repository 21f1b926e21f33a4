import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { requireProducer } from "../../../workflows/sellers/sellers"

/** GET /producer/me: the logged-in producer (its record in the store's seller directory) and login email. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const producer = await requireProducer(req.scope, req.auth_context.actor_id, "actor_id")
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? null
  res.json({ producer, login: { email } })
}
