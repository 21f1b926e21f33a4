/**
 * What a store built on this plugin may use besides the provider itself:
 * the payload rules, the session-data reader and the confirmation helpers.
 */
export * from "../providers/vietqr/lib"
export { vietQrState } from "../providers/vietqr/session-data"
export type { VietQrSessionData } from "../providers/vietqr/types"
export { VIETQR_PROVIDER_PREFIX } from "../workflows/payments/steps/update-vietqr-session"
export { confirmVietQrByStaff, paidCartEmail, paidProductIds, resolveVietQrSession } from "../api/utils/vietqr-confirmation"
export {
  PLATFORM_ACCOUNT,
  SELLER_CONFIRMATION_MESSAGES,
  sellerConfirmationRefusal,
  type SellerConfirmationFacts,
  type SellerConfirmationRefusal,
} from "../providers/vietqr/seller-confirmation"
export { PostAdminConfirmVietQrSchema, type PostAdminConfirmVietQr } from "../api/admin/payments/vietqr/[id]/confirm/validators"
