import {
  checkoutConsentMode,
  checkoutConsentProblem,
  consentRecord,
  isConsentRecord,
  keepServerConsent,
  PostCartConsentSchema,
  PRIVACY_NOTICE_VERSION,
  registrationConsentProblem,
} from "../consent"

const RECORD = { version: PRIVACY_NOTICE_VERSION, at: "2026-12-05T01:02:03.000Z" }

describe("consentRecord", () => {
  it("keeps the notice version and the server's time", () => {
    expect(consentRecord(new Date("2026-12-05T01:02:03Z"))).toEqual(RECORD)
    expect(consentRecord(new Date("2026-12-05T01:02:03Z"), "v0")).toEqual({ version: "v0", at: RECORD.at })
  })

  it.each([
    [RECORD, true],
    [true, false],
    [null, false],
    [{ version: "", at: RECORD.at }, false],
    [{ version: "v1", at: "yesterday" }, false],
    [{ version: "v1" }, false],
  ])("isConsentRecord(%j) is %s", (value, expected) => {
    expect(isConsentRecord(value)).toBe(expected)
  })
})

describe("registrationConsentProblem", () => {
  it("accepts only metadata.personal_data_consent: true", () => {
    expect(registrationConsentProblem({ personal_data_consent: true })).toBeNull()
    for (const metadata of [undefined, null, {}, { personal_data_consent: "true" }, { personal_data_consent: RECORD }]) {
      expect(registrationConsentProblem(metadata as any)).toMatch(/^metadata\.personal_data_consent: must be true/)
    }
  })
})

describe("checkoutConsentProblem", () => {
  const marked = { personal_data_consent_required: true }
  it.each([
    ["an unmarked cart (stock client), storefront mode", {}, "storefront", false],
    ["a cart without metadata, storefront mode", null, "storefront", false],
    ["a marked cart without consent", marked, "storefront", true],
    ["a marked cart with a client's `true`", { ...marked, personal_data_consent: true }, "storefront", true],
    ["a marked cart with a recorded consent", { ...marked, personal_data_consent: RECORD }, "storefront", false],
    ["an unmarked cart, all mode", {}, "all", true],
    ["an unmarked cart with a recorded consent, all mode", { personal_data_consent: RECORD }, "all", false],
  ] as const)("%s: refused %s", (_name, metadata, mode, refused) => {
    const problem = checkoutConsentProblem(metadata as any, mode)
    expect(problem === null).toBe(!refused)
    if (refused) {
      expect(problem).toMatch(/^personal_data_consent: /)
    }
  })

  it("reads the mode from the environment value, defaulting to storefront", () => {
    expect(checkoutConsentMode(undefined)).toBe("storefront")
    expect(checkoutConsentMode("")).toBe("storefront")
    expect(checkoutConsentMode("storefront")).toBe("storefront")
    expect(checkoutConsentMode(" ALL ")).toBe("all")
  })
})

describe("keepServerConsent", () => {
  it("keeps the stored record and opt-in through a client's metadata update", () => {
    const stored = { personal_data_consent: RECORD, personal_data_consent_required: true, delivery: "pickup" }
    expect(keepServerConsent({ delivery: "delivery", personal_data_consent_required: false }, stored)).toEqual({
      delivery: "delivery",
      personal_data_consent: RECORD,
      personal_data_consent_required: true,
    })
  })

  it("lets a client opt in, and leaves metadata without consent as sent", () => {
    expect(keepServerConsent({ personal_data_consent_required: true }, {})).toEqual({ personal_data_consent_required: true })
    expect(keepServerConsent({ a: 1 }, null)).toEqual({ a: 1 })
  })
})

describe("PostCartConsentSchema", () => {
  it("takes only personal_data_consent: true", () => {
    expect(PostCartConsentSchema.parse({ personal_data_consent: true })).toEqual({ personal_data_consent: true })
    expect(PostCartConsentSchema.safeParse({ personal_data_consent: false }).success).toBe(false)
    expect(PostCartConsentSchema.safeParse({}).success).toBe(false)
    expect(PostCartConsentSchema.safeParse({ personal_data_consent: true, at: "2020-01-01" }).success).toBe(false)
  })
})
