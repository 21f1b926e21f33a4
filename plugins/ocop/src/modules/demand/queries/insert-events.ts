import type { DemandEventRow } from "../lib/event-kinds"

/** Columns written per event, with the Postgres array type each is sent as. */
const COLUMN_TYPES = {
  kind: "text",
  occurred_at: "timestamptz",
  week: "text",
  product_id: "text",
  variant_id: "text",
  query: "text",
  query_norm: "text",
  location_key: "text",
  stream_id: "text",
  quantity: "int",
  value: "bigint",
  session_id: "text",
  channel: "text",
  referral_code: "text",
  source: "text",
  ref: "text",
} as const satisfies Record<keyof DemandEventRow, string>

export const EVENT_COLUMNS = Object.keys(COLUMN_TYPES) as (keyof DemandEventRow)[]

/**
 * The batch as one multi-row INSERT … SELECT FROM unnest(…): one array per
 * column, so the statement has 16 bindings whatever the batch size (a
 * VALUES list would have 16 per event; unnest measured 2-3× faster in
 * bench/demand.ts). Server-side events and visits through a shared link
 * carry a `ref` and are recorded once: a retried subscriber or a reloaded
 * page adds nothing.
 */
export function insertEventsSql(rows: DemandEventRow[]): { sql: string; bindings: unknown[][] } {
  const bindings = EVENT_COLUMNS.map(() => new Array(rows.length))
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    for (let c = 0; c < EVENT_COLUMNS.length; c++) bindings[c][r] = row[EVENT_COLUMNS[c]]
  }
  const sql =
    `INSERT INTO "demand_event" (${EVENT_COLUMNS.map((c) => `"${c}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${EVENT_COLUMNS.map((c) => `?::${COLUMN_TYPES[c]}[]`).join(", ")}) ` +
    `ON CONFLICT ("ref") WHERE "ref" IS NOT NULL DO NOTHING`
  return { sql, bindings }
}
