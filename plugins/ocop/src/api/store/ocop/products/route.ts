import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cachedAnswer } from "../../../../lib/answer-cache"
import { answerRequest } from "../helpers/answer-request"
import { listCatalogue } from "../helpers/catalogue"
import type { StoreGetOcopProductsParamsType } from "../validators"

/** GET /store/ocop/products: the OCOP catalogue with filters, order, pagination and facets (cached until the read model changes). */
export const GET = async (req: MedusaRequest<unknown, StoreGetOcopProductsParamsType>, res: MedusaResponse) => {
  const params = req.validatedQuery as StoreGetOcopProductsParamsType
  res.json(await cachedAnswer(req.scope, answerRequest(req, "products"), () => listCatalogue(req, params)))
}
