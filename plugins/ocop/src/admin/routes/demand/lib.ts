import Medusa from "@medusajs/js-sdk"

/** The admin's own backend, with its session cookie. */
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  auth: { type: "session" },
})

export const vnd = (n: number) => `${Math.round(n).toLocaleString("vi-VN")} ₫`
export const compact = (n: number) =>
  n >= 1e9 ? `${(n / 1e9).toFixed(1)} tỷ` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} tr` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : `${Math.round(n)}`

/** Week label without the year: "W49". */
export const shortWeek = (week: string) => week.slice(5)

/** Colours from the admin's palette (Tailwind ui-* tokens don't reach SVG attributes). */
export const COLORS = {
  demand: "#f97316",
  supply: "#3b82f6",
  realized: "#a1a1aa",
  shortage: "rgba(239, 68, 68, 0.14)",
  surplus: "rgba(34, 197, 94, 0.14)",
  bar: "#6366f1",
  grid: "#e4e4e7",
  text: "#71717a",
}
