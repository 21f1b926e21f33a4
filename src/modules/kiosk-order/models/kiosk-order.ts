import { model } from "@medusajs/framework/utils"

/**
 * An order placed by a kiosk under the kiosk's own idempotency key: the
 * key is unique, so a replayed or concurrent submission finds the order
 * already placed instead of placing a second one.
 */
const KioskOrder = model
  .define("kiosk_order", {
    id: model.id({ prefix: "kord" }).primaryKey(),
    idempotency_key: model.text(),
    order_id: model.text(),
    location_key: model.text(),
  })
  .indexes([{ on: ["idempotency_key"], unique: true }])

export default KioskOrder
