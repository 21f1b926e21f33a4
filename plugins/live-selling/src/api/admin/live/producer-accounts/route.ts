import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createProducerAccountWorkflow } from "../../../../workflows/live/create-producer-account"
import type { AdminPostProducerAccountsType } from "../validators"

/**
 * POST /admin/live/producer-accounts: a login (email + password) for an
 * seller of the store's seller directory; it then signs in with `POST /auth/producer/emailpass`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPostProducerAccountsType>, res: MedusaResponse) => {
  const { result } = await createProducerAccountWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ producer_account: result })
}
