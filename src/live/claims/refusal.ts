import { LiveError } from "../errors"

type Availability = {
  status: string
  quantity: number
  claimed: number
  in_window: boolean
} | null

/** The error for a refused claim, from the offer's state. */
export function refusal(a: Availability, quantity: number): LiveError {
  if (!a) {
    return new LiveError("not_found", "offerId: offer not found")
  }
  const left = Math.max(0, a.quantity - a.claimed)
  if (a.status !== "live" || !a.in_window) {
    return new LiveError("not_live", "offerId: offer is not live", { left })
  }
  if (a.claimed + quantity > a.quantity) {
    return new LiveError(
      "sold_out",
      left === 0 ? "offerId: sold out" : `quantity: only ${left} left`,
      { left }
    )
  }
  // The units went to a concurrent claim between the attempt and this look.
  return new LiveError("sold_out", "offerId: no units available right now", { left })
}

/** The error for a refusal code returned by the Redis claim script. */
export function scriptRefusal(code: string, left: number): LiveError {
  if (code === "sold_out") {
    return new LiveError("sold_out", left > 0 ? `quantity: only ${left} left` : "offerId: sold out", { left })
  }
  if (code === "limit_reached") {
    return new LiveError("limit_reached", "offerId: per-customer limit reached", { left })
  }
  return new LiveError("not_live", "offerId: offer is not live", { left })
}
