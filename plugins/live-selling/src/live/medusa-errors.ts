import { MedusaError } from "@medusajs/framework/utils"
import { isLiveError, type LiveErrorCode } from "../modules/livestream/lib/errors"

const TYPES: Record<LiveErrorCode, string> = {
  bad_request: MedusaError.Types.INVALID_DATA,
  unauthorized: MedusaError.Types.UNAUTHORIZED,
  forbidden: MedusaError.Types.FORBIDDEN,
  not_found: MedusaError.Types.NOT_FOUND,
  sold_out: MedusaError.Types.NOT_ALLOWED,
  limit_reached: MedusaError.Types.NOT_ALLOWED,
  not_live: MedusaError.Types.NOT_ALLOWED,
  rate_limited: MedusaError.Types.NOT_ALLOWED,
  muted: MedusaError.Types.FORBIDDEN,
  banned: MedusaError.Types.FORBIDDEN,
  internal: MedusaError.Types.UNEXPECTED_STATE,
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * A live-code refusal as Medusa's error (REST answers 400/401/403/404), with
 * the leading field name in REST's snake_case (`variantId:` → `variant_id:`).
 * State refusals (not live, sold out) are NOT_ALLOWED (400), not CONFLICT:
 * Medusa's error handler replaces a 409's message with a generic one, and
 * the reason is what the caller needs. Anything else is returned unchanged.
 */
export function toMedusaError(e: unknown): unknown {
  if (!isLiveError(e)) {
    return e
  }
  const message = e.message.replace(/^([A-Za-z]+):/, (_, f: string) => `${snake(f)}:`)
  return new MedusaError(TYPES[e.code] ?? MedusaError.Types.UNEXPECTED_STATE, message)
}

/** Runs live code, turning its refusals into `MedusaError`s. */
export async function runLive<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw toMedusaError(e)
  }
}
