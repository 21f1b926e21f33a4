import { VietQrProviderOptions } from "./types"

/** Local demo receiving account: not a real account, replace it in .env. */
export const VIETQR_DEMO_DEFAULTS = {
  bankBin: "970436",
  accountNumber: "0123456789",
  accountName: "OCOP LANG SON DEMO",
  webhookSecret: "ocop-vietqr-local-demo-secret",
}

/**
 * VietQR provider options from VIETQR_BANK_BIN, VIETQR_ACCOUNT_NUMBER,
 * VIETQR_ACCOUNT_NAME and VIETQR_WEBHOOK_SECRET. Outside production each
 * falls back to a demo value; in production the provider is left out
 * (null) unless the account and the webhook secret are set.
 */
export function vietQrOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env
): VietQrProviderOptions | null {
  const production = env.NODE_ENV === "production"
  if (production && (!env.VIETQR_ACCOUNT_NUMBER || !env.VIETQR_BANK_BIN)) {
    return null
  }
  return {
    bankBin: env.VIETQR_BANK_BIN || VIETQR_DEMO_DEFAULTS.bankBin,
    accountNumber: env.VIETQR_ACCOUNT_NUMBER || VIETQR_DEMO_DEFAULTS.accountNumber,
    accountName: env.VIETQR_ACCOUNT_NAME || (production ? undefined : VIETQR_DEMO_DEFAULTS.accountName),
    webhookSecret: vietQrWebhookSecret(env),
  }
}

/**
 * The bank-notification HMAC secret. In production there is no default and
 * the public demo value is refused: the webhook then answers 401 to all.
 */
export function vietQrWebhookSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.VIETQR_WEBHOOK_SECRET
  if (env.NODE_ENV === "production") {
    return secret && secret !== VIETQR_DEMO_DEFAULTS.webhookSecret ? secret : undefined
  }
  return secret || VIETQR_DEMO_DEFAULTS.webhookSecret
}
