import { defineMiddlewares, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { emailFromBody, rateLimit } from "@ocop-live/rate-limit"
import { PostAdminConfirmVietQrSchema } from "@ocop-live/payment-vietqr/lib/vietqr"
import { stripeHookMiddlewares } from "./hooks/payment/middlewares"
import { VatInvoiceSchema } from "../lib/compliance"
import { completeCartGuard } from "./utils/complete-cart-guard"
import { codAlcoholGuard, stripClientAgeConfirmation } from "./utils/alcohol-guards"
import { AgeConfirmationSchema } from "./store/carts/validators"
import { PostStoreKioskOrderSchema } from "./store/kiosk/orders/validators"
import { privacyMiddlewares } from "./utils/privacy-middlewares"
import { staticUploadsMiddlewares } from "./utils/static-uploads"

const MINUTE = 60
const authIdentity = (req: any): string | undefined => req.auth_context?.auth_identity_id || undefined

type Limit = Parameters<typeof rateLimit>[0]
const perMinute = (points: number) => ({ points, duration: MINUTE })

/**
 * Medusa's auth routes for every actor (customer, user, producer): per IP and
 * per email (or auth identity). Each limit can be changed from the
 * environment, e.g. RATE_LIMIT_LOGIN_IP=20/60 (see the README, "Rate limits").
 */
const byEmail = (points: number, duration = MINUTE) => ({ points, duration, key: emailFromBody })
const byIdentity = (points: number, duration = MINUTE) => ({ points, duration, key: authIdentity })

const AUTH_LIMITS: [matcher: string, limit: Limit][] = [
  [
    "/auth/:actor_type/emailpass",
    { name: "login", what: "login attempts", ip: perMinute(10), account: byEmail(5) },
  ],
  [
    "/auth/:actor_type/emailpass/register",
    { name: "register", what: "registrations", ip: perMinute(10), account: byEmail(5) },
  ],
  [
    "/auth/:actor_type/emailpass/reset-password",
    { name: "password-reset", what: "password reset requests", ip: perMinute(5), account: byEmail(3, 15 * MINUTE) },
  ],
  [
    // setting the new password with the emailed token
    "/auth/:actor_type/emailpass/update",
    { name: "password-update", what: "password updates", ip: perMinute(10) },
  ],
  [
    "/auth/mfa/challenges/:id/verify",
    { name: "mfa-verify", what: "MFA codes", ip: perMinute(10), account: byIdentity(5) },
  ],
  [
    "/auth/verification/request",
    { name: "verification-request", what: "verification requests", ip: perMinute(5), account: byIdentity(3, 15 * MINUTE) },
  ],
  [
    "/auth/verification/confirm",
    { name: "verification-confirm", what: "verification codes", ip: perMinute(10), account: byIdentity(5) },
  ],
]

const authRateLimits: MiddlewareRoute[] = AUTH_LIMITS.map(([matcher, limit]) => ({
  method: ["POST"],
  matcher,
  middlewares: [rateLimit(limit)],
}))

/**
 * The Lạng Sơn store's own routes; the plugins bring theirs (live selling,
 * OCOP, VietQR). A producer is the OCOP plugin's producer and the live
 * plugin's seller (`producer` actor): its VietQR confirmation joins both.
 */
export default defineMiddlewares({
  routes: [
    ...authRateLimits,
    ...stripeHookMiddlewares,
    // Decree 13/2023: consent at registration and checkout, account erasure
    ...privacyMiddlewares,
    // product photos and other admin uploads (local File Module provider)
    ...staticUploadsMiddlewares(),
    {
      method: ["POST"],
      matcher: "/producer/payments/vietqr/:id/confirm",
      middlewares: [validateAndTransformBody(PostAdminConfirmVietQrSchema)],
    },
    {
      // VAT e-invoice details: 400 naming the field (e.g. tax_code) when invalid
      method: ["POST"],
      matcher: "/store/carts/:id/vat-invoice",
      middlewares: [validateAndTransformBody(VatInvoiceSchema)],
    },
    {
      // valid VAT invoice details, no delivery slower than the shelf life;
      // alcohol: 18+ confirmed, no cash on delivery online
      method: ["POST"],
      matcher: "/store/carts/:id/complete",
      middlewares: [completeCartGuard],
    },
    {
      // the buyer is 18 or older (alcohol); 400 naming confirmed_adult otherwise
      method: ["POST"],
      matcher: "/store/carts/:id/age-confirmation",
      middlewares: [
        rateLimit({ name: "age-confirmation", what: "age confirmations", ip: perMinute(30) }),
        validateAndTransformBody(AgeConfirmationSchema),
      ],
    },
    {
      // only the age-confirmation route writes metadata.age_confirmed_at
      method: ["POST"],
      matcher: "/store/carts",
      middlewares: [stripClientAgeConfirmation],
    },
    {
      method: ["POST"],
      matcher: "/store/carts/:id",
      middlewares: [stripClientAgeConfirmation],
    },
    {
      // a kiosk order (queued offline or not), once per idempotency key; 400 naming the field
      method: ["POST"],
      matcher: "/store/kiosk/orders",
      middlewares: [
        rateLimit({ name: "kiosk-orders", what: "kiosk orders", ip: perMinute(60) }),
        validateAndTransformBody(PostStoreKioskOrderSchema),
      ],
    },
    {
      // no cash on delivery for alcohol bought online (400 naming provider_id)
      method: ["POST"],
      matcher: "/store/payment-collections/:id/payment-sessions",
      middlewares: [codAlcoholGuard],
    },
  ],
})
