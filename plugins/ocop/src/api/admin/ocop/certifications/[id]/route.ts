import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCertificationWorkflow } from "../../../../../workflows/ocop/update-certification"
import { retrieveCertification } from "../../helpers/certifications"
import type { AdminUpdateOcopCertificationType } from "../../validators"

/** GET /admin/ocop/certifications/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ certification: await retrieveCertification(req, req.params.id) })
}

/** POST /admin/ocop/certifications/:id: correct a record (the star rating may not change). */
export const POST = async (req: MedusaRequest<AdminUpdateOcopCertificationType>, res: MedusaResponse) => {
  await updateCertificationWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ certification: await retrieveCertification(req, req.params.id) })
}
