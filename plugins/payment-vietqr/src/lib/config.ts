/** The provider's options from the environment, for a store's `medusa-config.ts`. */
export { vietQrOptionsFromEnv, vietQrWebhookSecret, VIETQR_DEMO_DEFAULTS } from "../providers/vietqr/config"
