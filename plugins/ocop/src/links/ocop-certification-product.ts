import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** ocop_certification.product: the certified product (admin lists show its title). */
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertification, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
