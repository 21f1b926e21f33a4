import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** ocop_product_provenance.product: e.g. the products carrying a mark (mark.provenances.product). */
export default defineLink(
  { linkable: OcopModule.linkable.ocopProductProvenance, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
