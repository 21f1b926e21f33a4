import { model } from "@medusajs/framework/utils"
import OcopProductProvenance from "./product-provenance"

export const PLANTING_AREA_KINDS = ["planting_area", "packing_facility"] as const

/**
 * A planting-area code (mã số vùng trồng) or packing-facility code.
 * `illustrative` codes follow the national format but are not official.
 */
const OcopPlantingArea = model
  .define("ocop_planting_area", {
    id: model.id({ prefix: "ocpa" }).primaryKey(),
    code: model.text(),
    kind: model.enum([...PLANTING_AREA_KINDS]).default("planting_area"),
    area_ha: model.float().nullable(),
    location: model.text(),
    crop: model.text().nullable(),
    illustrative: model.boolean().default(false),
    note: model.text().nullable(),
    source_url: model.text().nullable(),
    provenances: model.manyToMany(() => OcopProductProvenance, { mappedBy: "planting_areas" }),
  })
  .indexes([{ on: ["code"], unique: true }])
  .checks([
    {
      name: "ocop_planting_area_area_positive",
      expression: (c) => `${c.area_ha} IS NULL OR ${c.area_ha} > 0`,
    },
  ])

export default OcopPlantingArea
