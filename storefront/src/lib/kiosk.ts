import "server-only"
import { unstable_cache } from "next/cache"
import { notFound } from "next/navigation"
import { pickupPoints, type ShippingOption } from "./data/cart"

export { DEFAULT_IDLE_SECONDS, idleSeconds, kioskQuery } from "./kiosk-params"

/** The pickup points in Next's data cache (10 min, as their memo): the kiosk shop page, served from cache, reads them. */
const cachedPickupPoints = unstable_cache(() => pickupPoints(), ["ocop-kiosk-points"], { revalidate: 600, tags: ["kiosk-points"] })

/** The kiosk's pickup option (by its stock location's metadata.key), or 404. */
export async function kioskPoint(key: string): Promise<ShippingOption> {
  const point = (await cachedPickupPoints()).find((p) => p.location?.key === key)
  if (!point) notFound()
  return point
}
