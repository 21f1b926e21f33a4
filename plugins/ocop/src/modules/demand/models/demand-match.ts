import { model } from "@medusajs/framework/utils"

/**
 * Demand against supply for one product in one ISO week, as computed by the
 * matching job (see lib/matching.ts for the rules). Units are sale units.
 */
const DemandMatch = model
  .define("demand_match", {
    id: model.id({ prefix: "dmat" }).primaryKey(),
    week: model.text(),
    product_id: model.text(),
    status: model.enum(["shortage", "surplus", "balanced"]),
    phase: model.enum(["main", "off", "none", "all_year"]),
    demand: model.number(),
    supply: model.number(),
    committed: model.number(),
    available: model.number(),
    balance: model.number(),
    magnitude: model.number(),
    out_of_season: model.boolean().default(false),
    season_uncertain: model.boolean().default(false),
    multiplier: model.float(),
    /** estimated demand per channel: "online" and kiosk keys */
    channels: model.json(),
    computed_at: model.dateTime(),
  })
  .indexes([
    { on: ["week", "product_id"], unique: true },
    { on: ["product_id", "week"] },
    { on: ["week", "status"] },
  ])

export default DemandMatch
