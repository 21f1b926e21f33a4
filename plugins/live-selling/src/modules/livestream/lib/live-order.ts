/**
 * A held claim as an order without a cart: the claim fixes the variant, the
 * quantity and the live price, so the order's line is written from the
 * variant directly (what Medusa copies from a cart line), and its stock
 * reservation from the variant's inventory items at the sales channel's
 * locations (what Medusa reserves when a cart completes).
 */

export type LiveOrderVariant = {
  id: string
  title?: string | null
  sku?: string | null
  barcode?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  options?: { value?: string | null; option?: { title?: string | null } | null }[] | null
  product: {
    id: string
    title: string
    subtitle?: string | null
    description?: string | null
    handle?: string | null
    thumbnail?: string | null
    discountable?: boolean | null
    is_giftcard?: boolean | null
    metadata?: Record<string, unknown> | null
    type?: { id?: string | null; value?: string | null } | null
    collection?: { title?: string | null } | null
    shipping_profile?: { id?: string | null } | null
  }
  inventory_items?: {
    inventory_item_id: string
    required_quantity?: number | null
    inventory?: {
      requires_shipping?: boolean | null
      location_levels?: { location_id: string; available_quantity?: number | string | null }[] | null
    } | null
  }[] | null
}

export type LiveOrderItem = {
  variant_id: string
  quantity: number
  unit_price: number
  compare_at_unit_price?: number
  is_tax_inclusive: boolean
  metadata: Record<string, unknown>
}

export type LiveOrderShipping = {
  id: string
  name: string
  amount: number
  is_tax_inclusive: boolean
  data?: Record<string, unknown> | null
}

/** The order line of a claim's item: the variant's and product's names copied as Medusa copies them from a cart line. */
export function liveOrderLineOf(item: LiveOrderItem, variant: LiveOrderVariant) {
  const { product } = variant
  const optionValues = Object.fromEntries(
    (variant.options ?? []).filter((o) => o?.option?.title).map((o) => [o.option!.title!, o.value ?? null])
  )
  return {
    title: product.title,
    subtitle: variant.title ?? null,
    thumbnail: product.thumbnail ?? null,
    variant_id: variant.id,
    product_id: product.id,
    product_title: product.title,
    product_description: product.description ?? null,
    product_subtitle: product.subtitle ?? null,
    product_type: product.type?.value ?? null,
    product_type_id: product.type?.id ?? null,
    product_collection: product.collection?.title ?? null,
    product_handle: product.handle ?? null,
    variant_sku: variant.sku ?? null,
    variant_barcode: variant.barcode ?? null,
    variant_title: variant.title ?? null,
    variant_option_values: optionValues,
    requires_shipping: !!product.shipping_profile?.id || (variant.inventory_items ?? []).some((i) => !!i.inventory?.requires_shipping),
    is_discountable: product.discountable ?? true,
    is_giftcard: product.is_giftcard ?? false,
    is_tax_inclusive: item.is_tax_inclusive,
    quantity: item.quantity,
    unit_price: item.unit_price,
    compare_at_unit_price: item.compare_at_unit_price ?? null,
    metadata: item.metadata,
  }
}

/** The shipping method an order gets for the chosen option (tax lines are added with the order's). */
export function liveOrderShippingMethodOf(option: LiveOrderShipping) {
  return {
    name: option.name,
    amount: option.amount,
    is_tax_inclusive: option.is_tax_inclusive,
    shipping_option_id: option.id,
    data: option.data ?? {},
  }
}

export type InventoryToReserve = {
  id: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: number
  location_ids: string[]
}

/**
 * What to reserve for an order line (reserveInventoryStep's input): one
 * entry per inventory item of a variant whose inventory is managed, at the
 * sales channel's locations (those with enough available, else those
 * stocking it, else all, as Medusa picks them). Null when a managed variant
 * cannot be reserved there (no inventory item, or no location): the order is
 * refused.
 */
export function inventoryToReserveOf(
  line: { id: string; quantity: number },
  variant: Pick<LiveOrderVariant, "manage_inventory" | "allow_backorder" | "inventory_items">,
  locationIds: string[]
): InventoryToReserve[] | null {
  if (variant.manage_inventory === false) {
    return []
  }
  const items = variant.inventory_items ?? []
  if (!items.length || (!locationIds.length && !variant.allow_backorder)) {
    return null
  }
  return items.map((i) => {
    const required = Number(i.required_quantity ?? 1)
    const levels = (i.inventory?.location_levels ?? []).filter((l) => locationIds.includes(l.location_id))
    const enough = levels.filter((l) => Number(l.available_quantity ?? 0) >= required * line.quantity)
    const chosen = enough.length ? enough : levels.length ? levels : null
    return {
      id: line.id,
      inventory_item_id: i.inventory_item_id,
      required_quantity: required,
      allow_backorder: !!variant.allow_backorder,
      quantity: line.quantity,
      location_ids: chosen ? chosen.map((l) => l.location_id) : locationIds,
    }
  })
}

/** A tax line as the tax module answers it (`getTaxLines`). */
export type ComputedTaxLine = {
  rate_id?: string | null
  rate: number
  code: string
  name: string
  provider_id?: string | null
  data?: Record<string, unknown> | null
}

/** The tax module's lines as an order's line (or shipping method's) tax lines, as Medusa writes them. */
export function orderTaxLinesOf(lines: ComputedTaxLine[]) {
  return lines.map((l) => ({
    description: l.name,
    tax_rate_id: l.rate_id ?? undefined,
    code: l.code,
    rate: l.rate,
    provider_id: l.provider_id ?? undefined,
    data: l.data ?? null,
  }))
}
