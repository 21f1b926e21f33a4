import { model } from "@medusajs/framework/utils"
import OcopProductProvenance from "./product-provenance"

export const STANDARD_KINDS = ["vietgap", "organic", "globalgap"] as const

/**
 * A production standard: VietGAP, organic (TCVN 11041) or GlobalGAP.
 * `illustrative` records state a reported fact without certificate details.
 */
const OcopStandard = model
  .define("ocop_standard", {
    id: model.id({ prefix: "ocstd" }).primaryKey(),
    handle: model.text(),
    kind: model.enum([...STANDARD_KINDS]),
    certificate_number: model.text().nullable(),
    issuer: model.text().nullable(),
    valid_until: model.dateTime().nullable(),
    /** translatable: the store routes serve it in the visitor's language */
    scope: model.text().translatable().nullable(),
    illustrative: model.boolean().default(false),
    source_url: model.text().nullable(),
    provenances: model.manyToMany(() => OcopProductProvenance, { mappedBy: "standards" }),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["kind"] },
  ])

export default OcopStandard
