import { model } from "@medusajs/framework/utils"
import OcopMarkUseRight from "./mark-use-right"
import OcopProductProvenance from "./product-provenance"

export const MARK_KINDS = [
  "geographical_indication",
  "collective_mark",
  "certification_mark",
] as const

/**
 * An intellectual-property mark: a geographical indication (GI, owned by the
 * State, managed by a provincial body), a collective mark or a certification
 * mark. `registry_number` (e.g. GI No. 00140) only when a source gives it.
 */
const OcopMark = model
  .define("ocop_mark", {
    id: model.id({ prefix: "ocmk" }).primaryKey(),
    handle: model.text(),
    kind: model.enum([...MARK_KINDS]),
    /** translatable (Translation Module): the store routes serve it in the visitor's language */
    name: model.text().searchable().translatable(),
    registry_number: model.text().nullable(),
    decision: model.text().nullable(),
    holder: model.text().nullable(),
    protected_area: model.text().nullable(),
    year: model.number().nullable(),
    source_url: model.text().nullable(),
    note: model.text().nullable(),
    provenances: model.manyToMany(() => OcopProductProvenance, { mappedBy: "marks" }),
    /** the producers allowed to use it (a product shows the badge only then) */
    use_rights: model.hasMany(() => OcopMarkUseRight, { mappedBy: "mark" }),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["kind"] },
    { on: ["registry_number"] },
  ])

export default OcopMark
