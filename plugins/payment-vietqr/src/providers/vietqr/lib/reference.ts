import { randomInt } from "crypto"

export const REFERENCE_PREFIX = "OCOP"

/** No 0/O or 1/I: a payer may type the code by hand. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
const CODE_LENGTH = 8

/** Matches a reference anywhere in a bank's transfer content, any case. */
const REFERENCE_PATTERN = new RegExp(
  `${REFERENCE_PREFIX}([A-Z0-9]{${CODE_LENGTH}})`,
  "gi"
)

/** A short unique order reference such as "OCOP7K3M9QXD" (12 characters, fits 62.08). */
export function generateReference(): string {
  let code = ""
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += ALPHABET[randomInt(ALPHABET.length)]
  }
  return REFERENCE_PREFIX + code
}

export function isReference(value: string): boolean {
  return new RegExp(`^${REFERENCE_PREFIX}[A-Z0-9]{${CODE_LENGTH}}$`).test(value)
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
