import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Handler = (req: any, res: MedusaResponse) => Promise<unknown> | unknown

/**
 * Runs an admin demand read for the signed-in producer: the query's scope is
 * forced to the producer's own products (`producer_id` = the actor), so a
 * producer never sees another producer's figures.
 */
export function forOwnProducts(handler: Handler) {
  return (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    req.validatedQuery = { ...(req.validatedQuery ?? {}), producer_id: req.auth_context.actor_id }
    return handler(req, res)
  }
}
