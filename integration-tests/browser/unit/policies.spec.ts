import { LOCALES } from "../../../storefront/src/i18n"
import { vi } from "../../../storefront/src/i18n/vi"
import { en } from "../../../storefront/src/i18n/en"
import { zh } from "../../../storefront/src/i18n/zh"
import {
  OPERATOR_FIELDS,
  operatorComplete,
  operatorEnvName,
  operatorFrom,
  POLICY_SLUGS,
  policyText,
  PRIVACY_NOTICE_VERSION,
} from "../../../storefront/src/lib/policies"
import { PRIVACY_NOTICE_VERSION as BACKEND_VERSION } from "../../../src/lib/privacy"

describe("policy texts (issue #15: shop identity and policies)", () => {
  it.each(LOCALES)("has every page in %s, with a title, a summary and sections", (locale) => {
    for (const slug of POLICY_SLUGS) {
      const text = policyText(locale, slug)
      expect(text.title.trim()).not.toBe("")
      expect(text.summary.trim()).not.toBe("")
      expect(text.sections.length).toBeGreaterThan(0)
      for (const s of text.sections) {
        expect(s.heading.trim()).not.toBe("")
        expect(s.paragraphs.every((p) => p.trim().length > 20)).toBe(true)
      }
    }
  })

  it("gives every language the same sections", () => {
    for (const slug of POLICY_SLUGS) {
      const counts = LOCALES.map((l) => policyText(l, slug).sections.map((s) => s.paragraphs.length))
      expect(counts[1]).toEqual(counts[0])
      expect(counts[2]).toEqual(counts[0])
    }
  })

  it("says in the privacy notice what, why, who, how long, the rights and how to delete, in each language", () => {
    for (const locale of LOCALES) {
      const privacy = policyText(locale, "privacy")
      expect(privacy.sections).toHaveLength(6)
      expect(privacy.summary).toContain("13/2023")
    }
  })

  it("invents no registration, tax or phone number: those come from configuration only", () => {
    for (const locale of LOCALES) {
      for (const slug of POLICY_SLUGS) {
        const text = JSON.stringify(policyText(locale, slug))
        expect(text).not.toMatch(/\d{6,}/)
        expect(text).not.toMatch(/@[a-z0-9-]+\.[a-z]/i)
      }
    }
  })

  it("records consent under the version the backend records", () => {
    expect(PRIVACY_NOTICE_VERSION).toBe(BACKEND_VERSION)
  })

  it("has footer labels and consent texts in every dictionary", () => {
    for (const t of [vi, en, zh]) {
      expect(Object.keys(t.policies.links).sort()).toEqual([...POLICY_SLUGS].sort())
      expect(t.policies.consentRegister).toContain("{link}")
      expect(t.policies.consentCheckout).toContain("{link}")
    }
  })
})

describe("operatorFrom", () => {
  it("reads the operator's details from the environment, null where not configured", () => {
    expect(operatorFrom({})).toEqual({ name: null, registration: null, address: null, phone: null, email: null })
    const partial = operatorFrom({ OCOP_OPERATOR_NAME: "  HTX Ví dụ  ", OCOP_OPERATOR_EMAIL: " ", OCOP_OPERATOR_PHONE: "" })
    expect(partial).toEqual({ name: "HTX Ví dụ", registration: null, address: null, phone: null, email: null })
    expect(operatorComplete(partial)).toBe(false)
  })

  it("is complete only with every field", () => {
    const env = Object.fromEntries(OPERATOR_FIELDS.map((f) => [operatorEnvName(f), `value of ${f}`]))
    expect(operatorComplete(operatorFrom(env))).toBe(true)
    expect(OPERATOR_FIELDS.map(operatorEnvName)).toEqual([
      "OCOP_OPERATOR_NAME",
      "OCOP_OPERATOR_REGISTRATION",
      "OCOP_OPERATOR_ADDRESS",
      "OCOP_OPERATOR_PHONE",
      "OCOP_OPERATOR_EMAIL",
    ])
  })
})
