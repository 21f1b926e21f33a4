import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUNTRY, CURRENCY, SeedContext } from "./context"
import { vatRateOn } from "../../lib/compliance"
import { VAT_RATES } from "../../config/vat"

export const REGION_NAME = "Vietnam"
/**
 * Vietnamese retail prices include VAT. The region's default rate is the
 * standard class's on the day (10 %, 8 % until 31/12/2026); other classes
 * get their own rates by product type (`./compliance.ts`).
 */
export const defaultVat = (at: Date) => ({ ...VAT_RATES.standard, rate: vatRateOn("standard", at) })

export async function ensureRegion({ container, log }: SeedContext, paymentProviders: string[]) {
  const regionService = container.resolve(Modules.REGION)
  const [existing] = await regionService.listRegions({ name: REGION_NAME })
  if (existing) {
    await enableNewProviders({ container, log }, existing.id, paymentProviders)
    return existing
  }
  log("Region: Vietnam (VND, VAT included in prices)")
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: CURRENCY,
          countries: [COUNTRY],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: paymentProviders,
        },
      ],
    },
  })
  return result[0]
}

/**
 * A payment provider configured after the first seed (e.g. STRIPE_API_KEY
 * set later) is enabled on the region by the next `npm run seed`; the
 * providers already there stay.
 */
async function enableNewProviders({ container, log }: SeedContext, regionId: string, providers: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: regionId } })
  const current = ((region as any)?.payment_providers ?? []).map((p: { id: string }) => p.id) as string[]
  const missing = providers.filter((id) => !current.includes(id))
  if (!missing.length) {
    return
  }
  log(`Region Vietnam: enabling ${missing.join(", ")}`)
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: [...current, ...missing] } },
  })
}

export async function ensureTaxRegion({ container, log }: SeedContext) {
  const taxService = container.resolve(Modules.TAX)
  const [existing] = await taxService.listTaxRegions({ country_code: COUNTRY })
  if (existing) {
    return existing
  }
  const default_tax_rate = defaultVat(new Date())
  log(`Tax region: Vietnam, default VAT ${default_tax_rate.rate}%`)
  const { result } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: COUNTRY,
        provider_id: "tp_system",
        default_tax_rate,
      },
    ],
  })
  return result[0]
}
