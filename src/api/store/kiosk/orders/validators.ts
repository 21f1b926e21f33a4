import { z } from "@medusajs/framework/zod"

/** One kiosk order: the kiosk's own idempotency key, its location, what and how it is paid. */
export const PostStoreKioskOrderSchema = z
  .object({
    idempotency_key: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "idempotency_key: 16–64 letters, digits, _ or -"),
    location: z.string().regex(/^[a-z0-9-]{1,64}$/, "location: a kiosk location key"),
    payment: z.enum(["cash", "vietqr"]),
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1).max(100),
            quantity: z.number().int().min(1).max(99),
          })
          .strict()
      )
      .min(1)
      .max(50),
  })
  .strict()

export type PostStoreKioskOrder = z.infer<typeof PostStoreKioskOrderSchema>
