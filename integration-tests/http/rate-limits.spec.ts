import { randomBytes } from "crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { answer, signUpCustomer } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

// Low limits for this file (integration-tests/setup.js raises them for the others).
// Read when a limit first counts, after the app has started.
Object.assign(process.env, {
  RATE_LIMIT_LOGIN_IP: "6/60",
  RATE_LIMIT_LOGIN_ACCOUNT: "3/60",
  RATE_LIMIT_REGISTER_IP: "100/60",
  RATE_LIMIT_PRE_ORDERS_IP: "100/60",
  RATE_LIMIT_PRE_ORDERS_ACCOUNT: "3/60",
  RATE_LIMIT_DEMAND_EVENTS_IP: "3/60",
  RATE_LIMIT_CLAIM_ORDER_IP: "100/60",
  RATE_LIMIT_CLAIM_ORDER_ACCOUNT: "3/60",
})

jest.setTimeout(300 * 1000)

/** Medusa trusts one proxy (express "trust proxy" = 1): req.ip is the last X-Forwarded-For address. */
let ipSeq = 0
const newIp = () => `203.0.113.${++ipSeq}`
const run = randomBytes(3).toString("hex")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: Record<string, string>
    let productId: string
    let variantId: string

    beforeAll(async () => {
      const { storeHeaders } = await seedStore(getContainer())
      pk = storeHeaders.headers
      const { data } = await api.get("/store/products?limit=1&fields=id,variants.id", { headers: pk })
      productId = data.products[0].id
      variantId = data.products[0].variants[0].id
    })

    const login = (email: string, ip: string) =>
      answer(api.post("/auth/customer/emailpass", { email, password: "wrong-password" }, { headers: { "x-forwarded-for": ip } }))

    const expectLimited = (res: any, limit: string) => {
      expect(res.status).toEqual(429)
      expect(Number(res.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(Number(res.headers["retry-after"])).toBeLessThanOrEqual(60)
      expect(res.data).toEqual({
        type: "not_allowed",
        code: "rate_limited",
        limit,
        message: expect.stringMatching(/^Too many .+: at most \d+ per \d+ s\. Retry in \d+ s\.$/),
      })
    }

    it("login: per email, whatever the IP; other emails go on", async () => {
      const email = `victim-${run}@example.vn`
      const ip = newIp()
      for (let i = 0; i < 3; i++) expect((await login(email, ip)).status).toEqual(401)
      expectLimited(await login(email, ip), "login:account")
      // from another address, the same account stays limited
      expectLimited(await login(email.toUpperCase(), newIp()), "login:account")
      // another account from the first address is unaffected
      expect((await login(`other-${run}@example.vn`, ip)).status).toEqual(401)
    })

    it("login: per IP, for every actor; another IP is unaffected", async () => {
      const ip = newIp()
      const actors = ["customer", "user", "producer"]
      for (let i = 0; i < 6; i++) {
        const res = await answer(
          api.post(`/auth/${actors[i % 3]}/emailpass`, { email: `spray-${i}-${run}@example.vn`, password: "x" }, { headers: { "x-forwarded-for": ip } })
        )
        expect(res.status).toEqual(401)
      }
      const refused = await answer(
        api.post("/auth/user/emailpass", { email: `spray-9-${run}@example.vn`, password: "x" }, { headers: { "x-forwarded-for": ip } })
      )
      expectLimited(refused, "login:ip")
      expect(refused.data.message).toEqual(
        `Too many login attempts from this IP address: at most 6 per 60 s. Retry in ${refused.headers["retry-after"]} s.`
      )
      expect((await login(`spray-10-${run}@example.vn`, newIp())).status).toEqual(401)
    })

    it("demand events: per IP", async () => {
      const ip = newIp()
      const post = (from: string) =>
        answer(
          api.post(
            "/store/demand/events",
            { events: [{ kind: "product_view", occurred_at: new Date().toISOString(), product_id: productId, session_id: "s_rate_0001" }] },
            { headers: { ...pk, "x-forwarded-for": from } }
          )
        )
      for (let i = 0; i < 3; i++) expect((await post(ip)).status).toEqual(200)
      expectLimited(await post(ip), "demand-events:ip")
      expect((await post(newIp())).status).toEqual(200)
    })

    it("pre-orders: per customer, whatever the IP; another customer is unaffected", async () => {
      const customer = async (name: string) => {
        const email = `${name}-${run}@example.vn`
        const signedUp = await signUpCustomer(api, { headers: pk }, { email, password: "secret-123", loginHeaders: { "x-forwarded-for": newIp() } })
        return signedUp.headers.headers
      }
      const buyer = await customer("buyer")
      const neighbour = await customer("neighbour")
      const preOrder = (headers: Record<string, string>) =>
        answer(
          api.post(
            "/store/demand/pre-orders",
            { variant_id: variantId, quantity: 1, payment_mode: "cod" },
            { headers: { ...headers, "x-forwarded-for": newIp() } }
          )
        )
      for (let i = 0; i < 3; i++) expect((await preOrder(buyer)).status).not.toEqual(429)
      expectLimited(await preOrder(buyer), "pre-orders:account")
      expect((await preOrder(neighbour)).status).not.toEqual(429)
    })

    it("live claim orders: per customer, whatever the IP; another customer is unaffected", async () => {
      const customer = async (name: string) => {
        const email = `${name}-${run}@example.vn`
        const signedUp = await signUpCustomer(api, { headers: pk }, { email, password: "secret-123", loginHeaders: { "x-forwarded-for": newIp() } })
        return signedUp.headers.headers
      }
      const buyer = await customer("live-buyer")
      const neighbour = await customer("live-neighbour")
      const order = (headers: Record<string, string>) =>
        answer(api.post("/store/live/claims/lclm_nope/order", { payment: "cod" }, { headers: { ...headers, "x-forwarded-for": newIp() } }))
      for (let i = 0; i < 3; i++) expect((await order(buyer)).status).toEqual(404)
      expectLimited(await order(buyer), "claim-order:account")
      expect((await order(neighbour)).status).toEqual(404)
    })
  },
})

