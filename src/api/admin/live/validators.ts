import { z } from "@medusajs/framework/zod"
import { GetProducerStreams, idOf, PostBannedWords, PostProducerStreams } from "../../producer/validators"

export const AdminGetLiveStreams = GetProducerStreams.extend({ producer_id: idOf("producer_id").optional() })
export type AdminGetLiveStreamsType = z.infer<typeof AdminGetLiveStreams>

export const AdminPostLiveStreams = PostProducerStreams.extend({ producer_id: idOf("producer_id") })
export type AdminPostLiveStreamsType = z.infer<typeof AdminPostLiveStreams>

export const AdminPostBannedWords = PostBannedWords
export type AdminPostBannedWordsType = z.infer<typeof AdminPostBannedWords>

export const AdminPostProducerAccounts = z.strictObject({
  producer_id: idOf("producer_id"),
  email: z.email({ error: "email must be an email address" }).max(200).transform((e) => e.toLowerCase()),
  password: z.string().min(10, "must be at least 10 characters").max(200),
})
export type AdminPostProducerAccountsType = z.infer<typeof AdminPostProducerAccounts>
