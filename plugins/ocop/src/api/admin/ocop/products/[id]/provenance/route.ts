import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setProductProvenanceWorkflow } from "../../../../../../workflows/ocop/set-product-provenance"
import type { AdminSetOcopProvenanceType } from "../../../validators"

/**
 * POST /admin/ocop/products/:id/provenance: set the producer, season,
 * traceability URL and the marks, planting areas and standards (lists replace).
 */
export const POST = async (req: MedusaRequest<AdminSetOcopProvenanceType>, res: MedusaResponse) => {
  await setProductProvenanceWorkflow(req.scope).run({ input: { ...req.validatedBody, product_id: req.params.id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_product_provenance",
    fields: ["*", "producer.*", "marks.*", "planting_areas.*", "standards.*"],
    filters: { product_id: req.params.id },
  })
  res.json({ provenance: data[0] })
}
