import { z } from "@medusajs/framework/zod"

/** `POST /store/carts/:id/age-confirmation`: the buyer says they are 18 or older. */
export const AgeConfirmationSchema = z
  .object({
    confirmed_adult: z.literal(true, { message: "confirmed_adult: must be true (the buyer is 18 or older)" }),
  })
  .strict()

export type AgeConfirmation = z.infer<typeof AgeConfirmationSchema>
