import { z } from "@medusajs/framework/zod"
import { isIsoWeek, PRE_ORDER_PAYMENT_MODES } from "../../../modules/demand/lib"

export const isoWeek = z.string().refine(isIsoWeek, { message: "expected an ISO week such as 2026-W49" })

export const StoreCreatePreOrder = z.object({
  variant_id: z.string().min(1),
  quantity: z.number().int().min(1).max(1000),
  payment_mode: z.enum(PRE_ORDER_PAYMENT_MODES),
  /** default: the product's next harvest week */
  expected_week: isoWeek.optional(),
  cart_id: z.string().min(1).optional(),
  note: z.string().max(500).optional(),
})
export type StoreCreatePreOrderType = z.infer<typeof StoreCreatePreOrder>

export const StoreListPreOrders = z.object({
  cart_id: z.string().min(1).optional(),
})
export type StoreListPreOrdersType = z.infer<typeof StoreListPreOrders>

export const StoreRecordKioskHandover = z
  .object({
    cart_id: z.string().min(1).max(64),
    location_key: z.string().regex(/^[a-z0-9-]{1,64}$/, "expected a location key such as ky-lua"),
  })
  .strict()
export type StoreRecordKioskHandoverType = z.infer<typeof StoreRecordKioskHandover>
