import { SIGNALS_BY_WEEK_SQL } from "../../queries/dashboard"
import { INSERT_WEEKS_SQL } from "../../queries/rollup"
import { sourceCounts, sumSourceCounts } from "../source-counts"

describe("counts by source", () => {
  it("reads a rollup row's per-source columns, 0 for a source with none", () => {
    expect(sourceCounts({ week: "2026-W49", kind: "order", store_events: 0, store_units: "0", server_events: 3, server_units: "7" })).toEqual({
      store: { events: 0, units: 0 },
      server: { events: 3, units: 7 },
      demo: { events: 0, units: 0 },
    })
  })

  it("adds rows up", () => {
    const a = sourceCounts({ store_events: 2, store_units: 2, server_events: 1, server_units: 5 })
    const b = sourceCounts({ store_events: 1, store_units: 4, demo_events: 9, demo_units: 9 })
    expect(sumSourceCounts([{ by_source: a }, { by_source: b }])).toEqual({
      store: { events: 3, units: 6 },
      server: { events: 1, units: 5 },
      demo: { events: 9, units: 9 },
    })
  })

  it("keeps the source in the rollup and counts each source in the signals query", () => {
    expect(INSERT_WEEKS_SQL).toMatch(/SELECT "week", "kind", "source",/)
    for (const s of ["store", "server", "demo"]) {
      expect(SIGNALS_BY_WEEK_SQL).toContain(`COALESCE(sum("events") FILTER (WHERE "source" = '${s}'), 0)::int AS "${s}_events"`)
      expect(SIGNALS_BY_WEEK_SQL).toContain(`AS "${s}_units"`)
    }
  })
})
