import { LiveError, badRequest } from "../errors"
import type { LiveEventPublisher } from "../events/types"
import { keyedThrottle } from "../keyed-throttle"
import { getClaim, markConverted } from "../store/claims"
import { endOfferIfAllConverted } from "../store/offers"
import type { ClaimRow, Db } from "../types"
import type { ClaimInput } from "./types"

const KEY_RE = /^[A-Za-z0-9_.:-]{8,128}$/

/** Shape checks every engine applies before touching stock. */
export function checkClaimInput(input: ClaimInput) {
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 100) {
    throw badRequest("quantity", "must be an integer from 1 to 100")
  }
  if (typeof input.idempotencyKey !== "string" || !KEY_RE.test(input.idempotencyKey)) {
    throw badRequest("idempotencyKey", "must be 8-128 characters of A-Z a-z 0-9 _ . : -")
  }
  if (!input.customerKey) {
    throw badRequest("customerKey", "is required")
  }
}

/** A retried key must come from the same buyer; anyone else is refused. */
export function ownClaim(claim: ClaimRow | null, input: ClaimInput): ClaimRow {
  if (!claim) {
    throw new LiveError("internal", "claim is being processed, retry")
  }
  if (claim.customer_key !== input.customerKey) {
    throw badRequest("idempotencyKey", "already used for another claim")
  }
  return claim
}

/**
 * held → converted. When that sells the offer's last unit (every unit
 * bought, none merely held), the offer ends with reason `sold_out`.
 */
export async function convertClaim(
  db: Db,
  claimId: string,
  refs: { orderId?: string | null; lineItemId?: string | null } = {},
  onSoldOut?: (offer: { id: string; stream_id: string }) => Promise<void>
): Promise<ClaimRow> {
  const row = await markConverted(db, claimId, refs)
  if (row) {
    const [ended] = await endOfferIfAllConverted(db, row.offer_id)
    if (ended && onSoldOut) {
      await onSoldOut(ended)
    }
    return row
  }
  const current = await getClaim(db, claimId)
  if (!current) {
    throw new LiveError("not_found", `claimId: claim ${claimId} not found`)
  }
  if (current.status === "converted") {
    return current
  }
  throw new LiveError("bad_request", `claimId: claim is ${current.status === "held" ? "past its hold" : current.status}`, {
    status: current.status,
  })
}

/** Coalesced `offer:stock` broadcasts (≤ 1 per offer per 100 ms per process). */
export function stockAnnouncer(
  log: LiveEventPublisher,
  beforeRetry?: (offerId: string) => Promise<void>
) {
  const streams = new Map<string, string>()
  const publish = async (offerId: string) => {
    const streamId = streams.get(offerId)!
    try {
      await log.publish(streamId, "offer:stock", { offerId }, { stockOf: offerId })
    } catch (e) {
      if (beforeRetry && e instanceof LiveError && e.details.reason === "nooffer") {
        await beforeRetry(offerId)
        await log.publish(streamId, "offer:stock", { offerId }, { stockOf: offerId })
        return
      }
      throw e
    }
  }
  const throttle = keyedThrottle(publish, 100)
  return {
    announce(offerId: string, streamId: string) {
      streams.set(offerId, streamId)
      throttle.touch(offerId)
    },
    flush: () => throttle.flush(),
  }
}
