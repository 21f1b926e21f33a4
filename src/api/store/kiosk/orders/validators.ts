import { z } from "@medusajs/framework/zod"
import { CART_LINE_QUANTITY_MAX } from "@ocop-live/contract"
import { referenceFromKey } from "@ocop-live/payment-vietqr/lib/vietqr"

/**
 * One kiosk order: the kiosk's own idempotency key, its location, what and
 * how it is paid. A VietQR order queued offline may carry the reference its
 * QR showed; it must be the server's derivation from the key (the backend
 * uses that derivation either way).
 */
export const PostStoreKioskOrderSchema = z
  .object({
    idempotency_key: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "idempotency_key: 16–64 letters, digits, _ or -"),
    location: z.string().regex(/^[a-z0-9-]{1,64}$/, "location: a kiosk location key"),
    payment: z.enum(["cash", "vietqr"]),
    vietqr_reference: z.string().max(32, "vietqr_reference: at most 32 characters").optional(),
    items: z
      .array(
        z
          .object({
            variant_id: z.string().min(1).max(100),
            quantity: z.number().int().min(1).max(CART_LINE_QUANTITY_MAX),
          })
          .strict()
      )
      .min(1)
      .max(50),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.vietqr_reference === undefined) return
    if (body.payment !== "vietqr") {
      ctx.addIssue({ code: "custom", path: ["vietqr_reference"], message: "vietqr_reference: only for payment vietqr" })
    } else if (body.vietqr_reference !== referenceFromKey(body.idempotency_key)) {
      ctx.addIssue({
        code: "custom",
        path: ["vietqr_reference"],
        message: "vietqr_reference: does not match the reference derived from idempotency_key",
      })
    }
  })

export type PostStoreKioskOrder = z.infer<typeof PostStoreKioskOrderSchema>
