type RankedVariant = { id: string; variant_rank?: number | null }

/**
 * The variant a replay shows for a product at a moment: the one the offer
 * then was for (its regular price beside the ended live price, and what
 * "add to cart" adds), else the first by rank. Medusa's product list
 * returns a product's variants in no set order.
 */
export function replayVariant<V extends RankedVariant>(variants: V[], offeredVariantId?: string | null): V | undefined {
  const offered = offeredVariantId ? variants.find((v) => v.id === offeredVariantId) : undefined
  return offered ?? [...variants].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))[0]
}
