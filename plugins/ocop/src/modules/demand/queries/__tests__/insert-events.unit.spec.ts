import { toEventRow } from "../../lib/event-schema"
import { EVENT_COLUMNS, insertEventsSql } from "../insert-events"

describe("insertEventsSql", () => {
  it("sends one array per column, whatever the batch size, and skips refs already recorded", () => {
    const rows = [
      toEventRow({ kind: "order", occurred_at: "2026-11-28T03:00:00Z", product_id: "p1", quantity: 2, value: 130000 }, "server", "order:o1:i1"),
      toEventRow({ kind: "search", occurred_at: "2026-11-28T03:00:00Z", query: "Quýt" }, "store"),
    ]
    const { sql, bindings } = insertEventsSql(rows)
    expect(bindings).toHaveLength(EVENT_COLUMNS.length)
    expect(bindings[EVENT_COLUMNS.indexOf("product_id")]).toEqual(["p1", null])
    expect(bindings[EVENT_COLUMNS.indexOf("query_norm")]).toEqual([null, "quyt"])
    expect(bindings[EVENT_COLUMNS.indexOf("ref")]).toEqual(["order:o1:i1", null])
    expect(sql).toMatch(/^INSERT INTO "demand_event" \("kind", "occurred_at", "week", .*\) SELECT \* FROM unnest\(\?::text\[\], \?::timestamptz\[\], /)
    expect(sql).toMatch(/ON CONFLICT \("ref"\) WHERE "ref" IS NOT NULL DO NOTHING$/)
    expect((sql.match(/\?/g) ?? []).length).toEqual(EVENT_COLUMNS.length)
  })
})
