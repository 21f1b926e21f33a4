// Generated from the CommonJS source by scripts/esm.js: edit that source, then run the script.
// The error codes of the live gateway's acks (`{ error: { code, message } }`).
const ACK_ERROR_CODES = Object.freeze([
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "sold_out",
  "limit_reached",
  "rate_limited",
  "muted",
  "banned",
  "not_live",
  "internal",
])

/** True for an ack that carries an error of the contract's shape. */
function isAckError(ack) {
  return (
    ack !== null &&
    typeof ack === "object" &&
    ack.error !== null &&
    typeof ack.error === "object" &&
    typeof ack.error.code === "string" &&
    typeof ack.error.message === "string"
  )
}

export { ACK_ERROR_CODES, isAckError }
