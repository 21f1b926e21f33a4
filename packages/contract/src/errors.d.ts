export type AckErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "sold_out"
  | "limit_reached"
  | "rate_limited"
  | "muted"
  | "banned"
  | "not_live"
  | "internal"

/** A Socket.IO ack's refusal (details such as `left` may come with it). */
export type AckError = { code: AckErrorCode | (string & {}); message: string } & Record<string, unknown>
/** Medusa's REST error body. */
export type RestError = { type: string; message: string }

export declare const ACK_ERROR_CODES: readonly AckErrorCode[]
export declare function isAckError(ack: unknown): ack is { error: AckError }
