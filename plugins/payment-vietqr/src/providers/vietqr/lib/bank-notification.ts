import { createHmac, timingSafeEqual } from "crypto"
import { extractReferences } from "./reference"

/**
 * A bank-feed notification (SePay / Casso style, vietqr.md §12), normalised.
 * `amount` is integer VND and always positive; `direction` says which way.
 */
export type BankNotification = {
  transactionId: string
  amount: number
  direction: "in" | "out"
  content: string
  accountNumber: string
  transactionTime: string | null
  bankReference: string | null
  /** Payment code the feed detected itself (SePay `code`), if any. */
  code: string | null
}

export type MatchResult =
  | "match"
  | "wrong_amount"
  | "unknown_reference"
  | "duplicate"
  | "wrong_account"
  | "not_incoming"

export type ExpectedPayment = {
  reference: string
  amount: number
  /** The receiving account; when set, a notification for another account never matches. */
  accountNumber?: string
  /** Bank transaction ids already booked for this payment. */
  processedTransactionIds?: Iterable<string>
}

export class BankNotificationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "BankNotificationError"
  }
}

const SIGNATURE_TOLERANCE_SEC = 300

function signedMessage(rawBody: string | Buffer, timestamp: string) {
  const body = Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, "utf8")
  return Buffer.concat([Buffer.from(`${timestamp}.`, "utf8"), body])
}

/** "sha256=<hex>" of HMAC-SHA256(secret, timestamp + "." + raw body); timestamp in Unix seconds. */
export function signBankNotification(rawBody: string | Buffer, secret: string, timestamp: string): string {
  const mac = createHmac("sha256", secret)
  return "sha256=" + mac.update(signedMessage(rawBody, timestamp)).digest("hex")
}

/**
 * Verifies the signature header (`sha256=<hex>` or bare hex) over
 * `<timestamp>.<raw body>` in constant time. The timestamp (Unix seconds) is
 * required and must be within 5 minutes of now, so a captured notification
 * cannot be replayed later (a replay inside the window is a duplicate
 * transaction id, which changes nothing).
 */
export function verifyBankSignature(input: {
  rawBody: string | Buffer | undefined
  signature: string | undefined
  secret: string
  timestamp?: string
  nowSec?: number
}): boolean {
  const { rawBody, signature, secret, timestamp } = input
  if (!secret || rawBody === undefined || !signature || timestamp === undefined) {
    return false
  }
  const now = input.nowSec ?? Math.floor(Date.now() / 1000)
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > SIGNATURE_TOLERANCE_SEC) {
    return false
  }
  const given = signature.trim().replace(/^sha256=/i, "").toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(given)) {
    return false
  }
  const expected = signBankNotification(rawBody, secret, timestamp).slice(7)
  return timingSafeEqual(Buffer.from(given, "hex"), Buffer.from(expected, "hex"))
}

function integerVnd(value: unknown): number {
  const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    throw new BankNotificationError(`amount must be an integer number of VND, got ${JSON.stringify(value)}`)
  }
  return n
}

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value)
}

/**
 * Parses a SePay body (`id`, `transferType`, `transferAmount`, `content`,
 * `accountNumber`, `transactionDate`, ...) or a Casso v2 body
 * (`{ error, data: { id, amount, description, accountNumber, transactionDateTime, reference } }`,
 * negative amount = money out). Throws BankNotificationError when it is neither.
 */
export function parseBankNotification(body: unknown): BankNotification {
  if (!body || typeof body !== "object") {
    throw new BankNotificationError("notification body must be a JSON object")
  }
  const b = body as Record<string, any>
  if ("transferAmount" in b || "transferType" in b) {
    if (b.transferType !== "in" && b.transferType !== "out") {
      throw new BankNotificationError(`transferType must be "in" or "out"`)
    }
    return finish({
      transactionId: text(b.id),
      amount: integerVnd(b.transferAmount),
      direction: b.transferType,
      content: text(b.content) || text(b.description),
      accountNumber: text(b.accountNumber),
      transactionTime: b.transactionDate ? text(b.transactionDate) : null,
      bankReference: b.referenceCode ? text(b.referenceCode) : null,
      code: b.code ? text(b.code) : null,
    })
  }
  if (b.data && typeof b.data === "object" && !Array.isArray(b.data)) {
    const d = b.data as Record<string, any>
    const amount = integerVnd(d.amount)
    return finish({
      transactionId: text(d.id),
      amount: Math.abs(amount),
      direction: amount < 0 ? "out" : "in",
      content: text(d.description),
      accountNumber: text(d.accountNumber),
      transactionTime: d.transactionDateTime ? text(d.transactionDateTime) : null,
      bankReference: d.reference ? text(d.reference) : null,
      code: null,
    })
  }
  throw new BankNotificationError("unrecognised notification: expected a SePay or Casso v2 body")
}

function finish(n: BankNotification): BankNotification {
  if (!n.transactionId) {
    throw new BankNotificationError("transaction id is missing")
  }
  if (n.amount < 0) {
    throw new BankNotificationError("amount must not be negative")
  }
  return n
}

/** References found in the notification: the feed's own code first, then the content. */
export function notificationReferences(n: BankNotification): string[] {
  return [...new Set([...extractReferences(n.code ?? ""), ...extractReferences(n.content)])]
}

/**
 * Decides what a notification means for one expected payment. Only an
 * incoming transfer to the right account, never booked before, carrying
 * exactly this reference and exactly this amount is a "match".
 */
export function matchNotification(n: BankNotification, expected: ExpectedPayment): MatchResult {
  if ([...(expected.processedTransactionIds ?? [])].includes(n.transactionId)) {
    return "duplicate"
  }
  if (n.direction !== "in") {
    return "not_incoming"
  }
  if (expected.accountNumber && n.accountNumber !== expected.accountNumber) {
    return "wrong_account"
  }
  const refs = notificationReferences(n)
  if (refs.length !== 1 || refs[0] !== expected.reference.toUpperCase()) {
    return "unknown_reference"
  }
  if (n.amount !== expected.amount) {
    return "wrong_amount"
  }
  return "match"
}
