import { decisionDate, issuerStated, shownScore } from "../../../storefront/src/lib/facts"
import { giMark } from "../../../storefront/src/lib/product-text"
import { OCOP_GROUP_LABELS } from "../../../plugins/ocop/src/modules/ocop/lib/groups"
import { vi } from "../../../storefront/src/i18n/vi"
import { en } from "../../../storefront/src/i18n/en"
import { zh } from "../../../storefront/src/i18n/zh"

describe("facts shown as facts (issue 15)", () => {
  it("hides a score made up to fit the stars, shows the council's", () => {
    expect(shownScore({ score_total: 78, illustrative_scores: true })).toBeNull()
    expect(shownScore({ score_total: 78, illustrative_scores: false })).toEqual(78)
    expect(shownScore({ score_total: null })).toBeNull()
  })

  it("gives only the year, in Vietnam's time, when the decision's day is not known", () => {
    expect(decisionDate({ decided_at: "2022-06-30T17:00:00.000Z", decided_at_approximate: true })).toEqual({
      year: 2022,
      yearOnly: true,
    })
    // 31 Dec 2021 18:00 UTC is already 1 January 2022 in Lạng Sơn
    expect(decisionDate({ decided_at: "2021-12-31T18:00:00.000Z", decided_at_approximate: true })).toEqual({
      year: 2022,
      yearOnly: true,
    })
    expect(decisionDate({ decided_at: "2025-09-12T00:00:00.000Z" })).toEqual({
      iso: "2025-09-12T00:00:00.000Z",
      yearOnly: false,
    })
    expect(decisionDate({ decided_at: null })).toBeNull()
  })

  it("says when the issuing body was inferred rather than stated", () => {
    expect(issuerStated({ issuing_body: "UBND tỉnh Lạng Sơn", issuing_body_inferred: true })).toBe(false)
    expect(issuerStated({ issuing_body: "UBND tỉnh Lạng Sơn", issuing_body_inferred: false })).toBe(true)
    expect(issuerStated({ issuing_body: null })).toBe(false)
  })

  it("names the OCOP groups as Decision 148/2023 does, as the backend does", () => {
    for (const [group, label] of Object.entries(OCOP_GROUP_LABELS)) {
      expect(vi.groups[group as keyof typeof vi.groups]).toEqual(label.vi)
      expect(en.groups[group as keyof typeof en.groups]).toEqual(label.en)
      expect(zh.groups[group as keyof typeof zh.groups]).toBeTruthy()
    }
    expect(en.groups.tourism).toEqual("Community tourism, eco-tourism & tourist destinations")
  })

  it("does not say the province rates 5 stars (5★ is national)", () => {
    for (const dict of [vi, en, zh]) {
      expect(dict.home.heroText).not.toMatch(/3 (đến|to|至) 5/)
    }
    expect(en.home.heroText).toContain("5 stars is a national rating")
  })

  it("shows a GI's badge only where the producer's right to use it is recorded", () => {
    const product = (badge: boolean) =>
      ({ marks: [{ id: "m", kind: "geographical_indication", name: "Lạng Sơn", registry_number: "00140", badge }] }) as any
    expect(giMark(product(true))?.registry_number).toEqual("00140")
    expect(giMark(product(false))).toBeNull()
  })
})
