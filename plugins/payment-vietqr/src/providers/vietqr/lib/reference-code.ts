/**
 * The shape of an order reference ("OCOP" + 8 characters) and the reference
 * derived from an offline kiosk order's idempotency key. No Node built-ins:
 * the kiosk's browser runs the same code (see ./browser.ts).
 */
export const REFERENCE_PREFIX = "OCOP"

/** No 0/O or 1/I: a payer may type the code by hand. */
export const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
export const REFERENCE_CODE_LENGTH = 8

/** Matches a reference anywhere in a bank's transfer content, any case. */
const REFERENCE_PATTERN = new RegExp(
  `${REFERENCE_PREFIX}([A-Z0-9]{${REFERENCE_CODE_LENGTH}})`,
  "gi"
)

export function isReference(value: string): boolean {
  return new RegExp(`^${REFERENCE_PREFIX}[A-Z0-9]{${REFERENCE_CODE_LENGTH}}$`).test(value)
}

/**
 * Every distinct reference in a transfer content, upper-cased. Banks
 * upper-case, prepend or append their own text ("MBVCB.123.OCOP7K3M9QXD.CT tu ..."),
 * so the search is case-insensitive and ignores surrounding text.
 */
export function extractReferences(content: string): string[] {
  const found = new Set<string>()
  for (const match of (content ?? "").matchAll(REFERENCE_PATTERN)) {
    found.add(REFERENCE_PREFIX + match[1].toUpperCase())
  }
  return [...found]
}

/** The single reference in the content, or null when there is none or more than one. */
export function extractReference(content: string): string | null {
  const found = extractReferences(content)
  return found.length === 1 ? found[0] : null
}

const MASK_64 = (BigInt(1) << BigInt(64)) - BigInt(1)
const FNV_OFFSET = BigInt("0xcbf29ce484222325")
const FNV_PRIME = BigInt("0x100000001b3")

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`. */
export function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64
  }
  return hash
}

/** The splitmix64 finalizer: spreads every input bit over the low bits the code is read from. */
function mix64(value: bigint): bigint {
  let z = value
  z = ((z ^ (z >> BigInt(30))) * BigInt("0xbf58476d1ce4e5b9")) & MASK_64
  z = ((z ^ (z >> BigInt(27))) * BigInt("0x94d049bb133111eb")) & MASK_64
  return z ^ (z >> BigInt(31))
}

/**
 * The reference of an order queued offline, derived from its idempotency
 * key: the kiosk shows it in the QR while offline, and the backend derives
 * the same one when the order arrives (and refuses any other). 40 bits of
 * the mixed FNV-1a hash, 5 bits per character. Not a secret: it is printed
 * in the QR; the backend refuses a reference already used by another payment.
 */
export function referenceFromKey(key: string): string {
  if (typeof key !== "string" || !key) {
    throw new Error("referenceFromKey: the idempotency key must be a non-empty string")
  }
  let bits = mix64(fnv1a64(key))
  let code = ""
  for (let i = 0; i < REFERENCE_CODE_LENGTH; i++) {
    code += REFERENCE_ALPHABET[Number(bits & BigInt(31))]
    bits >>= BigInt(5)
  }
  return REFERENCE_PREFIX + code
}
