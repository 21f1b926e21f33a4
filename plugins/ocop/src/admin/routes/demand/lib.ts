import Medusa from "@medusajs/js-sdk"

/** The admin's own backend, with its session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

export const vnd = (n: number) => `${Math.round(n).toLocaleString("vi-VN")} ₫`
