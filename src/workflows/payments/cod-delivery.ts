export const COD_PROVIDER_ID = "pp_system_default"

type OrderForCod = {
  items?: {
    quantity?: unknown
    detail?: { quantity?: unknown; delivered_quantity?: unknown } | null
  }[] | null
  payment_collections?: {
    payments?: {
      id: string
      provider_id: string
      captured_at?: unknown
      canceled_at?: unknown
    }[] | null
  }[] | null
}

/**
 * The cash-on-delivery payments to capture once an order is delivered:
 * only when every item is fully delivered (the courier collects the whole
 * total at the last drop), and only uncaptured, uncanceled COD payments.
 */
export function codPaymentsToCapture(order: OrderForCod | null | undefined): string[] {
  const items = order?.items ?? []
  const delivered =
    items.length > 0 &&
    items.every(
      (i) =>
        Number(i.detail?.delivered_quantity ?? 0) >= Number(i.detail?.quantity ?? i.quantity ?? Infinity)
    )
  if (!delivered) {
    return []
  }
  return (order?.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .filter((p) => p.provider_id === COD_PROVIDER_ID && !p.captured_at && !p.canceled_at)
    .map((p) => p.id)
}
