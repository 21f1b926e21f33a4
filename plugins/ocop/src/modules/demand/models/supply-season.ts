import { model } from "@medusajs/framework/utils"

export const SEASON_SOURCES = ["catalogue", "operator"] as const

/**
 * A product's harvest window: the main months, an off-season crop, whether
 * the sources confirm it (`uncertain`), and whether unsold volume spoils.
 * One per product (`product_id`); seeded from the catalogue, edited by
 * operators.
 */
const SupplySeason = model
  .define("supply_season", {
    id: model.id({ prefix: "dsea" }).primaryKey(),
    product_id: model.text(),
    /** months 1-12 of the main harvest */
    months: model.json(),
    /** months 1-12 of an off-season crop */
    off_season_months: model.json(),
    uncertain: model.boolean().default(false),
    perishable: model.boolean().default(false),
    source: model.enum([...SEASON_SOURCES]).default("operator"),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default SupplySeason
