import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { advancePreOrderWorkflow } from "../../../../workflows/demand/advance-pre-order"
import { withConflicts } from "./conflicts"
import { presentPreOrder } from "./present"

/** A POST handler moving a pre-order to `status` (409 when the move is not allowed). */
export const advanceTo =
  (status: "harvest_ready" | "fulfilled" | "cancelled") =>
  async (req: MedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    const { result } = await withConflicts(() =>
      advancePreOrderWorkflow(req.scope).run({
        input: { id: req.params.id, status, reason: req.validatedBody?.reason ?? null },
      })
    )
    res.json({ pre_order: presentPreOrder(result) })
  }
