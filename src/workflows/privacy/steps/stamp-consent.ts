import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { consentRecord } from "../../../lib/privacy"

export const stampConsentStepId = "stamp-personal-data-consent"
/**
 * The consent record: the privacy notice's version and the server's time
 * (a step, so a retried workflow keeps the first time).
 */
export const stampConsentStep = createStep(stampConsentStepId, async () => {
  return new StepResponse(consentRecord(new Date()))
})
