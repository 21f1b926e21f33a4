import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clearClaimLines } from "../../../modules/livestream/store/claim-lines"
import { liveContext } from "../../../live/live-context"

export const clearClaimLinesStepId = "clear-live-claim-lines"
/**
 * This step forgets the cart lines of ended claims once the lines are gone.
 */
export const clearClaimLinesStep = createStep(
  clearClaimLinesStepId,
  async (claimIds: string[], { container }) => {
    await clearClaimLines(liveContext(container).db, claimIds)
    return new StepResponse(claimIds)
  }
)
