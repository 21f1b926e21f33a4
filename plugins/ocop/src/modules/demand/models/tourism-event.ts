import { model } from "@medusajs/framework/utils"

export const TOURISM_EVENT_KINDS = ["market_day", "festival", "holiday", "border_peak", "other"] as const

/**
 * A dated entry of the tourism calendar: a market day, a festival, Tết, a
 * border-gate peak. `location_key` is a kiosk/market key (e.g. "ky-lua");
 * null applies province-wide. Dates are Vietnam calendar dates (YYYY-MM-DD),
 * both included. `multiplier` scales expected demand on those days.
 */
const TourismEvent = model
  .define("tourism_event", {
    id: model.id({ prefix: "dtev" }).primaryKey(),
    /** natural key, e.g. "ky-lua-market-2026-12-10" */
    handle: model.text(),
    name: model.text().searchable(),
    kind: model.enum([...TOURISM_EVENT_KINDS]),
    location_key: model.text().nullable(),
    starts_on: model.text(),
    ends_on: model.text(),
    multiplier: model.float(),
    /** where the date comes from (a lunar table, a decree, an operator) */
    source: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["handle"], unique: true },
    { on: ["starts_on", "ends_on"] },
    { on: ["location_key", "starts_on"] },
  ])
  .checks([
    {
      name: "tourism_event_dates",
      expression: (c) =>
        `char_length(${c.starts_on}) = 10 AND char_length(${c.ends_on}) = 10 AND ${c.starts_on} <= ${c.ends_on}`,
    },
    { name: "tourism_event_multiplier_range", expression: (c) => `${c.multiplier} >= 0 AND ${c.multiplier} <= 10` },
  ])

export default TourismEvent
