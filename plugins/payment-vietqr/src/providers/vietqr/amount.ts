import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa amount → integer VND. VND has no minor unit: a fractional or
 * non-positive amount is refused, never rounded.
 */
export function toIntegerVnd(amount: BigNumberInput, what = "amount"): number {
  const value = MathBN.convert(amount)
  if (!value.isInteger() || value.lte(0) || !Number.isSafeInteger(value.toNumber())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR ${what} must be a positive whole number of VND, got ${value.toString()}`
    )
  }
  return value.toNumber()
}
