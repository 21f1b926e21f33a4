import "server-only"

export type StripeConfig = { publishableKey: string; jsUrl: string }

/**
 * Card payments show only when the storefront has Stripe's publishable key
 * (`STRIPE_PUBLISHABLE_KEY`) and the backend offers `pp_stripe_*`.
 * `STRIPE_JS_URL` points Stripe.js elsewhere (tests serve a local fake).
 */
export function stripeConfig(): StripeConfig | null {
  const key = process.env["STRIPE_PUBLISHABLE_KEY"]?.trim() || process.env["NEXT_PUBLIC_STRIPE_KEY"]?.trim()
  if (!key) return null
  return { publishableKey: key, jsUrl: process.env["STRIPE_JS_URL"]?.trim() || "https://js.stripe.com/v3/" }
}

export const isStripeProvider = (id: string) => id.startsWith("pp_stripe")
