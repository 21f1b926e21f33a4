import { model } from "@medusajs/framework/utils"

export const MODERATION_KINDS = ["mute", "ban"] as const

/**
 * A mute (until a time) or a ban of a user in a stream. A null `stream_id`
 * applies to every stream. Lifting a sanction soft-deletes the row.
 */
const LiveModeration = model
  .define("live_moderation", {
    id: model.id({ prefix: "lmod" }).primaryKey(),
    stream_id: model.text().nullable(),
    user_id: model.text(),
    kind: model.enum([...MODERATION_KINDS]),
    until: model.dateTime().nullable(),
    reason: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["user_id", "stream_id"] }, { on: ["stream_id"] }])

export default LiveModeration
