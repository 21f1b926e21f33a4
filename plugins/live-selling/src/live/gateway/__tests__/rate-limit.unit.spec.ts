import { LocalRateLimiter } from "../rate-limit"

describe("gateway's local rate limiter (bounded LRU)", () => {
  const CHAT = { capacity: 3, perSecond: 0.001 } // no refill within the test

  it("filling the table with new keys does not reset an abuser's bucket", () => {
    const limiter = new LocalRateLimiter(100)
    for (let i = 0; i < 3; i++) expect(limiter.takeNow("abuser", CHAT).allowed).toBe(true)
    expect(limiter.takeNow("abuser", CHAT).allowed).toBe(false)
    // a flood of made-up keys, several times the bound, while the abuser keeps trying
    for (let i = 0; i < 1000; i++) {
      limiter.takeNow(`flood-${i}`, CHAT)
      if (i % 50 === 0) expect(limiter.takeNow("abuser", CHAT).allowed).toBe(false)
    }
    expect(limiter.size).toBeLessThanOrEqual(100)
    expect(limiter.takeNow("abuser", CHAT).allowed).toBe(false)
  })

  it("evicts the least recently used bucket, one at a time", () => {
    const limiter = new LocalRateLimiter(3)
    limiter.takeNow("a", CHAT)
    limiter.takeNow("b", CHAT)
    limiter.takeNow("c", CHAT)
    limiter.takeNow("a", CHAT) // a is now the most recent
    limiter.takeNow("d", CHAT) // b goes
    expect(limiter.size).toBe(3)
    // a kept its count (2 taken, then this third one), b starts afresh
    expect(limiter.takeNow("a", CHAT).allowed).toBe(true)
    expect(limiter.takeNow("a", CHAT).allowed).toBe(false)
    for (let i = 0; i < 3; i++) expect(limiter.takeNow("b", CHAT).allowed).toBe(true)
  })
})
