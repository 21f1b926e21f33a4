import { CartLineQueue, shouldRetryAttach, type CartLineOutcome } from "../cart-lines"
import { MedusaCallError } from "../medusa-http"

describe("shouldRetryAttach", () => {
  it("tries again only when the backend gave no answer, while tries are left", () => {
    expect(shouldRetryAttach("timeout", 1, 3)).toBe(true)
    expect(shouldRetryAttach("unavailable", 2, 3)).toBe(true)
    expect(shouldRetryAttach("unavailable", 3, 3)).toBe(false)
    for (const refusal of ["bad_request", "unauthorized", "forbidden", "not_found", "internal"] as const) {
      expect(shouldRetryAttach(refusal, 1, 3)).toBe(false)
    }
  })
})

describe("CartLineQueue", () => {
  const job = (claimId: string) => ({ claimId, cartId: "cart_1", userId: "cus_1", caller: { token: "t" } })

  function queue(attach: (claimId: string) => Promise<{ id: string; lineItemId: string }>, concurrency = 2) {
    const outcomes: CartLineOutcome[] = []
    const released: string[] = []
    const q = new CartLineQueue({
      attach: (claimId) => attach(claimId),
      release: async (id) => {
        released.push(id)
        return { id }
      },
      announce: (o) => outcomes.push(o),
      concurrency,
      retryDelayMs: 1,
    })
    return { q, outcomes, released }
  }

  it("announces each claim's line, a few at a time, and queues a claim once", async () => {
    let running = 0
    let most = 0
    const calls: string[] = []
    const { q, outcomes, released } = queue(async (claimId) => {
      calls.push(claimId)
      most = Math.max(most, ++running)
      await new Promise((r) => setImmediate(r))
      running--
      return { id: "cart_1", lineItemId: `cali_${claimId}` }
    })
    ;["a", "b", "c", "a"].forEach((id) => q.enqueue(job(id)))
    await q.drained()
    expect(calls).toEqual(["a", "b", "c"])
    expect(most).toBe(2)
    expect(outcomes.map((o) => (o.kind === "carted" ? o.line.lineItemId : o.kind))).toEqual(["cali_a", "cali_b", "cali_c"])
    expect(released).toEqual([])
  })

  it("releases the claim and says why when the backend refuses; retries when it did not answer", async () => {
    let tries = 0
    const { q, outcomes, released } = queue(async (claimId) => {
      tries++
      if (claimId === "gone") throw new MedusaCallError("not_found", "cart_id: cart cart_1 not found", 404)
      throw new MedusaCallError("unavailable", "the backend is unreachable")
    })
    q.enqueue(job("gone"))
    await q.drained()
    expect(tries).toBe(1)
    expect(outcomes).toEqual([
      { kind: "failed", job: job("gone"), error: { code: "not_found", message: "cart_id: cart cart_1 not found" }, released: true },
    ])
    q.enqueue(job("down"))
    await q.drained()
    expect(tries).toBe(1 + 3)
    expect(outcomes[1]).toMatchObject({ kind: "failed", error: { code: "unavailable" }, released: true })
    expect(released).toEqual(["gone", "down"])
  })
})
