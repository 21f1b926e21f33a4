type Range = { readonly min: number; readonly max: number }
type RangeWithDefault = Range & { readonly default: number }

export declare const ID_MAX: number
export declare const CHAT_TEXT_MAX: number
export declare const CHAT_PAYLOAD_MAX: number
export declare const PINNED_PRODUCTS_MAX: number
export declare const CLAIM_QUANTITY: Range
export declare const OFFER: {
  readonly price: Range
  readonly quantity: Range
  readonly perCustomerLimit: RangeWithDefault
  readonly startsInSec: RangeWithDefault
  readonly durationSec: RangeWithDefault
}
export declare const CHAT_MUTE_MINUTES: Range
export declare const SLOW_MODE_SECONDS: Range
export declare const TITLE_MAX: number
export declare const DESCRIPTION_MAX: number
export declare const CART_LINE_QUANTITY_MAX: number
export declare const PAGE: { readonly max: number; readonly default: number }
