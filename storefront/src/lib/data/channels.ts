import "server-only"

export type ChannelKey = "online" | "kiosk" | "live"

/**
 * Sales channel ids, from OCOP_SALES_CHANNELS (`{"online":"sc_…","kiosk":"sc_…","live":"sc_…"}`
 * or `online=sc_…,kiosk=sc_…`). The store API does not list sales channels, and the
 * seeded publishable key serves three, so Medusa needs the id when a cart is created.
 * Without it, carts are created without one (fine for a key with a single channel).
 */
export function salesChannelId(key: ChannelKey): string | undefined {
  const raw = process.env["OCOP_SALES_CHANNELS"]?.trim()
  if (!raw) return undefined
  let map: Record<string, string> = {}
  try {
    map = raw.startsWith("{")
      ? JSON.parse(raw)
      : Object.fromEntries(raw.split(",").map((kv) => kv.split("=").map((s) => s.trim())))
  } catch {
    return undefined
  }
  return map[key] || map.online || undefined
}
