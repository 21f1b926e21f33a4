import type { StripeLocalOptions } from "./service"

/**
 * Stripe provider options from STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET,
 * or null (provider not registered) when STRIPE_API_KEY is unset.
 * STRIPE_API_HOST / STRIPE_API_PORT / STRIPE_API_PROTOCOL point it at
 * another endpoint (the local fake in tests); leave them unset for Stripe.
 */
export function stripeOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env
): StripeLocalOptions | null {
  if (!env.STRIPE_API_KEY) {
    return null
  }
  return {
    apiKey: env.STRIPE_API_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    capture: env.STRIPE_CAPTURE === "true",
    host: env.STRIPE_API_HOST || undefined,
    port: env.STRIPE_API_PORT ? Number(env.STRIPE_API_PORT) : undefined,
    protocol: (env.STRIPE_API_PROTOCOL as "http" | "https" | undefined) || undefined,
  }
}
