import Stripe from "stripe"

export type StripeEndpointOptions = {
  /** Stripe API host; set only to point the provider at a local fake. */
  host?: string
  port?: number | string
  protocol?: "http" | "https"
}

/**
 * A Stripe client for a non-default endpoint, or null when no host is set
 * (the stock client, talking to api.stripe.com, is then kept).
 */
export function buildStripeClient(
  apiKey: string,
  endpoint: StripeEndpointOptions
): Stripe | null {
  if (!endpoint.host) {
    return null
  }
  const protocol = endpoint.protocol ?? "https"
  if (protocol !== "http" && protocol !== "https") {
    throw new Error(`Stripe option protocol must be "http" or "https", got "${protocol}"`)
  }
  return new Stripe(apiKey, {
    host: endpoint.host,
    port: endpoint.port === undefined ? undefined : Number(endpoint.port),
    protocol,
  })
}
