import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificationsWorkflow } from "../workflows/ocop/expire-certifications"

/**
 * Daily: stores "expired" on OCOP certificates past their 36 months and
 * emits `ocop.certification.expired`. (Reads already hide the badge from
 * the day the validity ends; this keeps the records and admin in step.)
 */
export default async function expireOcopCertificationsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await expireCertificationsWorkflow(container).run({ input: {} })
  if (result.length) {
    logger.info(`OCOP: ${result.length} certification(s) expired`)
  }
}

export const config = {
  name: "expire-ocop-certifications",
  schedule: "0 1 * * *",
}
