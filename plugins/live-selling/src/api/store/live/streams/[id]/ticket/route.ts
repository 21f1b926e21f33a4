import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { liveContext } from "../../../../../../live/live-context"
import { signLiveTicket } from "../../../../../../modules/livestream/lib/live-ticket"
import { getStream } from "../../../../../../modules/livestream/store/streams"
import type { StorePostLiveTicketType } from "../../../validators"

/**
 * POST /store/live/streams/:id/ticket: `{ ticket, expires_at }`, a ticket for
 * the live gateway naming the signed-in customer and this stream, valid 60 s
 * (handshake `auth: { ticket }`). Pages hand it to <ocop-live> instead of the
 * customer's token, which never goes into their HTML.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostLiveTicketType>, res: MedusaResponse) => {
  const stream = await getStream(liveContext(req.scope).db, req.params.id)
  if (!stream) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: stream ${req.params.id} not found`)
  }
  const { jwtSecret } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  const { ticket, expiresAt } = signLiveTicket(String(jwtSecret), {
    streamId: stream.id,
    customerId: req.auth_context.actor_id,
    authIdentityId: req.auth_context.auth_identity_id,
  })
  res.json({ ticket, expires_at: expiresAt.toISOString() })
}
