import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateCatalogueAnswers } from "../../../lib/answer-cache"

/**
 * After the catalogue rows changed: the cached catalogue pages and stats
 * are stale. (If the workflow rolls back, the refresh step's compensation
 * invalidates again once the old rows are back.)
 */
export const invalidateCatalogueAnswersStep = createStep(
  "invalidate-ocop-catalogue-answers",
  async (_: void, { container }) => {
    await invalidateCatalogueAnswers(container)
    return new StepResponse(undefined)
  }
)
