import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LiveOrderVariant } from "../../../modules/livestream/lib/live-order"

export type LoadLiveOrderFactsInput = {
  variant_id: string
  region_id: string
  sales_channel_id?: string | null
  address: { country_code?: string | null; province?: string | null; city?: string | null; postal_code?: string | null }
}

export type LiveShippingOffer = {
  id: string
  name: string
  amount: number
  is_tax_inclusive: boolean
  data: Record<string, unknown> | null
}

const VARIANT_FIELDS = [
  "id", "title", "sku", "barcode", "manage_inventory", "allow_backorder", "options.value", "options.option.title",
  "product.id", "product.title", "product.subtitle", "product.description", "product.handle", "product.thumbnail",
  "product.discountable", "product.is_giftcard", "product.metadata", "product.type.id", "product.type.value", "product.collection.title",
  "product.shipping_profile.id", "inventory_items.inventory_item_id", "inventory_items.required_quantity",
  "inventory_items.inventory.requires_shipping", "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.available_quantity",
]

export const loadLiveOrderFactsStepId = "load-live-order-facts"
/**
 * This step reads what an order without a cart needs: the claim's variant
 * (names, inventory items and their levels), the sales channel's stock
 * locations, and the shipping options that deliver from them to the address
 * (store options, not returns) priced for the region: one query each,
 * instead of a cart's pricing, tax and refresh. It writes nothing.
 */
export const loadLiveOrderFactsStep = createStep(
  loadLiveOrderFactsStepId,
  async (input: LoadLiveOrderFactsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const salesChannelId =
      input.sales_channel_id ??
      ((await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] }))[0]
        ?.default_sales_channel_id as string | undefined)
    if (!salesChannelId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "the store has no sales channel for live orders")
    }
    const [{ data: variants }, { data: channels }, { data: regions }] = await Promise.all([
      query.graph({ entity: "product_variant", fields: VARIANT_FIELDS, filters: { id: input.variant_id } }),
      query.graph({
        entity: "sales_channel",
        fields: ["id", "stock_locations.id", "stock_locations.fulfillment_sets.id"],
        filters: { id: salesChannelId },
      }),
      query.graph({ entity: "region", fields: ["id", "currency_code", "automatic_taxes"], filters: { id: input.region_id } }),
    ])
    const variant = variants[0] as unknown as LiveOrderVariant | undefined
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: the claim's variant ${input.variant_id} no longer exists`)
    }
    const locations = ((channels[0] as any)?.stock_locations ?? []) as { id: string; fulfillment_sets?: { id: string }[] }[]
    const fulfillmentSetIds = [...new Set(locations.flatMap((l) => (l.fulfillment_sets ?? []).map((f) => f.id)))]
    const currencyCode = regions[0]?.currency_code as string
    const deliverable = fulfillmentSetIds.length
      ? await container.resolve(Modules.FULFILLMENT).listShippingOptionsForContext(
          {
            fulfillment_set_id: fulfillmentSetIds,
            context: { is_return: "false", enabled_in_store: "true" },
            address: {
              country_code: input.address.country_code ?? undefined,
              province_code: input.address.province ?? undefined,
              city: input.address.city ?? undefined,
              postal_expression: input.address.postal_code ?? undefined,
            },
          },
          { select: ["id"] }
        )
      : []
    const { data: options } = deliverable.length
      ? await query.graph({
          entity: "shipping_option",
          fields: ["id", "name", "data", "calculated_price.*"],
          filters: { id: deliverable.map((o) => o.id) },
          context: { calculated_price: QueryContext({ currency_code: currencyCode, region_id: input.region_id }) },
        })
      : { data: [] as any[] }
    const shipping: LiveShippingOffer[] = options
      .filter((o: any) => o.calculated_price?.calculated_amount != null)
      .map((o: any) => ({
        id: o.id,
        name: o.name,
        amount: Number(o.calculated_price.calculated_amount),
        is_tax_inclusive: !!o.calculated_price.is_calculated_price_tax_inclusive,
        data: o.data ?? null,
      }))
    return new StepResponse({
      variant,
      sales_channel_id: salesChannelId,
      currency_code: currencyCode,
      automatic_taxes: !!regions[0]?.automatic_taxes,
      location_ids: locations.map((l) => l.id),
      shipping,
    })
  }
)
