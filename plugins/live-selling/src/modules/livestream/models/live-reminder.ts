import { model } from "@medusajs/framework/utils"

/**
 * "Remind me" on a scheduled stream: who to tell (an e-mail, and the
 * customer when signed in) when it goes live. `notified_at` is set once,
 * by whoever sends the reminder first (`claimUnsentReminders`), so each
 * reminder is sent exactly once.
 */
const LiveReminder = model
  .define("live_reminder", {
    id: model.id({ prefix: "lrem" }).primaryKey(),
    stream_id: model.text(),
    email: model.text(),
    customer_id: model.text().nullable(),
    /** the language to write in (vi, en, zh) */
    locale: model.text().default("vi"),
    notified_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_live_reminder_stream_email_unique", on: ["stream_id", "email"], unique: true },
    { name: "IDX_live_reminder_unsent", on: ["stream_id"], where: "notified_at IS NULL" },
  ])

export default LiveReminder
