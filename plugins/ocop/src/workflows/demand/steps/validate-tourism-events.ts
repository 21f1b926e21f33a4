import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "../../../modules/demand"
import type DemandModuleService from "../../../modules/demand/service"
import type { TourismEventInput } from "./tourism-events"

/** This step refuses calendar entries whose handle is already taken (409). */
export const validateTourismEventsStep = createStep(
  "validate-tourism-events",
  async (rows: TourismEventInput[], { container }) => {
    const taken = await container
      .resolve<DemandModuleService>(DEMAND_MODULE)
      .listTourismEvents({ handle: rows.map((r) => r.handle) }, { select: ["handle"] })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Calendar entries already exist: ${taken.map((t) => t.handle).join(", ")}`
      )
    }
    return new StepResponse(undefined)
  }
)
