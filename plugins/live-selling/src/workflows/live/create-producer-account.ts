import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { registerProducerLoginStep } from "./steps/register-producer-login"
import { validateProducerAccountStep } from "./steps/validate-producer-account"

export type CreateProducerAccountInput = { producer_id: string; email: string; password: string }

/**
 * A login for a seller (the store's seller directory): an email + password auth identity whose
 * `app_metadata.producer_id` is the producer's id, so the token that
 * `POST /auth/producer/emailpass` returns carries it as `actor_id`.
 */
export const createProducerAccountWorkflow = createWorkflow(
  "create-producer-account",
  (input: CreateProducerAccountInput) => {
    const producer = validateProducerAccountStep({ producer_id: input.producer_id, email: input.email })
    const login = registerProducerLoginStep({ email: input.email, password: input.password })
    setAuthAppMetadataStep({ authIdentityId: login.id, actorType: "producer", value: input.producer_id })
    const result = transform({ login, producer, input }, ({ login, producer, input }) => ({
      auth_identity_id: login.id,
      email: input.email,
      producer: { id: producer.id, name: producer.name },
    }))
    return new WorkflowResponse(result)
  }
)
