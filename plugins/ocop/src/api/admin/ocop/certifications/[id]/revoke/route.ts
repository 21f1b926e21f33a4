import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificationWorkflow } from "../../../../../../workflows/ocop/revoke-certification"
import { retrieveCertification } from "../../../helpers/certifications"
import type { AdminRevokeOcopCertificationType } from "../../../validators"

/** POST /admin/ocop/certifications/:id/revoke: the product loses its badge, stays on sale. */
export const POST = async (req: MedusaRequest<AdminRevokeOcopCertificationType>, res: MedusaResponse) => {
  await revokeCertificationWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ certification: await retrieveCertification(req, req.params.id) })
}
