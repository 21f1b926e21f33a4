import { z } from "@medusajs/framework/zod"
import {
  isIsoWeek,
  PRE_ORDER_PAYMENT_MODES,
  PRE_ORDER_STATUSES,
  SUGGESTION_KINDS,
} from "../../../modules/demand/lib"
import { TOURISM_EVENT_KINDS } from "../../../modules/demand/models/tourism-event"

const isoWeek = z.string().refine(isIsoWeek, { message: "expected an ISO week such as 2026-W49" })
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
const month = z.number().int().min(1).max(12)
const commaList = z.union([z.string(), z.array(z.string())]).transform((v) => [v].flat().flatMap((s) => s.split(",")).filter(Boolean))
const scope = { producer_id: z.string().optional(), product_id: z.string().optional() }
const page = (limit: number) => ({
  limit: z.coerce.number().int().min(1).max(500).default(limit),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminDemandWeeks = z.object({
  ...scope,
  /** one week, or a range from/to (default: the current week and the next three) */
  week: isoWeek.optional(),
  from: isoWeek.optional(),
  to: isoWeek.optional(),
})

export const AdminListDemandMatches = z.object({
  ...page(100),
  ...AdminDemandWeeks.shape,
  status: commaList.optional(),
})

export const AdminListDemandSuggestions = z.object({
  ...page(50),
  ...AdminDemandWeeks.shape,
  status: commaList.optional(),
  kind: commaList.pipe(z.array(z.enum(SUGGESTION_KINDS))).optional(),
})

export const AdminUpdateDemandSuggestion = z.object({ status: z.enum(["open", "dismissed", "done"]) })

export const AdminComputeDemandMatches = z.object({
  now: z.iso.datetime({ offset: true }).optional(),
  horizon: z.number().int().min(1).max(12).optional(),
  history: z.number().int().min(1).max(12).optional(),
})

export const AdminDemandDashboard = z.object({
  ...scope,
  weeks: z.coerce.number().int().min(1).max(26).default(8),
  ahead: z.coerce.number().int().min(0).max(8).default(3),
})

export const AdminListPreOrders = z.object({
  ...page(50),
  ...scope,
  status: commaList.pipe(z.array(z.enum(PRE_ORDER_STATUSES))).optional(),
  expected_week: isoWeek.optional(),
  order_id: z.string().optional(),
})

export const AdminPreOrderBook = z.object({ ...scope })

export const AdminCreatePreOrder = z.object({
  variant_id: z.string().min(1),
  quantity: z.number().int().min(1).max(100000),
  payment_mode: z.enum(PRE_ORDER_PAYMENT_MODES),
  expected_week: isoWeek.optional(),
  order_id: z.string().optional(),
  cart_id: z.string().optional(),
  customer_id: z.string().optional(),
  note: z.string().max(1000).optional(),
})

export const AdminCancelPreOrder = z.object({ reason: z.string().max(500).optional() })

export const AdminSupplyView = z.object({
  ...scope,
  /** up to a year ahead: producers plan the next harvest */
  weeks: z.coerce.number().int().min(1).max(60).default(6),
})

export const AdminSetSupplyForecasts = z.object({
  forecasts: z
    .array(z.object({ product_id: z.string().min(1), week: isoWeek, quantity: z.number().int().min(0).max(10_000_000), note: z.string().max(500).optional() }))
    .min(1)
    .max(500),
})

export const AdminSetSupplySeason = z.object({
  months: z.array(month).max(12),
  off_season_months: z.array(month).max(12).default([]),
  uncertain: z.boolean().default(false),
  perishable: z.boolean().default(false),
  note: z.string().max(500).nullable().optional(),
})

export const AdminListTourismEvents = z.object({
  ...page(200),
  from: date.optional(),
  to: date.optional(),
  location_key: z.string().optional(),
  kind: commaList.pipe(z.array(z.enum(TOURISM_EVENT_KINDS))).optional(),
})

const tourismEvent = z.object({
  handle: z.string().regex(/^[a-z0-9-]{1,100}$/, "expected a slug such as ky-lua-market-2026-12-10"),
  name: z.string().min(1).max(200),
  kind: z.enum(TOURISM_EVENT_KINDS),
  location_key: z.string().regex(/^[a-z0-9-]{1,64}$/).nullable().default(null),
  starts_on: date,
  ends_on: date,
  multiplier: z.number().min(0).max(10),
  source: z.string().max(500).nullable().optional(),
  note: z.string().max(1000).nullable().optional(),
})
const datesInOrder = (e: { starts_on?: string; ends_on?: string }) => !e.starts_on || !e.ends_on || e.starts_on <= e.ends_on

export const AdminCreateTourismEvents = z.object({
  events: z.array(tourismEvent.refine(datesInOrder, { message: "ends_on is before starts_on", path: ["ends_on"] })).min(1).max(500),
})

export const AdminUpdateTourismEvent = tourismEvent.omit({ handle: true }).partial().refine(datesInOrder, {
  message: "ends_on is before starts_on",
  path: ["ends_on"],
})

export const AdminCreateMarketDays = z.object({
  location_key: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(200),
  from: date,
  to: date,
  multiplier: z.number().min(0).max(10),
  /** lunar days of the month; default Kỳ Lừa's 2, 7, 12, 17, 22, 27 */
  lunar_days: z.array(z.number().int().min(1).max(30)).min(1).max(30).optional(),
})

export type AdminDemandWeeksType = z.infer<typeof AdminDemandWeeks>
export type AdminListDemandMatchesType = z.infer<typeof AdminListDemandMatches>
export type AdminListDemandSuggestionsType = z.infer<typeof AdminListDemandSuggestions>
export type AdminUpdateDemandSuggestionType = z.infer<typeof AdminUpdateDemandSuggestion>
export type AdminComputeDemandMatchesType = z.infer<typeof AdminComputeDemandMatches>
export type AdminDemandDashboardType = z.infer<typeof AdminDemandDashboard>
export type AdminListPreOrdersType = z.infer<typeof AdminListPreOrders>
export type AdminPreOrderBookType = z.infer<typeof AdminPreOrderBook>
export type AdminCreatePreOrderType = z.infer<typeof AdminCreatePreOrder>
export type AdminCancelPreOrderType = z.infer<typeof AdminCancelPreOrder>
export type AdminSupplyViewType = z.infer<typeof AdminSupplyView>
export type AdminSetSupplyForecastsType = z.infer<typeof AdminSetSupplyForecasts>
export type AdminSetSupplySeasonType = z.infer<typeof AdminSetSupplySeason>
export type AdminListTourismEventsType = z.infer<typeof AdminListTourismEvents>
export type AdminCreateTourismEventsType = z.infer<typeof AdminCreateTourismEvents>
export type AdminUpdateTourismEventType = z.infer<typeof AdminUpdateTourismEvent>
export type AdminCreateMarketDaysType = z.infer<typeof AdminCreateMarketDays>
