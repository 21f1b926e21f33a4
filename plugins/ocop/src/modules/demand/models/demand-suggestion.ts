import { model } from "@medusajs/framework/utils"
import { SUGGESTION_KINDS } from "../lib/types"

export const SUGGESTION_STATUSES = ["open", "dismissed", "done"] as const

/**
 * An action the matching job proposes: schedule a livestream for a surplus,
 * restock a kiosk, open pre-orders out of season, ask for more volume.
 * `handle` (kind, week, product, location) is stable across runs, so an
 * operator's "dismissed" or "done" survives the next computation.
 */
const DemandSuggestion = model
  .define("demand_suggestion", {
    id: model.id({ prefix: "dsug" }).primaryKey(),
    handle: model.text(),
    kind: model.enum([...SUGGESTION_KINDS]),
    week: model.text(),
    product_id: model.text(),
    location_key: model.text().nullable(),
    quantity: model.number(),
    /** integer VND */
    value_at_stake: model.bigNumber(),
    message: model.text(),
    message_vi: model.text(),
    status: model.enum([...SUGGESTION_STATUSES]).default("open"),
    computed_at: model.dateTime(),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["week", "status"] },
    { on: ["product_id"] },
  ])

export default DemandSuggestion
