import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/**
 * product.ocop_certifications: every certification record of a product,
 * the current one and its history (superseded, expired, revoked).
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...OcopModule.linkable.ocopCertification.id, primaryKey: "product_id", alias: "ocop_certification" },
  { readOnly: true, isList: true }
)
