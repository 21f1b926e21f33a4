import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUNTRY, SalesChannelIds, SeedContext } from "./context"
import {
  KIOSKS,
  LocationSeed,
  STANDARD_DELIVERY,
  WAREHOUSE,
  pickupOptionName,
} from "./locations-data"

export type LocationIds = Record<string, string>

async function ensureShippingProfile({ container }: SeedContext) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (profile) return profile
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  return result[0]
}

/** An address the seed once wrote wrong (e.g. the Tân Thanh kiosk's commune) is corrected on the next seed. */
async function correctAddress(
  { container, log }: SeedContext,
  location: { id: string; address?: { address_1?: string | null; city?: string | null } | null },
  seed: LocationSeed
) {
  if (location.address?.address_1 === seed.address_1 && location.address?.city === seed.city) return
  log(`Stock location address: ${seed.name}`)
  await updateStockLocationsWorkflow(container).run({
    input: {
      selector: { id: location.id },
      update: { address: { address_1: seed.address_1, city: seed.city, country_code: "VN" } },
    },
  })
}

async function ensureLocation(ctx: SeedContext, seed: LocationSeed, channels: SalesChannelIds) {
  const { container, log } = ctx
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await stockLocations.listStockLocations({ name: seed.name }, { relations: ["address"] })
  if (existing) {
    await correctAddress(ctx, existing, seed)
    return existing
  }
  log(`Stock location: ${seed.name}`)
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: seed.name,
          address: { address_1: seed.address_1, city: seed.city, country_code: "VN" },
          metadata: { kind: seed.kind, key: seed.key, description: seed.description },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: Object.values(channels) },
  })
  return location
}

async function hasFulfillmentSet({ container }: SeedContext, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.id"],
    filters: { id: locationId },
  })
  return (data[0]?.fulfillment_sets ?? []).length > 0
}

async function addFulfillment(
  { container }: SeedContext,
  locationId: string,
  seed: LocationSeed,
  profileId: string,
  regionId: string
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const isPickup = seed.kind === "kiosk"
  const set = await fulfillment.createFulfillmentSets({
    name: `${seed.name} — ${isPickup ? "pickup" : "delivery"}`,
    type: isPickup ? "pickup" : "shipping",
    service_zones: [{ name: `Việt Nam — ${seed.name}`, geo_zones: [{ country_code: COUNTRY, type: "country" }] }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])
  const option = isPickup
    ? { name: pickupOptionName(seed), code: `pickup-${seed.key}`, description: seed.description, amount: 0 }
    : STANDARD_DELIVERY
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: option.name,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profileId,
        type: { label: option.name, description: option.description, code: option.code },
        prices: [
          { currency_code: "vnd", amount: option.amount },
          { region_id: regionId, amount: option.amount },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
}

/** Warehouse (standard delivery) and kiosks (pickup), each with its shipping option. */
export async function ensureLocations(
  ctx: SeedContext,
  channels: SalesChannelIds,
  regionId: string
): Promise<LocationIds> {
  const profile = await ensureShippingProfile(ctx)
  const ids: LocationIds = {}
  for (const seed of [WAREHOUSE, ...KIOSKS]) {
    const location = await ensureLocation(ctx, seed, channels)
    if (!(await hasFulfillmentSet(ctx, location.id))) {
      await addFulfillment(ctx, location.id, seed, profile.id, regionId)
    }
    ids[seed.key] = location.id
  }
  return ids
}
