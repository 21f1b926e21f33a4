import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshOcopCatalogueWorkflow } from "../../../../../workflows/ocop/refresh-ocop-catalogue"
import type { AdminRebuildOcopCatalogueType } from "../../validators"

/**
 * POST /admin/ocop/catalogue/rebuild: rebuilds the store catalogue's read
 * model, for every product or the given `product_ids`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRebuildOcopCatalogueType>, res: MedusaResponse) => {
  const { product_ids } = req.validatedBody
  const { result } = await refreshOcopCatalogueWorkflow(req.scope).run({ input: product_ids ? { product_ids } : {} })
  res.json({ catalogue: result })
}
