import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createLiveReminderWorkflow } from "../../../../../../workflows/live/create-live-reminder"
import type { StorePostLiveReminderType } from "../../../validators"

/** The signed-in customer's e-mail, if any. */
async function customerEmail(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const id = req.auth_context?.actor_id
  if (!id) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["email"], filters: { id } })
  return data[0]?.email ?? null
}

/**
 * POST /store/live/streams/:id/reminders: "remind me" on a scheduled
 * stream. `{ email?, locale }`; a signed-in customer's own e-mail by
 * default. One e-mail is sent when the stream goes live. Answers `{ reminder }`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePostLiveReminderType>, res: MedusaResponse) => {
  const email = (req.validatedBody.email ?? (await customerEmail(req)))?.toLowerCase()
  if (!email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: required unless you are signed in")
  }
  const { result } = await createLiveReminderWorkflow(req.scope).run({
    input: {
      stream_id: req.params.id,
      email,
      customer_id: req.auth_context?.actor_id ?? null,
      locale: req.validatedBody.locale,
    },
  })
  res.status(201).json({
    reminder: { id: result.id, stream_id: result.stream_id, email: result.email, locale: result.locale },
  })
}
