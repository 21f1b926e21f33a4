import { LiveError } from "../../errors"
import { KeyedGate } from "../keyed-gate"
import { claimArgs, initArgs, unclaimArgs } from "../redis-claim-scripts"
import { refusal, scriptRefusal } from "../refusal"
import { checkClaimInput } from "../shared"

describe("claim rules", () => {
  it("builds the Redis script arguments in the order the Lua reads them", () => {
    expect(claimArgs(2, "cus_1", "key-1234", "lclm_1")).toEqual(["2", "cus_1", "key-1234", "lclm_1"])
    expect(unclaimArgs(1, "cus_1")).toEqual(["1", "cus_1", "", "", ""])
    expect(unclaimArgs(1, "cus_1", { gen: "g1", key: "k", pointTo: "lclm_2" })).toEqual(["1", "cus_1", "g1", "k", "lclm_2"])
    const args = initArgs({
      quantity: 20, claimed: 3, perCustomerLimit: 2, startsAt: 1000, endsAt: 2000, open: true, gen: "abc",
      price: 99000, streamId: "lstr_1", ttlMs: 5000,
      customers: [["cus_1", 2], ["cus_2", 1]], keys: [["k1", "lclm_1"]],
    })
    expect(args).toEqual([
      "20", "3", "2", "1000", "2000", "1", "abc", "99000", "lstr_1", "5000", "2",
      "cus_1", "2", "cus_2", "1", "k1", "lclm_1",
    ])
  })

  it("explains refusals from the offer's state", () => {
    const a = { status: "live", quantity: 10, claimed: 10, in_window: true }
    expect(refusal(null, 1).code).toBe("not_found")
    expect(refusal({ ...a, status: "scheduled" }, 1).code).toBe("not_live")
    expect(refusal({ ...a, in_window: false, claimed: 0 }, 1).code).toBe("not_live")
    expect(refusal(a, 1)).toMatchObject({ code: "sold_out", details: { left: 0 } })
    const few = refusal({ ...a, claimed: 8 }, 3)
    expect(few).toMatchObject({ code: "sold_out", message: "quantity: only 2 left", details: { left: 2 } })
  })

  it("checks the claim shape before touching stock", () => {
    const ok = { offerId: "loff_1", customerKey: "cus_1", quantity: 1, idempotencyKey: "abcd-1234" }
    expect(() => checkClaimInput(ok)).not.toThrow()
    for (const [patch, field] of [
      [{ quantity: 0 }, "quantity"],
      [{ quantity: 1.5 }, "quantity"],
      [{ quantity: 101 }, "quantity"],
      [{ idempotencyKey: "short" }, "idempotencyKey"],
      [{ idempotencyKey: "has space 123" }, "idempotencyKey"],
      [{ customerKey: "" }, "customerKey"],
    ] as const) {
      let err: LiveError | undefined
      try {
        checkClaimInput({ ...ok, ...patch })
      } catch (e) {
        err = e as LiveError
      }
      expect({ field, code: err?.code, named: err?.message.startsWith(field) }).toEqual({ field, code: "bad_request", named: true })
    }
  })
})

describe("Redis script refusals", () => {
  it("maps script codes to contract errors", () => {
    expect(scriptRefusal("sold_out", 0)).toMatchObject({ code: "sold_out", message: "offerId: sold out", details: { left: 0 } })
    expect(scriptRefusal("sold_out", 2).message).toBe("quantity: only 2 left")
    expect(scriptRefusal("limit_reached", 5).code).toBe("limit_reached")
    expect(scriptRefusal("not_live", 5).code).toBe("not_live")
  })
})

describe("keyed gate", () => {
  it("lets at most `limit` calls per key run at once, in arrival order", async () => {
    const gate = new KeyedGate(2)
    let running = 0
    let peak = 0
    const order: number[] = []
    const task = (i: number) =>
      gate.run("offer", async () => {
        running++
        peak = Math.max(peak, running)
        await new Promise((r) => setTimeout(r, 5))
        order.push(i)
        running--
        return i
      })
    const other = gate.run("other", async () => "free")
    const results = await Promise.all([0, 1, 2, 3, 4].map(task))
    expect(results).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
    expect(order).toEqual([0, 1, 2, 3, 4])
    expect(await other).toBe("free")
  })
})
