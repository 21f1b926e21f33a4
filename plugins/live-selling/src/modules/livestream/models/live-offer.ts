import { model } from "@medusajs/framework/utils"
import LiveClaim from "./live-claim"
import LiveStream from "./live-stream"

export const OFFER_STATUSES = ["scheduled", "live", "ended"] as const
export const OFFER_END_REASONS = ["sold_out", "time", "stopped"] as const

/**
 * A flash offer: `quantity` units of one variant at a live `price` (integer
 * VND) between `starts_at` and `ends_at`. `claimed` counts held + converted
 * claims and can never exceed `quantity` (check constraint).
 */
const LiveOffer = model
  .define("live_offer", {
    id: model.id({ prefix: "loff" }).primaryKey(),
    stream: model.belongsTo(() => LiveStream, { mappedBy: "offers" }),
    variant_id: model.text(),
    product_id: model.text(),
    title: model.text(),
    thumbnail: model.text().nullable(),
    price: model.number(),
    original_price: model.number().nullable(),
    quantity: model.number(),
    claimed: model.number().default(0),
    per_customer_limit: model.number().default(1),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    status: model.enum([...OFFER_STATUSES]).default("scheduled"),
    end_reason: model.enum([...OFFER_END_REASONS]).nullable(),
    ended_at: model.dateTime().nullable(),
    // Generation of the offer's Redis claim state (Redis engine only).
    stock_gen: model.text().nullable(),
    claims: model.hasMany(() => LiveClaim, { mappedBy: "offer" }),
  })
  .indexes([
    { on: ["status", "starts_at"] },
    { on: ["status", "ends_at"] },
    { on: ["variant_id"] },
  ])
  .checks([
    { name: "live_offer_quantity_positive", expression: (c) => `${c.quantity} > 0` },
    { name: "live_offer_claimed_range", expression: (c) => `${c.claimed} >= 0 AND ${c.claimed} <= ${c.quantity}` },
    { name: "live_offer_price_positive", expression: (c) => `${c.price} >= 0` },
    {
      name: "live_offer_original_price_positive",
      expression: (c) => `${c.original_price} IS NULL OR ${c.original_price} >= 0`,
    },
    { name: "live_offer_limit_positive", expression: (c) => `${c.per_customer_limit} > 0` },
    { name: "live_offer_window", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
  ])

export default LiveOffer
