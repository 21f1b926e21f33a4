import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCertificationWorkflow } from "../../../../workflows/ocop/create-certification"
import { CERTIFICATION_FIELDS, retrieveCertification, withEffectiveStatus } from "../helpers/certifications"
import type { AdminCreateOcopCertificationType, AdminListOcopCertificationsType } from "../validators"

/** GET /admin/ocop/certifications: certification records, newest decision first. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { limit, offset, product_id, status } = req.validatedQuery as AdminListOcopCertificationsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (product_id) filters.product_id = product_id
  if (status) filters.status = status
  const { data, metadata } = await query.graph({
    entity: "ocop_certification",
    fields: CERTIFICATION_FIELDS,
    filters,
    pagination: { take: limit, skip: offset, order: { decided_at: "DESC" } },
  })
  const now = new Date()
  res.json({
    certifications: data.map((c: any) => withEffectiveStatus(c, now)),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}

/** POST /admin/ocop/certifications: certify a product (stars follow from the scores). */
export const POST = async (req: MedusaRequest<AdminCreateOcopCertificationType>, res: MedusaResponse) => {
  const { result } = await createCertificationWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ certification: await retrieveCertification(req, result.id) })
}
