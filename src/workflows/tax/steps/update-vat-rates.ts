import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { TaxRateDTO } from "@medusajs/framework/types"
import type { ExistingTaxRate, VatRateUpdate } from "../../../lib/compliance"

export const updateVatRatesStepId = "update-vat-rates"
/**
 * This step updates tax rates (rate, code, name and, for rule-based rates,
 * their rules); its compensation puts the previous values back.
 */
export const updateVatRatesStep = createStep(
  updateVatRatesStepId,
  async (input: { updates: VatRateUpdate[]; previous: ExistingTaxRate[] }, { container }) => {
    if (!input.updates.length) {
      return new StepResponse([] as TaxRateDTO[], [] as ExistingTaxRate[])
    }
    const tax = container.resolve(Modules.TAX)
    const updated: TaxRateDTO[] = []
    for (const { id, ...data } of input.updates) {
      updated.push(await tax.updateTaxRates(id, data))
    }
    const ids = input.updates.map((u) => u.id)
    return new StepResponse(updated, input.previous.filter((r) => ids.includes(r.id)))
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const tax = container.resolve(Modules.TAX)
    for (const rate of previous) {
      await tax.updateTaxRates(rate.id, {
        code: rate.code,
        name: rate.name,
        rate: rate.rate,
        ...(rate.is_default ? {} : { rules: rate.rules ?? [] }),
      })
    }
  }
)
