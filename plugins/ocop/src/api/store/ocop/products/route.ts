import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCatalogue } from "../helpers/catalogue"
import type { StoreGetOcopProductsParamsType } from "../validators"

/** GET /store/ocop/products: the OCOP catalogue with filters, order, pagination and facets. */
export const GET = async (req: MedusaRequest<unknown, StoreGetOcopProductsParamsType>, res: MedusaResponse) => {
  res.json(await listCatalogue(req, req.validatedQuery as StoreGetOcopProductsParamsType))
}
