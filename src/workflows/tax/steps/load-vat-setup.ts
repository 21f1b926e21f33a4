import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ExistingTaxRate, VatClass } from "../../../lib/compliance"

export type LoadVatSetupInput = {
  country_code: string
  /** product type value of each VAT class */
  product_types: Record<VatClass, string>
}

export type VatSetup = {
  tax_region_id: string
  rates: ExistingTaxRate[]
  /** product type id by VAT class (missing when the type does not exist) */
  product_type_ids: Partial<Record<VatClass, string>>
}

export const loadVatSetupStepId = "load-vat-setup"
/**
 * This step reads the country's tax region with its rates and rules, and the
 * product types of the VAT classes.
 */
export const loadVatSetupStep = createStep(loadVatSetupStepId, async (input: LoadVatSetupInput, { container }) => {
  const tax = container.resolve(Modules.TAX)
  const product = container.resolve(Modules.PRODUCT)
  const region = (await tax.listTaxRegions({ country_code: input.country_code })).find((r) => !r.province_code)
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No tax region for country "${input.country_code}"`)
  }
  const rates = await tax.listTaxRates({ tax_region_id: region.id }, { relations: ["rules"] })
  const types = await product.listProductTypes({ value: Object.values(input.product_types) as unknown as string })
  const product_type_ids: VatSetup["product_type_ids"] = {}
  for (const [vatClass, value] of Object.entries(input.product_types) as [VatClass, string][]) {
    const type = types.find((t) => t.value === value)
    if (type) product_type_ids[vatClass] = type.id
  }
  const setup: VatSetup = {
    tax_region_id: region.id,
    rates: rates.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      rate: r.rate == null ? null : Number(r.rate),
      is_default: r.is_default,
      rules: ((r as unknown as { rules?: { reference: string; reference_id: string }[] }).rules ?? []).map((rule) => ({ reference: rule.reference, reference_id: rule.reference_id })),
    })),
    product_type_ids,
  }
  return new StepResponse(setup)
})
