import { LiveError } from "../../../modules/livestream/lib/errors"
import { parseInput } from "../schemas"

const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e as LiveError
  }
  throw new Error("expected a refusal")
}

describe("event payload validation", () => {
  const launch = { streamId: "lstr_1", variantId: "variant_1", price: 99000, quantity: 10, startsInSec: 10, durationSec: 60 }

  it("accepts the contract's payloads and fills defaults", () => {
    expect(parseInput("offer:launch", launch)).toEqual({ ...launch, perCustomerLimit: 1 })
    expect(parseInput("join", { streamId: "lstr_1", lastSeq: 0 })).toEqual({ streamId: "lstr_1", lastSeq: 0 })
    expect(parseInput("offer:claim", { offerId: "loff_1", quantity: 1, idempotencyKey: "abc-1234" }).cartId).toBeUndefined()
  })

  it.each([
    ["offer:launch", { ...launch, startsInSec: 9 }, "startsInSec"],
    ["offer:launch", { ...launch, startsInSec: 301 }, "startsInSec"],
    ["offer:launch", { ...launch, price: 1.5 }, "price"],
    ["offer:launch", { ...launch, quantity: "10" }, "quantity"],
    ["product:pin", { streamId: "s", productIds: ["a", "b", "c", "d"] }, "productIds"],
    ["product:pin", { streamId: "s", productIds: ["a", 1] }, "productIds.1"],
    ["react", { streamId: "s", kind: "angry" }, "kind"],
    ["chat:mute", { streamId: "s", userId: "u", minutes: 1441 }, "minutes"],
    ["join", { streamId: "bad id" }, "streamId"],
    ["join", [], "payload"],
    ["join", undefined, "payload"],
  ])("%s %j → bad_request on %s", (event, payload, field) => {
    const e = refusal(() => parseInput(event as any, payload))
    expect(e.code).toBe("bad_request")
    expect(e.message.startsWith(`${field}:`)).toBe(true)
    expect(e.details.field).toBe(field)
  })
})
