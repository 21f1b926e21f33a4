import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { computeDemandMatchesWorkflow } from "../../../../../workflows/demand/compute-demand-matches"
import type { AdminComputeDemandMatchesType } from "../../validators"

/**
 * POST /admin/demand/matches/compute: runs the matching now (the job runs
 * it every hour). Answers `{ week, weeks, matches, suggestions }` (counts).
 */
export const POST = async (req: MedusaRequest<AdminComputeDemandMatchesType>, res: MedusaResponse) => {
  const { result } = await computeDemandMatchesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
