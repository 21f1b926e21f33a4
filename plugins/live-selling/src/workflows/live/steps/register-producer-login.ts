import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterProducerLoginInput = { email: string; password: string }

export const registerProducerLoginStepId = "register-producer-login"
/**
 * This step creates the email + password auth identity of a producer login.
 */
export const registerProducerLoginStep = createStep(
  registerProducerLoginStepId,
  async (input: RegisterProducerLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    } as any)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not register the login"}`)
    }
    return new StepResponse({ id: authIdentity.id }, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
