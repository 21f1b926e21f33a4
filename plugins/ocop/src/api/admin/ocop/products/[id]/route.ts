import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificationHistory, currentCertification, currentMarkRight } from "../../../../../modules/ocop/lib"
import { withEffectiveStatus } from "../../helpers/certifications"

/** Each mark with the producer's current right to use it (`use_right`, null: none recorded). */
function withMarkRights(provenance: any) {
  if (!provenance) return null
  return {
    ...provenance,
    marks: (provenance.marks ?? []).map(({ use_rights, ...mark }: any) => ({
      ...mark,
      use_right: currentMarkRight(use_rights, provenance.producer?.id),
    })),
  }
}

/**
 * GET /admin/ocop/products/:id: a product's OCOP data for the dashboard
 * widgets: current certification, history and provenance.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: certifications }, { data: provenances }] = await Promise.all([
    query.graph({ entity: "ocop_certification", fields: ["*", "producer.id", "producer.name"], filters: { product_id: req.params.id } }),
    query.graph({
      entity: "ocop_product_provenance",
      fields: ["*", "producer.*", "marks.*", "marks.use_rights.*", "planting_areas.*", "standards.*"],
      filters: { product_id: req.params.id },
    }),
  ])
  const now = new Date()
  const current = currentCertification(certifications as any[])
  res.json({
    product_id: req.params.id,
    current: current ? withEffectiveStatus(current, now) : null,
    certifications: certificationHistory(certifications as any[]).map((c) => withEffectiveStatus(c, now)),
    provenance: withMarkRights(provenances[0] ?? null),
  })
}
