import "server-only"
import { unstable_cache } from "next/cache"
import { memo, sdk } from "../medusa"
import { channelPublishableKey } from "./channels"

/** The kiosk's VietQR receiving account (public: a printed QR shows it), from `GET /store/kiosk/payee`. */
export type KioskPayee = { bank_bin: string; account_number: string; account_name: string | null }

const load = memo(60_000, async () => {
  const { vietqr } = await sdk(channelPublishableKey("kiosk")).client.fetch<{ vietqr: KioskPayee | null }>("/store/kiosk/payee", {
    cache: "no-store",
  })
  return vietqr
})

/** In Next's data cache too (a no-store fetch would make the kiosk shop page, served from cache, per request). */
const cachedLoad = unstable_cache(() => load("kiosk"), ["ocop-kiosk-payee"], { revalidate: 60, tags: ["kiosk-payee"] })

/**
 * The payee the kiosk page carries with its catalogue (the service worker
 * keeps the page, so it is there offline too); null when the backend has no
 * VietQR account or does not answer (offline VietQR then stays hidden).
 */
export async function kioskPayee(): Promise<KioskPayee | null> {
  return cachedLoad().catch(() => null)
}
