import { parseLimit, rateLimit, resolveLimits, emailFromBody } from "../index"

const scope = { resolve: (k: string) => (k === "configModule" ? { projectConfig: {} } : console) }

function call(mw: ReturnType<typeof rateLimit>, req: Record<string, unknown>) {
  const res: any = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as any,
    setHeader(k: string, v: string) {
      this.headers[k.toLowerCase()] = v
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(b: unknown) {
      this.body = b
      return this
    },
  }
  let passed = false
  return mw({ scope, ...req }, res, () => (passed = true)).then(() => ({ passed, res }))
}

describe("rate-limit middleware (in memory)", () => {
  it("answers 429 with Retry-After past the per-IP limit, and leaves other IPs alone", async () => {
    const mw = rateLimit({ name: "unit-ip", what: "tries", ip: { points: 2, duration: 60 } })
    expect((await call(mw, { ip: "10.0.0.1" })).passed).toBe(true)
    expect((await call(mw, { ip: "10.0.0.1" })).passed).toBe(true)
    const third = await call(mw, { ip: "10.0.0.1" })
    expect(third.passed).toBe(false)
    expect(third.res.statusCode).toBe(429)
    expect(Number(third.res.headers["retry-after"])).toBeGreaterThanOrEqual(59)
    expect(third.res.body).toEqual({
      type: "not_allowed",
      code: "rate_limited",
      limit: "unit-ip:ip",
      message: expect.stringMatching(/^Too many tries from this IP address: at most 2 per 60 s\. Retry in \d+ s\.$/),
    })
    expect((await call(mw, { ip: "10.0.0.2" })).passed).toBe(true)
  })

  it("limits per account (the login email) across IPs", async () => {
    const mw = rateLimit({
      name: "unit-account",
      ip: { points: 100, duration: 60 },
      account: { points: 1, duration: 60, key: emailFromBody },
    })
    expect((await call(mw, { ip: "10.0.0.1", body: { email: "A@x.vn" } })).passed).toBe(true)
    const again = await call(mw, { ip: "10.0.0.9", body: { email: " a@x.vn" } })
    expect(again.res.statusCode).toBe(429)
    expect(again.res.body.limit).toBe("unit-account:account")
    expect(again.res.body.message).toMatch(/for this account/)
    expect((await call(mw, { ip: "10.0.0.9", body: { email: "b@x.vn" } })).passed).toBe(true)
    // no email: per IP only
    expect((await call(mw, { ip: "10.0.0.9", body: {} })).passed).toBe(true)
  })

  it("takes limits from the environment", () => {
    expect(parseLimit("5", { points: 1, duration: 30 })).toEqual({ points: 5, duration: 30 })
    expect(parseLimit("5/10", { points: 1, duration: 30 })).toEqual({ points: 5, duration: 10 })
    expect(parseLimit("off", { points: 1, duration: 30 })).toBeNull()
    expect(parseLimit("lots", { points: 1, duration: 30 })).toEqual({ points: 1, duration: 30 })
    expect(
      resolveLimits(
        { name: "login", ip: { points: 10, duration: 60 }, account: { points: 5, duration: 60 } },
        { RATE_LIMIT_LOGIN_IP: "1000/60", RATE_LIMIT_LOGIN_ACCOUNT: "off" }
      )
    ).toEqual({ ip: { points: 1000, duration: 60 } })
  })
})
