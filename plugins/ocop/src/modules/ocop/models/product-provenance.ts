import { model } from "@medusajs/framework/utils"
import OcopMark from "./mark"
import OcopPlantingArea from "./planting-area"
import OcopProducer from "./producer"
import OcopStandard from "./standard"

/**
 * Where one Medusa product comes from: its producer, harvest season, the
 * marks it may carry, its planting-area codes and standards, and a
 * traceability URL. One record per product (linked by `product_id`).
 */
const OcopProductProvenance = model
  .define("ocop_product_provenance", {
    id: model.id({ prefix: "ocpv" }).primaryKey(),
    product_id: model.text(),
    producer: model.belongsTo(() => OcopProducer, { mappedBy: "provenances" }).nullable(),
    /** months 1-12 of the main harvest season */
    season_months: model.json().nullable(),
    off_season_months: model.json().nullable(),
    season_uncertain: model.boolean().default(false),
    traceability_url: model.text().nullable(),
    marks: model.manyToMany(() => OcopMark, {
      mappedBy: "provenances",
      pivotTable: "ocop_provenance_mark",
      joinColumn: "provenance_id",
      inverseJoinColumn: "mark_id",
    }),
    planting_areas: model.manyToMany(() => OcopPlantingArea, {
      mappedBy: "provenances",
      pivotTable: "ocop_provenance_planting_area",
      joinColumn: "provenance_id",
      inverseJoinColumn: "planting_area_id",
    }),
    standards: model.manyToMany(() => OcopStandard, {
      mappedBy: "provenances",
      pivotTable: "ocop_provenance_standard",
      joinColumn: "provenance_id",
      inverseJoinColumn: "standard_id",
    }),
  })
  .indexes([{ on: ["product_id"], unique: true }])

export default OcopProductProvenance
