import { demoLogins } from "../demo-logins"
import { ensureAdminUser } from "../admin-user"

describe("demoLogins", () => {
  it("has no demo login in production", () => {
    expect(demoLogins({ NODE_ENV: "production", ADMIN_PASSWORD: "x", PRODUCER_PASSWORD: "y" })).toBeNull()
  })

  it("has them in a production demo (npm start, OCOP_DEMO=1)", () => {
    expect(demoLogins({ NODE_ENV: "production", OCOP_DEMO: "1", ADMIN_PASSWORD: "x", PRODUCER_PASSWORD: "y" })).toEqual({
      admin: { email: "admin@ocop-langson.local", password: "x" },
      producer: { email: "producer@ocop-langson.local", password: "y" },
    })
    expect(demoLogins({ NODE_ENV: "production", OCOP_DEMO: "0", ADMIN_PASSWORD: "x" })).toBeNull()
  })

  it("takes the passwords npm start generated (env)", () => {
    expect(demoLogins({ NODE_ENV: "development", ADMIN_PASSWORD: "a1", PRODUCER_PASSWORD: "p1" })).toEqual({
      admin: { email: "admin@ocop-langson.local", password: "a1" },
      producer: { email: "producer@ocop-langson.local", password: "p1" },
    })
  })

  it("never uses a published password: without env, a random one, the same within the process", () => {
    const logins = demoLogins({})!
    expect(logins.admin.password).not.toEqual("ocop-admin-2026")
    expect(logins.producer.password).not.toEqual("ocop-producer-2026")
    expect(logins.admin.password).toMatch(/^[A-Za-z0-9]{18}$/)
    expect(logins.admin.generated).toBe(true)
    expect(demoLogins({})).toEqual(logins)
  })
})

describe("ensureAdminUser without a login (production)", () => {
  it("creates nothing", async () => {
    const container = { resolve: () => { throw new Error("nothing is to be created") } } as any
    expect(await ensureAdminUser({ container, log: () => {} }, null)).toBeNull()
  })
})
