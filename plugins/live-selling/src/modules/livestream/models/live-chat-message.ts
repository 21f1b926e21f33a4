import { model } from "@medusajs/framework/utils"

/** A chat message, kept for replay and moderation (`deleted_at` = removed). */
const LiveChatMessage = model
  .define("live_chat_message", {
    id: model.id({ prefix: "lmsg" }).primaryKey(),
    stream_id: model.text(),
    user_id: model.text(),
    name: model.text(),
    role: model.text().default("viewer"),
    text: model.text(),
    deleted_by: model.text().nullable(),
  })
  .indexes([{ on: ["stream_id", "created_at"] }, { on: ["user_id"] }])

export default LiveChatMessage
