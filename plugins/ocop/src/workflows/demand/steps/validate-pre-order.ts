import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "../../../modules/demand"
import {
  addWeeks,
  depositAmount,
  describeMonths,
  isAllYear,
  isoWeekOf,
  nextHarvestWeek,
  OPEN_PRE_ORDER_STATUSES,
  preOrderCapacity,
  PreOrderPaymentMode,
  seasonPhase,
  SupplySeason,
} from "../../../modules/demand/lib"
import type DemandModuleService from "../../../modules/demand/service"
import type { PreOrderVariant } from "./resolve-pre-order-variant"

export type PreOrderRequest = {
  variant_id: string
  quantity: number
  payment_mode: PreOrderPaymentMode
  expected_week?: string
  cart_id?: string | null
  order_id?: string | null
  customer_id?: string | null
  channel: "store" | "admin"
  note?: string | null
  /** evaluate as of this instant (default: now) */
  now?: string
}

export const validatePreOrderStepId = "validate-pre-order"
/**
 * This step checks a pre-order against the product's harvest: the product
 * must be seasonal, the expected week after the current one and inside a
 * harvest window (default: the next harvest week), and the quantity within
 * what is left of the expected volume when one was entered. It returns the
 * record to create, with the price and the deposit (30%) in VND.
 */
export const validatePreOrderStep = createStep(
  validatePreOrderStepId,
  async ({ input, variant }: { input: PreOrderRequest; variant: PreOrderVariant }, { container }) => {
    const demand = container.resolve<DemandModuleService>(DEMAND_MODULE)
    const [row] = await demand.listSupplySeasons({ product_id: variant.product_id })
    const season = row as unknown as SupplySeason | undefined
    if (!season || isAllYear(season)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${variant.title} is sold all year: order it directly`)
    }
    const nextWeek = addWeeks(isoWeekOf(input.now ?? new Date()), 1)
    const week = input.expected_week ?? nextHarvestWeek(season, nextWeek)
    if (!week || week < nextWeek) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `expected_week must be ${nextWeek} or later`)
    }
    if (seasonPhase(week, season) === "none") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `expected_week ${week} is outside the harvest of ${variant.title} (${describeMonths(season.months)}); next harvest: ${nextHarvestWeek(season, week)}`
      )
    }
    const [forecast] = await demand.listSupplyForecasts({ product_id: variant.product_id, week })
    const open = await demand.listPreOrders(
      { product_id: variant.product_id, expected_week: week, status: OPEN_PRE_ORDER_STATUSES },
      { select: ["quantity"] }
    )
    const left = preOrderCapacity(forecast ? forecast.quantity : null, open.reduce((a, p) => a + p.quantity, 0))
    if (left !== null && input.quantity > left) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Only ${left} unit(s) of ${variant.title} are left to pre-order for ${week}`
      )
    }
    return new StepResponse({
      product_id: variant.product_id,
      variant_id: variant.variant_id,
      quantity: input.quantity,
      expected_week: week,
      payment_mode: input.payment_mode,
      unit_price: variant.unit_price,
      deposit_amount: input.payment_mode === "deposit" ? depositAmount(variant.unit_price, input.quantity) : 0,
      cart_id: input.cart_id ?? null,
      order_id: input.order_id ?? null,
      customer_id: input.customer_id ?? null,
      channel: input.channel,
      note: input.note ?? null,
    })
  }
)
