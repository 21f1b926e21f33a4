import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { pricingContext, productIdsInChannels, salesChannelIds } from "../../helpers/context"
import { presentDetail } from "../../helpers/present"
import { fetchProductsWithOcop } from "../../helpers/fetch-products"
import { DETAIL_PRODUCT_FIELDS, DETAIL_PROVENANCE_FIELDS } from "../../helpers/query-config"
import type { StoreGetOcopProductParamsType } from "../../validators"

/**
 * GET /store/ocop/products/:handle: the product page, with the producer's
 * story, marks, planting-area codes, standards, traceability URL and the
 * certification history.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetOcopProductParamsType>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreGetOcopProductParamsType
  const context = await pricingContext(req, region_id)
  const [product] = await fetchProductsWithOcop(req, {
    productFields: DETAIL_PRODUCT_FIELDS,
    provenanceFields: DETAIL_PROVENANCE_FIELDS,
    filters: { handle: req.params.handle, status: "published" },
    context,
    locale: req.locale,
  })
  const inChannels = product && (await productIdsInChannels(req, salesChannelIds(req), [product.id])).length
  if (!product || !inChannels) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with handle ${req.params.handle} was not found`)
  }
  res.json({ product: presentDetail(product, new Date()) })
}
