/** Cart-line metadata keys that tie a line to its live claim. */
export const LIVE_LINE_METADATA = {
  claim: "live_claim_id",
  offer: "live_offer_id",
  stream: "live_stream_id",
} as const

/**
 * A claim as a new cart line: the offer's variant at the claim's live price
 * (a custom unit price, VAT included as every price here), tied to the claim.
 */
export function liveLineItem(
  claim: { id: string; quantity: number; price: number },
  offer: { id: string; stream_id: string; variant_id: string; original_price: number | null }
) {
  return {
    variant_id: offer.variant_id,
    quantity: claim.quantity,
    unit_price: claim.price,
    compare_at_unit_price:
      offer.original_price != null && offer.original_price > claim.price ? offer.original_price : undefined,
    is_tax_inclusive: true,
    metadata: {
      [LIVE_LINE_METADATA.claim]: claim.id,
      [LIVE_LINE_METADATA.offer]: offer.id,
      [LIVE_LINE_METADATA.stream]: offer.stream_id,
    },
  }
}

export type CartLine = {
  id: string
  title?: string | null
  variant_id?: string | null
  quantity: number | string | { toString(): string }
  unit_price: number | string | { toString(): string }
  metadata?: Record<string, unknown> | null
}

export type LiveLine = {
  id: string
  claimId: string
  title: string
  variantId: string | null
  quantity: number
  unitPrice: number
}

export type ClaimState = {
  id: string
  status: "held" | "converted" | "released" | "expired"
  cart_id: string | null
  variant_id: string
  quantity: number
  price: number
  expires_at: Date | string
}

/** The cart's lines bought through a live claim. */
export function liveLinesOf(items: CartLine[] | null | undefined): LiveLine[] {
  return (items ?? []).flatMap((item) => {
    const claimId = item.metadata?.[LIVE_LINE_METADATA.claim]
    if (typeof claimId !== "string" || !claimId) {
      return []
    }
    return [
      {
        id: item.id,
        claimId,
        title: item.title ?? item.id,
        variantId: item.variant_id ?? null,
        quantity: Number(item.quantity),
        unitPrice: Number(item.unit_price),
      },
    ]
  })
}

/**
 * Why a live line cannot be bought with this cart now, or null when it can:
 * its claim must be held for this cart and unexpired (or already converted
 * for it), and the line must keep the claim's variant, quantity and price.
 */
export function liveLineProblem(
  line: LiveLine,
  claim: ClaimState | undefined,
  cartId: string,
  now: Date
): string | null {
  const what = `the live offer line "${line.title}"`
  if (!claim) {
    return `${what} has no hold any more; remove it from the cart`
  }
  if (claim.cart_id !== cartId) {
    return `${what} is held for another cart`
  }
  if (claim.status === "released" || claim.status === "expired") {
    return `${what}: its hold was ${claim.status === "expired" ? "not paid in time and expired" : "released"}; remove it from the cart`
  }
  if (claim.status === "held" && new Date(claim.expires_at).getTime() <= now.getTime()) {
    return `${what}: its hold has expired; remove it from the cart`
  }
  if (line.variantId !== claim.variant_id) {
    return `${what} does not match the variant of its offer`
  }
  if (line.quantity !== claim.quantity) {
    return `${what} must keep the claimed quantity ${claim.quantity}`
  }
  if (line.unitPrice !== claim.price) {
    return `${what} must keep the live price ${claim.price}`
  }
  return null
}

/** Problems of every live line of a cart (empty when all can be bought). */
export function liveCartProblems(
  lines: LiveLine[],
  claims: ClaimState[],
  cartId: string,
  now: Date
): string[] {
  const byId = new Map(claims.map((c) => [c.id, c]))
  const seen = new Set<string>()
  const problems: string[] = []
  for (const line of lines) {
    if (seen.has(line.claimId)) {
      problems.push(`the live offer line "${line.title}" repeats a claim already in the cart`)
      continue
    }
    seen.add(line.claimId)
    const p = liveLineProblem(line, byId.get(line.claimId), cartId, now)
    if (p) {
      problems.push(p)
    }
  }
  return problems
}
