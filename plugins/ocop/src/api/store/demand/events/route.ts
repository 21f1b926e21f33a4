import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DemandEventInput } from "../../../../modules/demand/lib"
import { recordDemandEventsWorkflow } from "../../../../workflows/demand/record-demand-events"

/**
 * POST /store/demand/events: a batch of up to 500 demand signals from the
 * storefront, a kiosk or the live widget (validated by the middleware).
 * Stored whole or not at all. Answers `{ recorded }`.
 */
export const POST = async (req: MedusaRequest<{ events: DemandEventInput[] }>, res: MedusaResponse) => {
  const { result } = await recordDemandEventsWorkflow(req.scope).run({
    input: { events: req.validatedBody.events, source: "store" },
  })
  res.json({ recorded: result.recorded })
}
