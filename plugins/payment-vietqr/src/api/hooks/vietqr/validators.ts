import { z } from "@medusajs/framework/zod"

const id = z.union([z.number().int(), z.string().min(1)])
const integerVnd = z.union([z.number().int(), z.string().regex(/^-?\d+$/)])

/** SePay money-in/out webhook (vietqr.md §12.1). Unknown fields are kept. */
export const SepayNotificationSchema = z.looseObject({
  id,
  transferType: z.enum(["in", "out"]),
  transferAmount: integerVnd,
  accountNumber: z.string(),
  content: z.string().nullish(),
  description: z.string().nullish(),
  code: z.string().nullish(),
  referenceCode: z.string().nullish(),
  transactionDate: z.string().nullish(),
})

/** Casso webhook v2 (vietqr.md §12.2): `{ error, data: {...} }`. */
export const CassoNotificationSchema = z.looseObject({
  error: z.number().optional(),
  data: z.looseObject({
    id,
    amount: integerVnd,
    accountNumber: z.string(),
    description: z.string().nullish(),
    reference: z.string().nullish(),
    transactionDateTime: z.string().nullish(),
  }),
})

export const PostVietQrNotificationSchema = z.union([
  SepayNotificationSchema,
  CassoNotificationSchema,
])

export type PostVietQrNotification = z.infer<typeof PostVietQrNotificationSchema>

/** Headers: `x-vietqr-signature: sha256=<hex>` over `<timestamp>.<raw body>`, and the required `x-vietqr-timestamp` (Unix seconds, within 5 minutes). */
export const SIGNATURE_HEADER = "x-vietqr-signature"
export const TIMESTAMP_HEADER = "x-vietqr-timestamp"
