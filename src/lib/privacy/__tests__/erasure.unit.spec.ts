import { deidentifiedCustomer, erasedEmail, isErasedEmail } from "../erasure"

describe("erasure values", () => {
  it("gives each customer a unique, undeliverable e-mail", () => {
    expect(erasedEmail("cus_01ABC")).toBe("cus_01abc@erased.invalid")
    expect(erasedEmail("cus_1")).not.toBe(erasedEmail("cus_2"))
    expect(isErasedEmail(erasedEmail("cus_1"))).toBe(true)
    expect(isErasedEmail("buyer@example.vn")).toBe(false)
    expect(isErasedEmail(null)).toBe(false)
  })

  it("keeps nothing personal on the customer", () => {
    expect(deidentifiedCustomer("cus_1")).toEqual({
      email: "cus_1@erased.invalid",
      first_name: null,
      last_name: null,
      phone: null,
      company_name: null,
      metadata: null,
    })
  })
})
