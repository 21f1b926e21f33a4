import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VAT_INVOICE_KEY, VatInvoice } from "../../lib/compliance"
import { validateCartOpenStep } from "./steps/validate-cart-open"

export type SetCartVatInvoiceInput = {
  cart_id: string
  /** validated details, or null to say no VAT invoice is needed */
  vat_invoice: VatInvoice | null
}

export const setCartVatInvoiceWorkflowId = "set-cart-vat-invoice"

/**
 * Keeps the buyer's VAT e-invoice details in the cart's metadata
 * (`vat_invoice`); completing the cart copies them to the order.
 */
export const setCartVatInvoiceWorkflow = createWorkflow(
  setCartVatInvoiceWorkflowId,
  (input: WorkflowData<SetCartVatInvoiceInput>) => {
    acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 10 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "completed_at", "metadata"],
      filters: { id: input.cart_id },
    })
    const cart = transform({ carts }, ({ carts }) => carts[0] ?? null)
    validateCartOpenStep({ cart, cart_id: input.cart_id })

    const update = transform({ cart, input }, ({ cart, input }) => [
      { id: cart!.id, metadata: { ...(cart!.metadata ?? {}), [VAT_INVOICE_KEY]: input.vat_invoice } },
    ])
    updateCartsStep(update)
    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, vat_invoice: input.vat_invoice }))
    )
  }
)
