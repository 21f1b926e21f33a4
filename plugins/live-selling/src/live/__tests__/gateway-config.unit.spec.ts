import { corsOrigins, gatewayConfig, LOCAL_ORIGINS } from "../gateway-config"
import { originAllowed } from "../gateway"

const base = { DATABASE_URL: "postgres://db/medusa", JWT_SECRET: "a-private-random-value" }

describe("gatewayConfig: the secret", () => {
  it("refuses a missing JWT_SECRET, naming it (no default secret)", () => {
    expect(() => gatewayConfig({ DATABASE_URL: base.DATABASE_URL, NODE_ENV: "development" })).toThrow(/JWT_SECRET is not set/)
    expect(() => gatewayConfig({ DATABASE_URL: base.DATABASE_URL, NODE_ENV: "production", STORE_CORS: "https://shop.vn" })).toThrow(/JWT_SECRET/)
  })

  it("refuses the public default in production", () => {
    const env = { ...base, NODE_ENV: "production", JWT_SECRET: "supersecret", STORE_CORS: "https://shop.vn" }
    expect(() => gatewayConfig(env)).toThrow(/JWT_SECRET must be a private random value when NODE_ENV=production/)
  })

  it("uses the secret it is given", () => {
    expect(gatewayConfig({ ...base, NODE_ENV: "production", STORE_CORS: "https://shop.vn" }).jwtSecret).toEqual(base.JWT_SECRET)
  })
})

describe("gatewayConfig: replay", () => {
  it("bounds replay on join by LIVE_MAX_REPLAY, else the gateway's default", () => {
    expect(gatewayConfig({ ...base, LIVE_MAX_REPLAY: "50" }).maxReplay).toEqual(50)
    expect(gatewayConfig(base).maxReplay).toBeUndefined()
  })
})

describe("gatewayConfig: CORS", () => {
  it("takes LIVE_CORS, else STORE_CORS", () => {
    expect(gatewayConfig({ ...base, STORE_CORS: "https://shop.vn, https://www.shop.vn" }).cors).toEqual(["https://shop.vn", "https://www.shop.vn"])
    expect(corsOrigins({ STORE_CORS: "https://shop.vn", LIVE_CORS: "https://live.shop.vn" })).toEqual(["https://live.shop.vn"])
  })

  it("never defaults to *: local origins only outside production", () => {
    const cors = gatewayConfig({ ...base, NODE_ENV: "development" }).cors
    expect(cors).toEqual([LOCAL_ORIGINS])
    expect(originAllowed("http://localhost:8000", cors)).toBe(true)
    expect(originAllowed("http://127.0.0.1:9000", cors)).toBe(true)
    expect(originAllowed("https://evil.example", cors)).toBe(false)
    expect(originAllowed("http://localhost.evil.example", cors)).toBe(false)
  })

  it("refuses to start in production without STORE_CORS or LIVE_CORS", () => {
    expect(() => gatewayConfig({ ...base, NODE_ENV: "production" })).toThrow(/STORE_CORS \(or LIVE_CORS\) must list/)
  })

  it("refuses * even when set", () => {
    expect(() => gatewayConfig({ ...base, STORE_CORS: "*" })).toThrow(/`\*` is not accepted/)
  })

  it("lets clients without an Origin header (not browsers) through, and checks browsers' origins", () => {
    expect(originAllowed(undefined, ["https://shop.vn"])).toBe(true)
    expect(originAllowed("https://shop.vn", ["https://shop.vn"])).toBe(true)
    expect(originAllowed("https://other.vn", ["https://shop.vn"])).toBe(false)
  })
})
