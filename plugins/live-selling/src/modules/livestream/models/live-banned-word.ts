import { model } from "@medusajs/framework/utils"

export const BANNED_WORD_ACTIONS = ["mask", "block"] as const

/** A word masked (or a message refused) in chat; null `stream_id` = global. */
const LiveBannedWord = model
  .define("live_banned_word", {
    id: model.id({ prefix: "lbwd" }).primaryKey(),
    stream_id: model.text().nullable(),
    word: model.text(),
    action: model.enum([...BANNED_WORD_ACTIONS]).default("mask"),
  })
  .indexes([{ on: ["stream_id"] }])
  .checks([
    {
      name: "live_banned_word_length",
      expression: (c) => `char_length(${c.word}) BETWEEN 1 AND 100`,
    },
  ])

export default LiveBannedWord
