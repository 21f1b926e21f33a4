import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  BankNotificationError,
  parseBankNotification,
  verifyBankSignature,
} from "../../../providers/vietqr/lib"
import { vietQrWebhookSecret } from "../../../providers/vietqr/config"
import { handleBankNotification } from "./helpers"
import {
  PostVietQrNotificationSchema,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from "./validators"

function header(req: MedusaRequest, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * POST /hooks/vietqr — bank-feed notification (SePay / Casso style) for a
 * VietQR transfer. Needs `bodyParser: { preserveRawBody: true }`.
 * 401 on a bad signature and 400 on a malformed body, changing nothing;
 * otherwise 200 with `{ success: true, status }` where status is
 * `confirmed`, `needs_review`, `duplicate` or `ignored`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const secret = vietQrWebhookSecret()
  if (!secret) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "VietQR notifications are not configured")
  }
  const signed = verifyBankSignature({
    rawBody: req.rawBody,
    signature: header(req, SIGNATURE_HEADER),
    timestamp: header(req, TIMESTAMP_HEADER),
    secret,
  })
  if (!signed) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid VietQR notification signature")
  }

  const parsed = PostVietQrNotificationSchema.safeParse(req.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid bank notification: ${issue?.path.join(".") || "body"}: ${issue?.message}`
    )
  }
  let notification
  try {
    notification = parseBankNotification(parsed.data)
  } catch (e) {
    if (e instanceof BankNotificationError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }

  const outcome = await handleBankNotification(req.scope, notification)
  res.status(200).json({ success: true, ...outcome })
}
