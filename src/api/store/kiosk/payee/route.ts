import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { vietQrOptionsFromEnv } from "@ocop-live/payment-vietqr/lib/config"

/**
 * The receiving account of the kiosk's VietQR transfers (the options the
 * provider `pp_vietqr_vietqr` is configured with in medusa-config.ts): bank
 * BIN, account number and name, what a printed QR shows anyway. The kiosk
 * keeps it with its catalogue to show transfer QRs while offline.
 * `vietqr: null` when the provider is not configured.
 */
export const GET = async (_req: MedusaStoreRequest, res: MedusaResponse) => {
  const options = vietQrOptionsFromEnv()
  res.json({
    vietqr: options
      ? { bank_bin: options.bankBin, account_number: options.accountNumber, account_name: options.accountName ?? null }
      : null,
  })
}
