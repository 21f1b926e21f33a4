import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const deleteErasedAddressesStepId = "delete-erased-customer-addresses"
/** The customer's saved addresses are deleted; compensation creates them again. */
export const deleteErasedAddressesStep = createStep(
  deleteErasedAddressesStepId,
  async ({ addresses }: { addresses: Record<string, any>[] }, { container }) => {
    if (addresses.length) {
      await container.resolve(Modules.CUSTOMER).deleteCustomerAddresses(addresses.map((a) => a.id))
    }
    return new StepResponse(addresses.length, addresses)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const restore = previous.map(({ created_at, updated_at, deleted_at, ...a }) => a)
    await container.resolve(Modules.CUSTOMER).createCustomerAddresses(restore as any)
  }
)
