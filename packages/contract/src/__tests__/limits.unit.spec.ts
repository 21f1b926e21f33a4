import * as contract from "../index.js"
import { ACK_ERROR_CODES, CLAIM_QUANTITY, OFFER, PAGE, isAckError } from "../index.js"

describe("limits", () => {
  it("are the documented values (api-contract.md) and cannot be changed at run time", () => {
    expect({
      chat: contract.CHAT_TEXT_MAX,
      pinned: contract.PINNED_PRODUCTS_MAX,
      claim: CLAIM_QUANTITY,
      page: PAGE,
      cartLine: contract.CART_LINE_QUANTITY_MAX,
    }).toEqual({ chat: 500, pinned: 3, claim: { min: 1, max: 100 }, page: { max: 100, default: 20 }, cartLine: 99 })
    expect(() => {
      ;(OFFER.startsInSec as any).max = 1
    }).toThrow(TypeError)
    expect(OFFER.startsInSec).toEqual({ min: 10, max: 300, default: 10 })
  })

  it("keep every default inside its range", () => {
    for (const [name, r] of Object.entries(OFFER) as [string, { min: number; max: number; default?: number }][]) {
      expect({ name, ordered: r.min <= r.max }).toEqual({ name, ordered: true })
      if (r.default !== undefined) expect({ name, inside: r.default >= r.min && r.default <= r.max }).toEqual({ name, inside: true })
    }
  })
})

describe("isAckError", () => {
  it("recognises the gateway's refusal shape only", () => {
    expect(
      [
        { error: { code: "sold_out", message: "Sold out", left: 0 } },
        { error: { code: "bad_request" } },
        { claim: {}, left: 1 },
        { error: "sold_out" },
        null,
        "error",
      ].map(isAckError)
    ).toEqual([true, false, false, false, false, false])
    expect(ACK_ERROR_CODES).toContain("not_live")
  })
})
