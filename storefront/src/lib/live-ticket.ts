/** Live tickets through the storefront: the path <ocop-live> asks, and the check of its stream id. */

export const STREAM_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The storefront route that trades the customer's cookie for a 60 s live ticket (same origin). */
export const liveTicketPath = (streamId: string) => `/api/live/ticket?stream=${encodeURIComponent(streamId)}`
