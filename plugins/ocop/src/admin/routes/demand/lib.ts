import Medusa from "@medusajs/js-sdk"
import { formatVnd } from "@ocop-live/contract"

/** The admin's own backend, with its session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

/** A VND amount as the shop prints it in Vietnamese (`65.000 ₫`). */
export const vnd = (n: number) => formatVnd(n)
