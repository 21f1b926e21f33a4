import Medusa from "@medusajs/js-sdk"

/** The admin's own backend, with its session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

/** Money as every client prints it (`65.000 ₫`), from the shared contract. */
export { formatVnd as vnd } from "@ocop-live/contract"
