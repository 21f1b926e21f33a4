import { LiveError } from "../../modules/livestream/lib/errors"
import { MedusaCallError } from "./medusa-http"

/**
 * A failed backend call as the gateway's refusal: the backend's own refusals
 * keep their code and message; no answer is `internal`.
 */
export function liveErrorOf(e: unknown): unknown {
  if (!(e instanceof MedusaCallError)) {
    return e
  }
  if (e.code === "bad_request" || e.code === "unauthorized" || e.code === "forbidden" || e.code === "not_found") {
    return new LiveError(e.code, e.message)
  }
  return new LiveError("internal", `the store backend is unavailable (${e.code})`)
}

/** Runs a backend call, its failures as refusals. */
export async function asLive<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (e) {
    throw liveErrorOf(e)
  }
}
