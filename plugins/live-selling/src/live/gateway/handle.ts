import type { Socket } from "socket.io"
import { LiveError, isLiveError, toAckError } from "../../modules/livestream/lib/errors"
import { expiryOf } from "./context"
import type { LocalRateLimiter } from "./rate-limit"
import { parseInput, type EventName, type Input } from "./schemas"

/** Attach to a handler's result to run right after the ack, same tick. */
export const AFTER_ACK = Symbol("afterAck")

/** Any socket: at most 20 events a second (burst 40), whatever they are. */
const SOCKET_LIMIT = { capacity: 40, perSecond: 20 }

/**
 * Registers a handler that validates its payload, answers through the ack
 * (`{ error: { code, message } }` on refusal) and never throws. A socket
 * whose token has expired since it connected is refused (`unauthorized`)
 * and disconnected: it must connect again with a valid token.
 */
export function handle<E extends EventName>(
  socket: Socket,
  event: E,
  limiter: LocalRateLimiter,
  reportError: (e: unknown) => void,
  fn: (input: Input<E>) => Promise<unknown>
) {
  socket.on(event as string, async (raw: unknown, maybeAck?: unknown) => {
    const ack =
      typeof maybeAck === "function"
        ? (maybeAck as (r: unknown) => void)
        : typeof raw === "function"
          ? (raw as (r: unknown) => void)
          : () => undefined
    const expiresAt = expiryOf(socket)
    if (expiresAt != null && Date.now() >= expiresAt) {
      ack({ error: { code: "unauthorized", message: "token: expired, connect again with a new token" } })
      socket.disconnect(true)
      return
    }
    try {
      if (!limiter.takeNow(socket.id, SOCKET_LIMIT).allowed) {
        throw new LiveError("rate_limited", "too many events, slow down")
      }
      const result: any = await fn(parseInput(event, typeof raw === "function" ? undefined : raw))
      ack(result ?? { ok: true })
      result?.[AFTER_ACK]?.()
    } catch (e) {
      if (!isLiveError(e)) {
        reportError(e)
      }
      ack(toAckError(e))
    }
  })
}
