import type { AckErrorCode } from "@ocop-live/contract"

/** The codes a refusal carries: the shared contract's, which clients read. */
export type LiveErrorCode = AckErrorCode

/**
 * A refusal the client may see as `{ error: { code, message, ...details } }`.
 * Refusals are expected control flow (thousands per flash sale), so no stack
 * trace is captured.
 */
export class LiveError extends Error {
  readonly code: LiveErrorCode
  readonly details: Record<string, unknown>

  constructor(code: LiveErrorCode, message: string, details: Record<string, unknown> = {}) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(message)
    Error.stackTraceLimit = limit
    this.name = "LiveError"
    this.code = code
    this.details = details
  }
}

export function isLiveError(e: unknown): e is LiveError {
  return e instanceof LiveError
}

export type AckError = {
  error: { code: LiveErrorCode; message: string } & Record<string, unknown>
}

export function toAckError(e: unknown): AckError {
  if (isLiveError(e)) {
    return { error: { ...e.details, code: e.code, message: e.message } }
  }
  return { error: { code: "internal", message: "Internal error" } }
}

export const badRequest = (field: string, problem: string) =>
  new LiveError("bad_request", `${field}: ${problem}`, { field })