describe("rate limits shared through Redis", () => {
  const redisUrl = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"

  it("two processes' limiters count together", async () => {
    // two copies of the package, as two server processes would load it
    const load = () => {
      let m: typeof import("@ocop-live/rate-limit")
      jest.isolateModules(() => {
        m = require("@ocop-live/rate-limit")
      })
      return m!
    }
    const a = load()
    const b = load()
    expect(a).not.toBe(b)
    const name = `shared-${run}`
    const options = { name, ip: { points: 3, duration: 60 } }
    const [mwA, mwB] = [a.rateLimit(options), b.rateLimit(options)]
    const scope = { resolve: (k: string) => (k === "configModule" ? { projectConfig: { redisUrl } } : console) }
    const hit = async (mw: typeof mwA, ip: string) => {
      const res: any = { code: 200, headers: {}, setHeader: (k: string, v: string) => (res.headers[k] = v) }
      res.status = (c: number) => ((res.code = c), res)
      res.json = () => res
      let passed = false
      await mw({ scope, ip }, res, () => (passed = true))
      return passed ? 200 : res.code
    }
    try {
      expect(await hit(mwA, "198.51.100.1")).toEqual(200)
      expect(await hit(mwB, "198.51.100.1")).toEqual(200)
      expect(await hit(mwA, "198.51.100.1")).toEqual(200)
      expect(await hit(mwB, "198.51.100.1")).toEqual(429)
      expect(await hit(mwA, "198.51.100.1")).toEqual(429)
      expect(await hit(mwB, "198.51.100.2")).toEqual(200)
      // the counts are in Redis
      const Redis = require("ioredis")
      const r = new Redis(redisUrl)
      expect(Number(await r.get(`ratelimit:${name}:ip:198.51.100.1`))).toEqual(5)
      await r.quit()
    } finally {
      await a.closeRateLimitClients()
      await b.closeRateLimitClients()
    }
  })
})
