import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSuggestionStatusWorkflow } from "../../../../../workflows/demand/set-suggestion-status"
import { presentSuggestion } from "../../helpers/present"
import type { AdminUpdateDemandSuggestionType } from "../../validators"

/** POST /admin/demand/suggestions/:id { status: "dismissed" | "done" | "open" } */
export const POST = async (req: MedusaRequest<AdminUpdateDemandSuggestionType>, res: MedusaResponse) => {
  const { result } = await setSuggestionStatusWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status },
  })
  res.json({ suggestion: presentSuggestion(result) })
}
