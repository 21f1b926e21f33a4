/** Subpath `@ocop-live/payment-vietqr/payload`: the browser-safe payload rules (see providers/vietqr/lib/browser.ts). */
export * from "./providers/vietqr/lib/browser"
