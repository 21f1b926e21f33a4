import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTaxRatesStep } from "@medusajs/medusa/core-flows"
import { planVatRates, VatClass, VatRateSpec } from "../../lib/compliance"
import { loadVatSetupStep } from "./steps/load-vat-setup"
import { updateVatRatesStep } from "./steps/update-vat-rates"

export type SyncVatRatesInput = {
  country_code: string
  /** ISO date of the supply the rates are for (the job passes now) */
  at: string
  /** product type value of each VAT class; the default rate is the `standard` class */
  product_types: Record<VatClass, string>
  /** code and name of each class's tax rate */
  rates: Record<VatClass, { code: string; name: string }>
}

export const syncVatRatesWorkflowId = "sync-vat-rates"

/**
 * Makes the country's VAT rates those in force on `at`: the default rate
 * (standard class) and one rate per other class with a product-type rule.
 * The decision is `planVatRates` (pure); a second run the same day changes nothing.
 */
export const syncVatRatesWorkflow = createWorkflow(syncVatRatesWorkflowId, (input: WorkflowData<SyncVatRatesInput>) => {
  const setup = loadVatSetupStep({ country_code: input.country_code, product_types: input.product_types })

  const plan = transform({ setup, input }, ({ setup, input }) => {
    const specs: VatRateSpec[] = (Object.keys(input.rates) as VatClass[]).map((vatClass) => ({
      vat_class: vatClass,
      ...input.rates[vatClass],
      is_default: vatClass === "standard",
      product_type_id: vatClass === "standard" ? undefined : setup.product_type_ids[vatClass],
    }))
    return planVatRates({ tax_region_id: setup.tax_region_id, existing: setup.rates, specs, at: new Date(input.at) })
  })

  const created = createTaxRatesStep(plan.create)
  const updated = updateVatRatesStep(
    transform({ plan, setup }, ({ plan, setup }) => ({ updates: plan.update, previous: setup.rates }))
  )

  return new WorkflowResponse({ created, updated })
})
