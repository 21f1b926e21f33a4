import { z } from "@medusajs/framework/zod"
import { PAGE } from "@ocop-live/contract"

export const StoreGetLiveStreams = z.object({
  status: z.enum(["live", "scheduled", "ended"]).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE.max).default(PAGE.default),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreGetLiveStreamsType = z.infer<typeof StoreGetLiveStreams>

export const StorePostLiveClaimCart = z.strictObject({
  cart_id: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "cart_id must be a cart id"),
})
export type StorePostLiveClaimCartType = z.infer<typeof StorePostLiveClaimCart>

/**
 * The one-step order of a claim: how to pay (cash on delivery or a VietQR
 * transfer; never a paid state), and optionally which shipping option and
 * which saved address (default: the cheapest option, the default address).
 */
export const StorePostLiveClaimOrder = z.strictObject({
  payment: z.enum(["cod", "vietqr"], { message: "payment: must be cod or vietqr" }),
  shipping_option_id: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "shipping_option_id: must be an id").optional(),
  address_id: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_]+$/, "address_id: must be an id").optional(),
})
export type StorePostLiveClaimOrderType = z.infer<typeof StorePostLiveClaimOrder>

/** No fields: the stream is in the path, the customer in the token. */
export const StorePostLiveTicket = z.strictObject({})
export type StorePostLiveTicketType = z.infer<typeof StorePostLiveTicket>

/** "Remind me": the e-mail to tell (a signed-in customer's own by default) and its language. */
export const StorePostLiveReminder = z.strictObject({
  email: z.email({ message: "email: must be an e-mail address" }).max(254).optional(),
  locale: z.enum(["vi", "en", "zh"]).default("vi"),
})
export type StorePostLiveReminderType = z.infer<typeof StorePostLiveReminder>
