import { VatClass, vatRateOn } from "./vat-rate"

/** One tax rate the store wants in the Vietnam tax region. */
export type VatRateSpec = {
  vat_class: VatClass
  code: string
  name: string
  /** the region's default rate (no rule); otherwise a rate for one product type */
  is_default: boolean
  product_type_id?: string
}

export type ExistingTaxRate = {
  id: string
  code: string | null
  name: string
  rate: number | null
  is_default: boolean
  rules?: { reference: string; reference_id: string }[]
}

type Rule = { reference: "product_type"; reference_id: string }

export type VatRateCreate = {
  tax_region_id: string
  code: string
  name: string
  rate: number
  is_default: false
  rules: Rule[]
  metadata: { vat_class: VatClass }
}

export type VatRateUpdate = {
  id: string
  code: string
  name: string
  rate: number
  /** only for rule-based rates (the default rate has none) */
  rules?: Rule[]
}

export type VatPlan = { create: VatRateCreate[]; update: VatRateUpdate[] }

const rulesOf = (spec: VatRateSpec): Rule[] =>
  spec.product_type_id ? [{ reference: "product_type", reference_id: spec.product_type_id }] : []

const sameRules = (a: { reference: string; reference_id: string }[] = [], b: Rule[]) =>
  a.length === b.length && b.every((r) => a.some((x) => x.reference === r.reference && x.reference_id === r.reference_id))

/**
 * What to create and update so the region's rates are those of `at`:
 * the default rate is found by `is_default`, the others by code. Rates the
 * store does not manage are left alone; a spec with neither a default nor a
 * product type is skipped (a rule-less non-default rate would apply to nothing).
 */
export function planVatRates(input: {
  tax_region_id: string
  existing: ExistingTaxRate[]
  specs: VatRateSpec[]
  at: Date
}): VatPlan {
  const plan: VatPlan = { create: [], update: [] }
  for (const spec of input.specs) {
    if (!spec.is_default && !spec.product_type_id) {
      continue
    }
    const rate = vatRateOn(spec.vat_class, input.at)
    const rules = rulesOf(spec)
    const current = spec.is_default
      ? input.existing.find((r) => r.is_default)
      : input.existing.find((r) => !r.is_default && r.code === spec.code)
    if (!current) {
      if (!spec.is_default) {
        plan.create.push({
          tax_region_id: input.tax_region_id,
          code: spec.code,
          name: spec.name,
          rate,
          is_default: false,
          rules,
          metadata: { vat_class: spec.vat_class },
        })
      }
      continue
    }
    const changed =
      current.rate !== rate ||
      current.code !== spec.code ||
      current.name !== spec.name ||
      (!spec.is_default && !sameRules(current.rules, rules))
    if (changed) {
      plan.update.push({ id: current.id, code: spec.code, name: spec.name, rate, ...(spec.is_default ? {} : { rules }) })
    }
  }
  return plan
}
