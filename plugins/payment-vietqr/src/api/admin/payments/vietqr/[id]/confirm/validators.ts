import { z } from "@medusajs/framework/zod"

export const PostAdminConfirmVietQrSchema = z.object({
  /** The bank's transaction reference seen on the statement, if any. */
  transaction_id: z.string().min(1).max(100).optional(),
  note: z.string().max(500).optional(),
})

export type PostAdminConfirmVietQr = z.infer<typeof PostAdminConfirmVietQrSchema>
