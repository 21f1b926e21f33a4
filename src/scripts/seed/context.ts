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
export const PUBLISHABLE_KEY_TITLE = seedMeta.publishable_key_title

/** Names from seed-meta.json: `npm start` finds the channel ids by them for the storefront. */
export const SALES_CHANNELS = {
  online: { name: seedMeta.sales_channels.online, description: "Cửa hàng trực tuyến / web shop" },
  kiosk: { name: seedMeta.sales_channels.kiosk, description: "Quầy OCOP tại chợ du lịch" },
  live: { name: seedMeta.sales_channels.live, description: "Bán hàng qua livestream" },
} as const

export type SalesChannelKey = keyof typeof SALES_CHANNELS
export type SalesChannelIds = Record<SalesChannelKey, string>
