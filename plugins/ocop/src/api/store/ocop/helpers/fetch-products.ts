import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Options = {
  productFields: string[]
  provenanceFields: string[]
  filters: Record<string, unknown>
  context: object
  /** the request's locale (`?locale=`, `x-medusa-locale`): Query applies the Translation Module's texts */
  locale?: string
}

/**
 * Products with their certifications and their provenance (producer,
 * marks, planting areas, standards) as `ocop_provenance`, read through Query.
 * Both in the request's locale: the products' texts and the OCOP texts marked
 * translatable (mark names, standard scopes, the producer's story).
 */
export async function fetchProductsWithOcop(req: MedusaRequest, options: Options) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: options.productFields,
    filters: options.filters,
    context: options.context,
  }, { locale: options.locale })
  if (!products.length) return []
  const { data: provenances } = await query.graph({
    entity: "ocop_product_provenance",
    fields: options.provenanceFields,
    filters: { product_id: products.map((p: { id: string }) => p.id) },
  }, { locale: options.locale })
  const byProduct = new Map(provenances.map((p: any) => [p.product_id, p]))
  return products.map((p: any) => ({ ...p, ocop_provenance: byProduct.get(p.id) ?? null }))
}
