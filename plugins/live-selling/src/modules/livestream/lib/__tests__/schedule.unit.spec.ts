import { scheduleProblem, SCHEDULE_GRACE_MS } from "../schedule"

describe("scheduleProblem", () => {
  const now = new Date("2026-05-01T12:00:00Z")

  it("accepts no start time, a future one and one within the grace period", () => {
    expect(scheduleProblem(null, now)).toBeNull()
    expect(scheduleProblem(undefined, now)).toBeNull()
    expect(scheduleProblem("2026-05-02T13:00:00+07:00", now)).toBeNull()
    expect(scheduleProblem(new Date(now.getTime() - SCHEDULE_GRACE_MS), now)).toBeNull()
  })

  it("refuses a start in the past and a non-date", () => {
    expect(scheduleProblem(new Date(now.getTime() - SCHEDULE_GRACE_MS - 1), now)).toMatch(/past/)
    expect(scheduleProblem("2020-01-01T00:00:00Z", now)).toMatch(/past/)
    expect(scheduleProblem("not a date", now)).toMatch(/date/)
  })
})
