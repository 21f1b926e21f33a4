import { model } from "@medusajs/framework/utils"

/**
 * The volume a producer (or an operator for it) expects to have for sale
 * in one ISO week, in the product's sale units. One per product and week.
 */
const SupplyForecast = model
  .define("supply_forecast", {
    id: model.id({ prefix: "dfct" }).primaryKey(),
    product_id: model.text(),
    /** ISO week, e.g. "2026-W49" */
    week: model.text(),
    quantity: model.number(),
    note: model.text().nullable(),
    /** the admin user (or producer) who set it */
    set_by: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id", "week"], unique: true },
    { on: ["week"] },
  ])
  .checks([{ name: "supply_forecast_quantity_positive", expression: (c) => `${c.quantity} >= 0` }])

export default SupplyForecast
