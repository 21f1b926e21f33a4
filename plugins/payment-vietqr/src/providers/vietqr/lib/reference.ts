import { randomInt } from "crypto"
import { REFERENCE_ALPHABET, REFERENCE_CODE_LENGTH, REFERENCE_PREFIX } from "./reference-code"

export * from "./reference-code"

/** A short unique order reference such as "OCOP7K3M9QXD" (12 characters, fits 62.08). */
export function generateReference(): string {
  let code = ""
  for (let i = 0; i < REFERENCE_CODE_LENGTH; i++) {
    code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]
  }
  return REFERENCE_PREFIX + code
}
