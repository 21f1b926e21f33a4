import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pickupOptionCode } from "../kiosk-order-rules"

export type KioskPoint = { region_id: string; shipping_option_id: string }

/**
 * The kiosk's pickup option (shipping option type code `pickup-<location>`,
 * as seeded) and the region of its country (Vietnam). A location with no
 * pickup point: INVALID_DATA naming `location`.
 */
export const resolveKioskPointStep = createStep(
  "resolve-kiosk-point",
  async (input: { location: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "type.code"],
    })
    const option = options.find((o: any) => o.type?.code === pickupOptionCode(input.location))
    if (!option) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `location: no kiosk pickup point "${input.location}"`)
    }
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "countries.iso_2"],
    })
    const region = regions.find((r: any) => r.countries?.some((c: any) => c.iso_2 === "vn"))
    if (!region) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No region sells to Vietnam")
    }
    return new StepResponse<KioskPoint>({ region_id: region.id, shipping_option_id: option.id })
  }
)
