import { model } from "@medusajs/framework/utils"
import { PRE_ORDER_PAYMENT_MODES, PRE_ORDER_STATUSES } from "../lib/pre-order"

/**
 * A buyer's order for a coming harvest: `quantity` of a variant expected in
 * `expected_week`, paid on delivery or with a deposit. Linked to the cart it
 * was made from and to the Medusa order once placed.
 * reserved → harvest_ready → fulfilled | cancelled.
 */
const PreOrder = model
  .define("pre_order", {
    id: model.id({ prefix: "preo" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    /** ISO week the harvest is expected, e.g. "2027-W36" */
    expected_week: model.text(),
    status: model.enum([...PRE_ORDER_STATUSES]).default("reserved"),
    payment_mode: model.enum([...PRE_ORDER_PAYMENT_MODES]),
    /** integer VND at the time of the pre-order */
    unit_price: model.bigNumber(),
    /** integer VND; 0 for cash on delivery */
    deposit_amount: model.bigNumber().default(0),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    /** where it was taken: the storefront or an operator (phone, kiosk) */
    channel: model.enum(["store", "admin"]).default("store"),
    note: model.text().nullable(),
    harvest_ready_at: model.dateTime().nullable(),
    fulfilled_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["product_id", "expected_week"] },
    { on: ["status", "expected_week"] },
    { on: ["cart_id"] },
    { on: ["order_id"] },
  ])
  .checks([{ name: "pre_order_quantity_positive", expression: (c) => `${c.quantity} > 0` }])

export default PreOrder
