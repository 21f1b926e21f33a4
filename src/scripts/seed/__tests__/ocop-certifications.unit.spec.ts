import { CATALOGUE } from "../../data/lang-son-catalogue"
import { prepareCertification } from "@ocop-live/ocop/modules/ocop/lib"
import { plannedCertifications } from "../ocop-certifications"

const item = (handle: string) => CATALOGUE.find((p) => p.handle === handle)!

describe("plannedCertifications", () => {
  it("plans the history first, with approximate dates when only the year is known", () => {
    const plan = plannedCertifications(item("na-chi-lang"))
    expect(plan.map((c) => [c.stars, c.decided_at, c.decided_at_approximate])).toEqual([
      [3, "2021-07-01", true],
      [4, "2022-07-01", true],
    ])
  })

  it("keeps a known decision date, number and round", () => {
    const [, current] = plannedCertifications(item("ruou-men-la-cong-son"))
    expect(current).toMatchObject({ stars: 4, decided_at: "2024-01-18", decided_at_approximate: false })
    const [lua_vy] = plannedCertifications(item("tra-diep-ca-lua-vy"))
    expect(lua_vy).toMatchObject({
      decision_number: "2865/QĐ-UBND",
      round: "2025 đợt 2",
      issuing_body: "UBND tỉnh Lạng Sơn",
      issuing_body_inferred: false,
    })
  })

  it("splits a published total (70 points) and flags the parts as illustrative", () => {
    const [ngong] = plannedCertifications(item("ngong-hoa-cai"))
    expect(ngong).toMatchObject({ stars: 4, score_total: 70, illustrative_scores: true })
    expect(ngong.score_a + ngong.score_b + ngong.score_c).toBe(70)
  })

  it("infers a district body for 3★ decided under QĐ 148", () => {
    const [mai_sao] = plannedCertifications(item("khau-nhuc-mai-sao"))
    expect(mai_sao).toMatchObject({ issuing_level: "district", issuing_body: "UBND huyện Chi Lăng", issuing_body_inferred: true })
  })

  it("gives every catalogue certification scores that the rules accept with the catalogue's stars", () => {
    const planned = CATALOGUE.flatMap(plannedCertifications)
    expect(planned.length).toBeGreaterThanOrEqual(CATALOGUE.filter((p) => p.ocop).length)
    for (const c of planned) {
      const { value, problems } = prepareCertification(c, new Date("2026-11-28T00:00:00Z"))
      expect(problems).toEqual([])
      expect(value!.stars).toBe(c.stars)
    }
  })

  it("plans nothing for products without a confirmed rating", () => {
    expect(plannedCertifications(item("hong-khong-hat-bao-lam"))).toEqual([])
  })
})
