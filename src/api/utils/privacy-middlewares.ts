import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { rateLimit } from "@ocop-live/rate-limit"
import {
  CONSENT_KEY,
  consentRecord,
  keepServerConsent,
  PostCartConsentSchema,
  registrationConsentProblem,
} from "../../lib/privacy"

/**
 * Decree 13/2023 on personal data, in front of Medusa's own store routes:
 * - registering a customer (`POST /store/customers`) needs
 *   `metadata.personal_data_consent: true`; the server stores
 *   `{ version, at }` (its own time) in its place;
 * - a consent record is the server's to write: a client's
 *   `metadata.personal_data_consent` on a cart or a customer update is
 *   refused (400), and a metadata update keeps the stored record.
 * Medusa validates its route's body before these run (`req.validatedBody`).
 */

type Body = { metadata?: Record<string, unknown> | null } & Record<string, unknown>
const bodyOf = (req: MedusaRequest): Body => ((req as any).validatedBody ?? req.body ?? {}) as Body

function setMetadata(req: MedusaRequest, metadata: Record<string, unknown>) {
  for (const body of [(req as any).validatedBody, req.body]) {
    if (body && typeof body === "object") {
      body.metadata = metadata
    }
  }
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** `POST /store/customers`: consent required, recorded with the server's time. */
export async function requireRegistrationConsent(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = bodyOf(req).metadata
  const problem = registrationConsentProblem(metadata)
  if (problem) {
    return next(invalid(problem))
  }
  setMetadata(req, { ...metadata, [CONSENT_KEY]: consentRecord(new Date()) })
  next()
}

function refuseClientConsent(metadata: Record<string, unknown> | null | undefined) {
  if (metadata && CONSENT_KEY in metadata) {
    throw invalid(`metadata.${CONSENT_KEY}: recorded by the server only (carts: POST /store/carts/:id/consent)`)
  }
}

/** Refuses a client's consent record; keeps the stored one through a metadata update of `entity` `:id`/`me`. */
function protectConsent(entity: "cart" | "customer") {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const metadata = bodyOf(req).metadata
      refuseClientConsent(metadata)
      const id = entity === "cart" ? req.params.id : (req as any).auth_context?.actor_id
      if (metadata && id) {
        const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [stored] } = await query.graph({ entity, fields: ["id", "metadata"], filters: { id } })
        setMetadata(req, keepServerConsent(metadata, stored?.metadata as Record<string, unknown> | null))
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

export const PostEraseAccountSchema = z
  .object({
    confirm: z.literal(true, { error: "confirm: must be true (erasing an account cannot be undone)" }),
  })
  .strict()

const MINUTE = 60
const eraseLimit = rateLimit({
  name: "erase-account",
  what: "account erasures",
  ip: { points: 5, duration: MINUTE },
  account: { points: 3, duration: 15 * MINUTE },
})

export const privacyMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/customers", middlewares: [requireRegistrationConsent] },
  { method: ["POST"], matcher: "/store/customers/me", middlewares: [protectConsent("customer")] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [protectConsent("cart")] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [protectConsent("cart")] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/consent",
    middlewares: [validateAndTransformBody(PostCartConsentSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/erase",
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      eraseLimit,
      validateAndTransformBody(PostEraseAccountSchema),
    ],
  },
]
