import { LiveError } from "../lib/errors"
import type { LiveEventPublisher } from "../events/types"
import { stockCoalescer } from "../events/stock-coalescer"
import { getClaim, markConverted } from "../store/claims"
import { endOfferIfAllConverted } from "../store/offers"
import type { ClaimRow, Db } from "../lib/types"
import { malformed, type ClaimDecision, type Refusal } from "./claim-rule"
import type { ClaimInput, ClaimResult } from "./types"

/** Refuses a malformed claim before any engine touches stock. */
export function rejectMalformed(input: ClaimInput) {
  const bad = malformed(input)
  if (bad) {
    throw refusalError(bad)
  }
}

/** A refusal as the client sees it: `{ code, message, left }` or `{ code, message, field }`. */
export function refusalError(r: Refusal): LiveError {
  return new LiveError(r.code, r.message, r.field ? { field: r.field } : r.left == null ? {} : { left: r.left })
}

/** The answer to a decision that is not a grant: the same claim again, or the refusal. */
export function answerOf(d: ClaimDecision<ClaimRow>): ClaimResult {
  if (d.kind === "replay") {
    return { claim: d.claim, left: d.left, duplicate: true }
  }
  if (d.kind === "refuse") {
    throw refusalError(d)
  }
  throw new LiveError("internal", "claim could not be completed, retry")
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

/**
 * Coalesced `offer:stock` broadcasts (≤ 1 per offer per 100 ms per process,
 * the last unit at once: `events/stock-coalescer.ts`).
 */
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
  const coalescer = stockCoalescer(publish, { windowMs: 100 })
  return {
    /** `left`, when the caller knows it: 0 (sold out) is broadcast at once. */
    announce(offerId: string, streamId: string, left?: number) {
      streams.set(offerId, streamId)
      coalescer.touch(offerId, left)
    },
    flush: () => coalescer.flush(),
  }
}
