/**
 * Prices in the visitor's language: @ocop-live/contract's one formatter,
 * shared with the live widget and the admin. Integer VND is `65.000 ₫` in
 * Vietnamese (a plain space, as Vietnamese shops print it) and `₫65,000` in
 * English and Chinese (CLDR's currency pattern); "—" when there is no amount.
 */
export { formatMoney, formatVnd } from "@ocop-live/contract"
