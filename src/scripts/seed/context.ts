import type { MedusaContainer } from "@medusajs/framework/types"
import seedMeta from "../data/seed-meta.json"

export type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
}

export const STORE_NAME = "OCOP Lạng Sơn"
export const CURRENCY = "vnd"
export const COUNTRY = "vn"
/** Bump when the seed adds records, so `npm start` runs it again. */
export const SEED_VERSION = seedMeta.version

/** Names from seed-meta.json: `npm start` finds the channel ids by them for the storefront. */
export const SALES_CHANNELS = {
  online: { name: seedMeta.sales_channels.online, description: "Cửa hàng trực tuyến / web shop" },
  kiosk: { name: seedMeta.sales_channels.kiosk, description: "Quầy OCOP tại chợ du lịch" },
  live: { name: seedMeta.sales_channels.live, description: "Bán hàng qua livestream" },
} as const

export type SalesChannelKey = keyof typeof SALES_CHANNELS
export type SalesChannelIds = Record<SalesChannelKey, string>

/** Titles from seed-meta.json: one publishable key per sales channel (`npm start` finds them by title). */
export const PUBLISHABLE_KEY_TITLES: Record<SalesChannelKey, string> = seedMeta.publishable_keys
/** The one key on all three channels that seeds before v5 created. */
export const LEGACY_PUBLISHABLE_KEY_TITLE = seedMeta.legacy_publishable_key_title
