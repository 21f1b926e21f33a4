/**
 * The browser-safe part of the payload rules (no Node built-ins, no QR
 * renderer): package subpath `@ocop-live/payment-vietqr/payload`, shipped as
 * TypeScript source for the storefront's bundler. The offline kiosk builds
 * its VietQR transfers with it.
 */
export { buildVietQrPayload } from "./build-payload"
export { VietQrError } from "./errors"
export { offlineTransfer, type VietQrPayee } from "./offline-transfer"
export { isReference, referenceFromKey } from "./reference-code"
export { toTransferText } from "./transfer-text"
export type { VietQrFields, VietQrInput } from "./types"
