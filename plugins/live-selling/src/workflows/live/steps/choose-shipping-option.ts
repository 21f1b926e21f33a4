import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderShippingOptionOf } from "../../../modules/livestream/lib/claim-order"

export type ChooseShippingOptionInput = {
  /** The cart's shipping options (`listShippingOptionsForCartWorkflow`). */
  options: { id: string; amount?: number | null; calculated_price?: { calculated_amount?: number | null } | null }[]
  shipping_option_id?: string | null
}

export const chooseShippingOptionStepId = "choose-live-order-shipping-option"
/** This step picks the asked shipping option if the cart may use it, else the cheapest one. */
export const chooseShippingOptionStep = createStep(
  chooseShippingOptionStepId,
  async (input: ChooseShippingOptionInput) => {
    const offered = input.options.map((o) => ({ id: o.id, amount: o.calculated_price?.calculated_amount ?? o.amount ?? null }))
    const option = orderShippingOptionOf(offered, input.shipping_option_id)
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.shipping_option_id
          ? "shipping_option_id: not a shipping option for this order"
          : "shipping_option_id: no shipping option delivers to this address"
      )
    }
    return new StepResponse({ id: option.id })
  }
)
