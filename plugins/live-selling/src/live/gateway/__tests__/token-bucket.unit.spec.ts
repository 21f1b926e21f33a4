import { takeToken, type Bucket } from "../token-bucket"

describe("token bucket (chat: 3 per second)", () => {
  const take = (b: Bucket | undefined, now: number) => takeToken(b, now, 3, 3)

  it("allows a burst of 3, then refuses until a token refills", () => {
    let b: Bucket | undefined
    const results: boolean[] = []
    for (let i = 0; i < 5; i++) {
      const r = take(b, 1000)
      b = r.bucket
      results.push(r.allowed)
    }
    expect(results).toEqual([true, true, true, false, false])
    const refused = take(b, 1000)
    expect(refused.retryInMs).toBe(334)
    expect(take(b, 1300).allowed).toBe(false)
    expect(take(b, 1334).allowed).toBe(true)
  })

  it("never accepts more than 3 + 3·t messages over t seconds", () => {
    let b: Bucket | undefined
    let accepted = 0
    for (let ms = 0; ms <= 10_000; ms += 10) {
      const r = take(b, ms)
      b = r.bucket
      accepted += r.allowed ? 1 : 0
    }
    expect(accepted).toBe(3 + 30)
  })

  it("does not grow beyond capacity after idling", () => {
    let b = take(undefined, 0).bucket
    b = take(b, 60_000).bucket
    expect(b.tokens).toBe(2)
  })
})
