import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTourismEventsWorkflow, updateTourismEventWorkflow } from "../../../../../workflows/demand/tourism-calendar"
import type { AdminUpdateTourismEventType } from "../../validators"

/** POST /admin/demand/calendar/:id: change dates, multiplier, name… */
export const POST = async (req: MedusaRequest<AdminUpdateTourismEventType>, res: MedusaResponse) => {
  const { result } = await updateTourismEventWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ event: result })
}

/** DELETE /admin/demand/calendar/:id */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await deleteTourismEventsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "tourism_event", deleted: true })
}
