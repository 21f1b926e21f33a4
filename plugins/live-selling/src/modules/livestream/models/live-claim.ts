import { model } from "@medusajs/framework/utils"
import LiveOffer from "./live-offer"

export const CLAIM_STATUSES = ["held", "converted", "released", "expired"] as const

/**
 * Units of an offer held for one buyer (`customer_key`: a customer id or a
 * guest id) until `expires_at`, then converted into an order line or given
 * back (released / expired). `idempotency_key` is unique per offer.
 */
const LiveClaim = model
  .define("live_claim", {
    id: model.id({ prefix: "lclm" }).primaryKey(),
    offer: model.belongsTo(() => LiveOffer, { mappedBy: "claims" }),
    stream_id: model.text(),
    customer_key: model.text(),
    customer_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    quantity: model.number(),
    price: model.number(),
    status: model.enum([...CLAIM_STATUSES]).default("held"),
    idempotency_key: model.text(),
    expires_at: model.dateTime(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    converted_at: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      name: "IDX_live_claim_offer_idempotency_key_unique",
      on: ["offer_id", "idempotency_key"],
      unique: true,
    },
    { on: ["offer_id", "customer_key"] },
    { on: ["status", "expires_at"] },
    { on: ["cart_id"] },
    { on: ["stream_id"] },
  ])
  .checks([
    { name: "live_claim_quantity_positive", expression: (c) => `${c.quantity} > 0` },
    { name: "live_claim_price_positive", expression: (c) => `${c.price} >= 0` },
  ])

export default LiveClaim
