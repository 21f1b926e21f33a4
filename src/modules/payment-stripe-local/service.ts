import StripeModule from "@medusajs/medusa/payment-stripe"
import { IPaymentProvider } from "@medusajs/framework/types"
import Stripe from "stripe"
import { buildStripeClient, StripeEndpointOptions } from "./client"

export type StripeLocalOptions = StripeEndpointOptions & {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  automaticPaymentMethods?: boolean
  paymentMethodConfiguration?: string
  paymentDescription?: string
  asyncPaymentMethodTypes?: string[]
}

type StripeProvider = IPaymentProvider & { stripe_: Stripe }

type StripeProviderClass = {
  new (cradle: Record<string, unknown>, options: StripeLocalOptions): StripeProvider
  identifier: string
}

/** Medusa's own Stripe card provider (identifier "stripe"), taken from the bundled module. */
function stockStripeProvider(): StripeProviderClass {
  const services = StripeModule.services as { identifier?: string }[]
  const service = services.find((s) => s.identifier === "stripe")
  if (!service) {
    throw new Error("@medusajs/medusa/payment-stripe has no 'stripe' provider service")
  }
  return service as unknown as StripeProviderClass
}

/**
 * Medusa's Stripe provider, unchanged, except that options `host`, `port`
 * and `protocol` rebuild its Stripe client for another endpoint (a local
 * fake in tests). Without `host` it talks to Stripe exactly as the stock one.
 */
class StripeLocalProviderService extends stockStripeProvider() {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: StripeLocalOptions) {
    super(cradle, options)
    const client = buildStripeClient(options.apiKey, options)
    if (client) {
      this.stripe_ = client
    }
  }

  /** The Stripe client in use (for webhook helpers and tests). */
  get stripeClient(): Stripe {
    return this.stripe_
  }
}

export default StripeLocalProviderService
