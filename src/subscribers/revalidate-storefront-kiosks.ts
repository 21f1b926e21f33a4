import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentEvents, Modules, buildEventNamesFromEntityName } from "@medusajs/framework/utils"
import { kioskPointTags, revalidateStorefront } from "../lib/revalidate-storefront"

const LOCATION_EVENTS = buildEventNamesFromEntityName(["stockLocation", "stockLocationAddress"], Modules.STOCK_LOCATION)

/**
 * A stall (stock location), its address or a shipping option changed: the
 * kiosks list their pickup points (the stalls with a pickup option) and
 * show a stall's name and address from these, kept by the storefront for
 * up to 10 minutes otherwise.
 */
export default async function revalidateKiosks({ container }: SubscriberArgs<{ id?: string }>) {
  await revalidateStorefront(container, kioskPointTags())
}

export const config: SubscriberConfig = {
  event: [
    LOCATION_EVENTS.STOCK_LOCATION_CREATED,
    LOCATION_EVENTS.STOCK_LOCATION_UPDATED,
    LOCATION_EVENTS.STOCK_LOCATION_DELETED,
    LOCATION_EVENTS.STOCK_LOCATION_ADDRESS_CREATED,
    LOCATION_EVENTS.STOCK_LOCATION_ADDRESS_UPDATED,
    LOCATION_EVENTS.STOCK_LOCATION_ADDRESS_DELETED,
    FulfillmentEvents.SHIPPING_OPTION_CREATED,
    FulfillmentEvents.SHIPPING_OPTION_UPDATED,
    FulfillmentEvents.SHIPPING_OPTION_DELETED,
  ],
}
