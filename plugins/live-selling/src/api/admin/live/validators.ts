import { z } from "@medusajs/framework/zod"
import { normalizeIdNumber, VERIFICATION_METHODS } from "../../../modules/livestream/lib/seller-verification"
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

export const AdminGetLiveSellers = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminGetLiveSellersType = z.infer<typeof AdminGetLiveSellers>

// Custom messages name their field (Medusa prints them without the path).
export const AdminPostSellerVerification = z.strictObject({
  legal_name: z.string().trim().min(2, "legal_name must be at least 2 characters").max(200, "legal_name must be at most 200 characters"),
  id_number: z
    .string()
    .trim()
    .refine((v) => /^[0-9A-Za-z]{8,20}$/.test(normalizeIdNumber(v)), "id_number must be 8 to 20 digits or letters"),
  method: z.enum(VERIFICATION_METHODS, { error: `method must be one of ${VERIFICATION_METHODS.join(", ")}` }),
  verified_at: z.iso.datetime({ offset: true, error: "verified_at must be an ISO 8601 date-time" }).optional(),
  note: z.string().trim().max(1000, "note must be at most 1000 characters").nullish(),
})
export type AdminPostSellerVerificationType = z.infer<typeof AdminPostSellerVerification>

export const AdminPostSellerVerificationRevoke = z.strictObject({
  reason: z.string().trim().min(3, "reason must be at least 3 characters").max(500, "reason must be at most 500 characters"),
})
export type AdminPostSellerVerificationRevokeType = z.infer<typeof AdminPostSellerVerificationRevoke>

export const AdminGetLiveRecordings = z.strictObject({
  limit: z.coerce.number({ error: "limit: expected a number" }).int("limit: expected a whole number").min(1, "limit: at least 1").max(200, "limit: at most 200").default(50),
})
export type AdminGetLiveRecordingsType = z.infer<typeof AdminGetLiveRecordings>

/** A recording id as the media server makes it. */
export const AdminLiveRecordingParams = z.strictObject({
  id: z.string().regex(/^lrec_[0-9A-Z]{26}$/, "id: expected lrec_ followed by 26 letters or digits"),
})
