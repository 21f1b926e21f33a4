import { MedusaError } from "@medusajs/framework/utils"
import { buildVietQrPayload, renderQrSvg, VietQrError } from "./lib"
import { PLATFORM_ACCOUNT } from "./seller-confirmation"
import { VietQrProviderOptions, VietQrSessionData } from "./types"

export function assertVnd(currencyCode: string) {
  if (currencyCode?.toLowerCase() !== "vnd") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `VietQR transfers are in VND only, not ${currencyCode}`
    )
  }
}

/** What the buyer needs to pay: the payload for the exact amount with the reference in 62.08, and its QR. */
export async function buildSessionData(
  options: VietQrProviderOptions,
  reference: string,
  amount: number
): Promise<Omit<VietQrSessionData, "session_id">> {
  const { bankBin, accountNumber, accountName, accountOwner } = options
  let payload: string
  try {
    payload = buildVietQrPayload({
      bankBin,
      accountNumber,
      amount,
      additionalData: { purpose: reference },
    })
  } catch (e) {
    if (e instanceof VietQrError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }
  return {
    reference,
    payload,
    qr_svg: await renderQrSvg(payload),
    bank_bin: bankBin,
    account_number: accountNumber,
    account_name: accountName ?? null,
    account_owner: accountOwner || PLATFORM_ACCOUNT,
    amount,
    currency_code: "vnd",
  }
}
