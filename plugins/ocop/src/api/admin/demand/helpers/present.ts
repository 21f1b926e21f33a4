import { withoutBuyer } from "../../../../modules/demand/lib"

/** Drops the `raw_*` twins of big-number fields and returns VND amounts as integers. */
function plain<T extends Record<string, any>>(record: T, money: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("raw_") || key === "deleted_at") continue
    out[key] = money.includes(key) && value !== null && value !== undefined ? Math.round(Number(value)) : value
  }
  return out
}

export const presentPreOrder = (p: Record<string, any>) => plain(p, ["unit_price", "deposit_amount"])
/** A pre-order for its producer: no cart, customer or buyer's note. */
export const presentPreOrderToProducer = (p: Record<string, any>) => withoutBuyer(presentPreOrder(p))
export const presentSuggestion = (s: Record<string, any>) => plain(s, ["value_at_stake"])
export const presentMatch = (m: Record<string, any>) => plain(m, [])
