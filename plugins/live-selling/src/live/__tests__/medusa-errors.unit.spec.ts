import { MedusaError } from "@medusajs/framework/utils"
import { LiveError } from "../../modules/livestream/lib/errors"
import { runLive, toMedusaError } from "../medusa-errors"

describe("toMedusaError", () => {
  it.each([
    ["forbidden", MedusaError.Types.FORBIDDEN],
    ["not_found", MedusaError.Types.NOT_FOUND],
    ["bad_request", MedusaError.Types.INVALID_DATA],
    ["not_live", MedusaError.Types.NOT_ALLOWED],
    ["sold_out", MedusaError.Types.NOT_ALLOWED],
    ["unauthorized", MedusaError.Types.UNAUTHORIZED],
  ] as const)("maps %s to %s and names the field in snake_case", (code, type) => {
    const e = toMedusaError(new LiveError(code, "perCustomerLimit: must not exceed quantity")) as MedusaError
    expect(e).toBeInstanceOf(MedusaError)
    expect({ type: e.type, message: e.message }).toEqual({ type, message: "per_customer_limit: must not exceed quantity" })
  })

  it("leaves other errors alone", async () => {
    const boom = new Error("boom")
    expect(toMedusaError(boom)).toBe(boom)
    await expect(runLive(async () => { throw boom })).rejects.toBe(boom)
    await expect(runLive(async () => 7)).resolves.toBe(7)
  })
})
