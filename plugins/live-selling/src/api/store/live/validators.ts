import { z } from "@medusajs/framework/zod"

export const StoreGetLiveStreams = z.object({
  status: z.enum(["live", "scheduled", "ended"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreGetLiveStreamsType = z.infer<typeof StoreGetLiveStreams>

export const StorePostLiveClaimCart = z.strictObject({
  cart_id: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "cart_id must be a cart id"),
})
export type StorePostLiveClaimCartType = z.infer<typeof StorePostLiveClaimCart>

/** No fields: the stream is in the path, the customer in the token. */
export const StorePostLiveTicket = z.strictObject({})
export type StorePostLiveTicketType = z.infer<typeof StorePostLiveTicket>

/** "Remind me": the e-mail to tell (a signed-in customer's own by default) and its language. */
export const StorePostLiveReminder = z.strictObject({
  email: z.email({ message: "email: must be an e-mail address" }).max(254).optional(),
  locale: z.enum(["vi", "en", "zh"]).default("vi"),
})
export type StorePostLiveReminderType = z.infer<typeof StorePostLiveReminder>
