import { claimArgs, initArgs, parseClaimReply, unclaimArgs } from "../redis-claim-scripts"

describe("Redis claim scripts", () => {
  it("builds the Redis script arguments in the order the Lua reads them", () => {
    expect(claimArgs(2, "cus_1", "key-1234", "lclm_1")).toEqual(["2", "cus_1", "key-1234", "lclm_1"])
    expect(unclaimArgs(1, "cus_1")).toEqual(["1", "cus_1", "", "", "", ""])
    expect(unclaimArgs(1, "cus_1", { gen: "g1", key: "k", pointTo: "lclm_2" })).toEqual(["1", "cus_1", "g1", "k", "lclm_2", ""])
    expect(unclaimArgs(2, "cus_1", { expired: true })).toEqual(["2", "cus_1", "", "", "", "1"])
    const args = initArgs({
      quantity: 20, claimed: 3, perCustomerLimit: 2, startsAt: 1000, endsAt: 2000, open: true, gen: "abc",
      price: 99000, streamId: "lstr_1", ttlMs: 5000,
      customers: [["cus_1", 2], ["cus_2", 1]], expired: [["cus_3", 1]], keys: [["k1", "lclm_1"]],
    })
    expect(args).toEqual([
      "20", "3", "2", "1000", "2000", "1", "abc", "99000", "lstr_1", "5000", "2",
      "cus_1", "2", "cus_2", "1", "1", "cus_3", "1", "k1", "lclm_1",
    ])
  })

  it("reads the claim script's reply as the state the claim rule decides on", () => {
    const reply = ["seen", "", "20", "18", "2", "1000", "2000", "1", "1500", "1", "abc", "99000", "lstr_1", "1"]
    expect(parseClaimReply(reply)).toEqual({
      took: false,
      existingClaimId: null,
      offer: { status: "live", quantity: 20, claimed: 18, startsAt: 1000, endsAt: 2000, perCustomerLimit: 2 },
      now: 1500,
      buyerClaimed: 1,
      buyerExpired: 1,
      gen: "abc",
      price: 99000,
      streamId: "lstr_1",
    })
    const closed = parseClaimReply(["took", "lclm_1", ...reply.slice(2, 7), "0", ...reply.slice(8)])
    expect(closed).toMatchObject({ took: true, existingClaimId: "lclm_1", offer: { status: "ended" } })
    expect(parseClaimReply(["missing"])).toBeNull()
  })
})
