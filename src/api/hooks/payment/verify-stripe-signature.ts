import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import Stripe from "stripe"

function refuse(res: MedusaResponse, message: string) {
  res.status(400).json({ type: "invalid_data", message })
}

/**
 * Builds the check for POST /hooks/payment/stripe_stripe. The stock route
 * answers 200 and verifies later in a subscriber; this answers 400 at once
 * when the `stripe-signature` header does not verify against the raw body
 * (needs `bodyParser: { preserveRawBody: true }`), so nothing is enqueued.
 */
export function createVerifyStripeSignature(
  getSecret: () => string | undefined = () => process.env.STRIPE_WEBHOOK_SECRET
) {
  return function verifyStripeSignature(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const secret = getSecret()
    if (!secret) {
      return refuse(res, "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET is not set)")
    }
    const signature = req.headers["stripe-signature"]
    if (typeof signature !== "string" || !signature) {
      return refuse(res, "Missing stripe-signature header")
    }
    if (req.rawBody === undefined) {
      return refuse(res, "The raw request body is not available to verify the signature")
    }
    try {
      Stripe.webhooks.constructEvent(req.rawBody, signature, secret)
    } catch (e) {
      return refuse(res, `Invalid Stripe signature: ${(e as Error).message}`)
    }
    next()
  }
}

export const verifyStripeSignature = createVerifyStripeSignature()

export default verifyStripeSignature
