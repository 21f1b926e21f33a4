import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { upgradeCertificationWorkflow } from "../../../../../../workflows/ocop/upgrade-certification"
import { retrieveCertification } from "../../../helpers/certifications"
import type { AdminUpgradeOcopCertificationType } from "../../../validators"

/**
 * POST /admin/ocop/certifications/:id/upgrade: a new, higher rating; the
 * current record becomes superseded history.
 */
export const POST = async (req: MedusaRequest<AdminUpgradeOcopCertificationType>, res: MedusaResponse) => {
  const { result } = await upgradeCertificationWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id },
  })
  res.status(201).json({
    certification: await retrieveCertification(req, result.id),
    superseded: await retrieveCertification(req, req.params.id),
  })
}
