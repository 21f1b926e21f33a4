import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { OcopRecordEntity } from "./entities"

/**
 * The products whose catalogue rows show the given records (read before a
 * delete and after a create or update, so the refresh covers both sides).
 * Reads only: nothing to compensate.
 */
export const findRecordProductsStep = createStep(
  "find-ocop-record-products",
  async (input: { entity: OcopRecordEntity; ids: string[]; also?: string[] }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const found = await ocop.productsShowingRecords(input.entity, input.ids)
    return new StepResponse([...new Set([...(input.also ?? []), ...found])])
  }
)
