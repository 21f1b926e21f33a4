import "server-only"
import { runtimeConfig } from "../config"

export type ChannelKey = "online" | "kiosk" | "live"

/** A `{"online":"…","kiosk":"…","live":"…"}` or `online=…,kiosk=…` env variable, by channel. */
function byChannel(name: string): Record<string, string> {
  const raw = process.env[name]?.trim()
  if (!raw) return {}
  try {
    return raw.startsWith("{")
      ? JSON.parse(raw)
      : Object.fromEntries(raw.split(",").map((kv) => kv.split("=").map((s) => s.trim())))
  } catch {
    return {}
  }
}

/**
 * Sales channel ids, from OCOP_SALES_CHANNELS (the store API does not list
 * them). Each seeded key has one channel, so naming it when a cart is created
 * only confirms it; a key with several channels needs it. Without it, Medusa
 * puts the cart in the key's channel.
 */
export function salesChannelId(key: ChannelKey): string | undefined {
  const map = byChannel("OCOP_SALES_CHANNELS")
  return map[key] || map.online || undefined
}

/**
 * The publishable key of a sales channel, from OCOP_PUBLISHABLE_KEYS (one key
 * per channel, each on that channel only: kiosk carts are created with the
 * kiosk key, the live widget uses the livestream key). Without it, the
 * storefront's key (NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY, the online store's).
 */
export function channelPublishableKey(key: ChannelKey): string {
  return byChannel("OCOP_PUBLISHABLE_KEYS")[key] || runtimeConfig().publishableKey
}
