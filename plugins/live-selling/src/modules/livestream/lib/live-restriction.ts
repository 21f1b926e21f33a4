/**
 * A product the store may sell but not promote live: its metadata
 * `live_restricted: true` (the store sets it for whatever its law forbids
 * advertising, e.g. strong alcohol). It cannot be pinned or put in a flash
 * offer; the plugin knows nothing of why.
 */
export const LIVE_RESTRICTED_KEY = "live_restricted"

/** Whether a product's metadata restricts it from live selling (only the literal `true`). */
export function isLiveRestricted(metadata: Record<string, unknown> | null | undefined): boolean {
  return metadata?.[LIVE_RESTRICTED_KEY] === true
}

/** The refusal message naming the field and the product. */
export function liveRestrictedMessage(field: string, productId: string): string {
  return `${field}: product ${productId} may not be promoted in a livestream (${LIVE_RESTRICTED_KEY})`
}
