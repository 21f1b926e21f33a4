import { cookieOptions } from "../../../storefront/src/lib/security/cookie-options"
import { isProduction, securityConfig } from "../../../storefront/src/lib/security/env"
import { contentSecurityPolicy, securityHeaders } from "../../../storefront/src/lib/security/headers"

const env = (extra: Record<string, string> = {}) =>
  ({ MEDUSA_BACKEND_URL: "https://api.shop.example/", LIVE_URL: "wss://live.shop.example", ...extra }) as unknown as NodeJS.ProcessEnv

/** The CSP as { directive: sources }. */
const parse = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]))

describe("the storefront's security headers", () => {
  it("allows scripts only from the shop's origin and with the response's nonce, and connections only to the shop's backend and gateway", () => {
    const csp = parse(contentSecurityPolicy(securityConfig(env()), "bm9uY2U="))
    expect(csp["default-src"]).toEqual(["'self'"])
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(csp["script-src"]).not.toContain("'unsafe-inline'")
    expect(csp["connect-src"]).toEqual(["'self'", "https://api.shop.example", "https://live.shop.example", "wss://live.shop.example", "https://test-streams.mux.dev"])
    expect(csp["frame-src"]).toEqual(["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://www.facebook.com", "https://www.tiktok.com"])
    expect(csp["object-src"]).toEqual(["'none'"])
    expect(csp["frame-ancestors"]).toEqual(["'self'"])
  })

  it("adds the sites in OCOP_FRAME_ANCESTORS, the media hosts in OCOP_CSP_MEDIA_HOSTS and Stripe when card payments are on", () => {
    const csp = parse(
      contentSecurityPolicy(
        securityConfig(env({ OCOP_FRAME_ANCESTORS: "https://htx-dongbanh.vn, https://langson.gov.vn/x", OCOP_CSP_MEDIA_HOSTS: "https://cdn.example", STRIPE_PUBLISHABLE_KEY: "pk_test" })),
        "n"
      )
    )
    expect(csp["frame-ancestors"]).toEqual(["'self'", "https://htx-dongbanh.vn", "https://langson.gov.vn"])
    expect(csp["media-src"]).toEqual(["'self'", "blob:", "https://api.shop.example", "https://cdn.example"])
    expect(csp["script-src"]).toContain("https://js.stripe.com")
    expect(csp["frame-src"]).toContain("https://hooks.stripe.com")
    expect(csp["connect-src"]).toContain("https://api.stripe.com")
  })

  it("sends nosniff and a referrer policy always, HSTS only in production", () => {
    const dev = securityHeaders(securityConfig(env({ NODE_ENV: "production", OCOP_ENV: "development" })), "n")
    expect(dev["X-Content-Type-Options"]).toEqual("nosniff")
    expect(dev["Referrer-Policy"]).toEqual("strict-origin-when-cross-origin")
    expect(dev["Strict-Transport-Security"]).toBeUndefined()
    const prod = securityHeaders(securityConfig(env({ NODE_ENV: "production", OCOP_ENV: "production" })), "n")
    expect(prod["Strict-Transport-Security"]).toEqual("max-age=31536000; includeSubDomains")
  })

  it("makes cookies Secure in production only (the storefront's NODE_ENV is always production: OCOP_ENV decides)", () => {
    expect(cookieOptions(60, env({ NODE_ENV: "production", OCOP_ENV: "production" }))).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 60 })
    expect(cookieOptions(60, env({ NODE_ENV: "production", OCOP_ENV: "development" })).secure).toBe(false)
    expect(isProduction(env({ NODE_ENV: "production" }))).toBe(true)
  })
})
