import { checkoutProblem, joinName, normalisePhone, splitName, type CheckoutInput } from "../../../storefront/src/lib/checkout-rules"
import { formatVnd } from "../../../storefront/src/lib/money"

const input: CheckoutInput = {
  email: "a@b.vn", phone: "0912345678", name: "Nguyễn Văn An", street: "12 Trần Đăng Ninh",
  ward: "Đông Kinh", province: "Lạng Sơn", optionId: "so_1", providerId: "pp_system_default",
}

describe("money", () => {
  it("shows integer VND with dots and no decimals", () => {
    expect(formatVnd(65000)).toEqual("65.000 ₫")
    expect(formatVnd(1234567)).toEqual("1.234.567 ₫")
    expect(formatVnd(0)).toEqual("0 ₫")
    expect(formatVnd(null)).toEqual("—")
  })
})

describe("checkout rules", () => {
  it("accepts Vietnamese phone numbers in the usual spellings", () => {
    expect(normalisePhone("0912 345 678")).toEqual("0912345678")
    expect(normalisePhone("+84 912.345.678")).toEqual("0912345678")
    expect(normalisePhone("12345")).toBeNull()
  })

  it("needs an address for delivery only, and an email except for kiosk pickup", () => {
    expect(checkoutProblem(input, { pickup: false })).toBeNull()
    expect(checkoutProblem({ ...input, street: " " }, { pickup: false })).toEqual({ code: "required", field: "street" })
    expect(checkoutProblem({ ...input, street: "" }, { pickup: true })).toBeNull()
    expect(checkoutProblem({ ...input, email: "" }, { pickup: true })).toEqual({ code: "required", field: "email" })
    expect(checkoutProblem({ ...input, email: "" }, { pickup: true, emailOptional: true })).toBeNull()
    expect(checkoutProblem({ ...input, email: "nope" }, { pickup: false })).toEqual({ code: "email" })
    expect(checkoutProblem({ ...input, phone: "123" }, { pickup: false })).toEqual({ code: "phone" })
  })

  it("splits a Vietnamese name (family name first) and joins it back", () => {
    expect(splitName("Nguyễn Văn An")).toEqual({ first_name: "An", last_name: "Nguyễn Văn" })
    expect(splitName("Lan")).toEqual({ first_name: "Lan", last_name: "" })
    expect(joinName("An", "Nguyễn Văn")).toEqual("Nguyễn Văn An")
  })
})
