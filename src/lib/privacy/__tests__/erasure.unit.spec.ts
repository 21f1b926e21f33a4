import { deidentifiedCustomer, erasedEmail, isErasedEmail, loginsToRemove } from "../erasure"

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

describe("loginsToRemove", () => {
  it("deletes identities that sign in only as the customer, unlinks shared ones", () => {
    expect(
      loginsToRemove([
        { id: "authid_1", app_metadata: { customer_id: "cus_1" } },
        { id: "authid_2", app_metadata: null },
        { id: "authid_3", app_metadata: { customer_id: "cus_1", user_id: "user_1" } },
        { id: "authid_4", app_metadata: { customer_id: "cus_1", producer_id: "", user_id: null } },
      ])
    ).toEqual({
      delete: ["authid_1", "authid_2", "authid_4"],
      unlink: [{ id: "authid_3", app_metadata: { user_id: "user_1" } }],
    })
  })
})
