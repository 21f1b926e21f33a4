import type { MiddlewareRoute } from "@medusajs/framework/http"
import { verifyStripeSignature } from "./verify-stripe-signature"

/** Stripe webhooks: a bad signature gets 400 at once instead of the stock 200. */
export const stripeHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payment/stripe_stripe",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
