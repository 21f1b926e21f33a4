import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseCustomerWorkflow } from "../../../../../workflows/privacy/erase-customer"

/** The signed-in customer deletes their account and data; the answer says what was done. */
export async function POST(req: AuthenticatedMedusaRequest<{ confirm: true }>, res: MedusaResponse) {
  const { result } = await eraseCustomerWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, auth_identity_id: req.auth_context.auth_identity_id },
  })
  res.json({ erasure: result })
}
