/** Pure rules of kiosk orders (unit-tested in __tests__). */

export type KioskLine = { variant_id: string; quantity: number }
export type KioskPayment = "cash" | "vietqr"

/** Cash at the stall is Medusa's system provider; VietQR stays pending until the bank confirms. */
export const KIOSK_PROVIDERS: Record<KioskPayment, string> = {
  cash: "pp_system_default",
  vietqr: "pp_vietqr_vietqr",
}

/** The seeded pickup option of a kiosk location (`pickup-ky-lua`). */
export const pickupOptionCode = (location: string) => `pickup-${location}`

/** The same variant on several lines counts once, with the quantities added. */
export function mergeLines(items: KioskLine[]): KioskLine[] {
  const byVariant = new Map<string, number>()
  for (const i of items) byVariant.set(i.variant_id, (byVariant.get(i.variant_id) ?? 0) + i.quantity)
  return [...byVariant.entries()].map(([variant_id, quantity]) => ({ variant_id, quantity }))
}

export type StockFact = { id: string; title: string; limited: boolean; available: number }
export type Shortfall = { variant_id: string; title: string; available: number; wanted: number }

/** The first line asking more than is in stock (variants that manage inventory without backorders), or null. */
export function stockShortfall(items: KioskLine[], facts: StockFact[]): Shortfall | null {
  for (const line of mergeLines(items)) {
    const fact = facts.find((f) => f.id === line.variant_id)
    if (fact?.limited && fact.available < line.quantity) {
      return { variant_id: line.variant_id, title: fact.title, available: Math.max(0, fact.available), wanted: line.quantity }
    }
  }
  return null
}
