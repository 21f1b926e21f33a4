import { certificationHistory, currentCertification } from "../current"

const rec = (id: string, status: any, decided_at: string) => ({ id, status, decided_at })

describe("currentCertification", () => {
  it("prefers the active record, even over a later expired one", () => {
    const records = [rec("old", "active", "2022-01-01"), rec("late", "expired", "2023-01-01")]
    expect(currentCertification(records)!.id).toBe("old")
  })

  it("otherwise takes the latest record that was not superseded", () => {
    const records = [
      rec("h", "superseded", "2021-07-01"),
      rec("cur", "expired", "2022-07-01"),
      rec("older", "revoked", "2020-01-01"),
    ]
    expect(currentCertification(records)!.id).toBe("cur")
    expect(currentCertification([rec("h", "superseded", "2021-07-01")])).toBeNull()
    expect(currentCertification(undefined)).toBeNull()
  })

  it("lists the history newest first", () => {
    const records = [rec("a", "superseded", "2021-07-01"), rec("b", "active", "2022-07-01")]
    expect(certificationHistory(records).map((r) => r.id)).toEqual(["b", "a"])
  })
})
