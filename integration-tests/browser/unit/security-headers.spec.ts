import { cookieOptions } from "../../../storefront/src/lib/security/cookie-options"
import { isProduction, securityConfig } from "../../../storefront/src/lib/security/env"
import { contentSecurityPolicy, securityHeaders } from "../../../storefront/src/lib/security/headers"

const env = (extra: Record<string, string> = {}) =>
  ({ MEDUSA_BACKEND_URL: "https://api.shop.example/", LIVE_URL: "wss://live.shop.example", ...extra }) as unknown as NodeJS.ProcessEnv

/** The CSP as { directive: sources }. */
const parse = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]))

describe("the storefront's security headers", () => {
  it("allows scripts only from the shop's origin (no inline script unless allowed), and connections only to the shop's backend and gateway", () => {
    const csp = parse(contentSecurityPolicy(securityConfig(env())))
    expect(csp["default-src"]).toEqual(["'self'"])
    expect(csp["script-src"]).toEqual(["'self'"])
    expect(csp["script-src"]).not.toContain("'unsafe-inline'")
    expect(csp["connect-src"]).toEqual(["'self'", "https://api.shop.example", "https://live.shop.example", "wss://live.shop.example", "https://test-streams.mux.dev"])
    expect(csp["frame-src"]).toEqual(["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://www.facebook.com", "https://www.tiktok.com"])
    expect(csp["object-src"]).toEqual(["'none'"])
    expect(csp["frame-ancestors"]).toEqual(["'self'"])
  })

  it("allows inline scripts by the hashes of a page's scripts, or by a nonce, never 'unsafe-inline'", () => {
    const hashes = ["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]
    const hashed = parse(contentSecurityPolicy(securityConfig(env()), { hashes }))
    expect(hashed["script-src"]).toEqual(["'self'", ...hashes])
    const withNonce = parse(contentSecurityPolicy(securityConfig(env()), { nonce: "bm9uY2U=" }))
    expect(withNonce["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='"])
    for (const csp of [hashed, withNonce]) expect(csp["script-src"]).not.toContain("'unsafe-inline'")
    // the rest of the policy does not depend on what inline scripts are allowed
    const rest = (c: Record<string, string[]>) => Object.entries(c).filter(([k]) => k !== "script-src")
    expect(rest(hashed)).toEqual(rest(parse(contentSecurityPolicy(securityConfig(env())))))
    expect(securityHeaders(securityConfig(env()), { hashes })["Content-Security-Policy"]).toEqual(contentSecurityPolicy(securityConfig(env()), { hashes }))
  })

  it("adds the sites in OCOP_FRAME_ANCESTORS, the media hosts in OCOP_CSP_MEDIA_HOSTS and Stripe when card payments are on", () => {
    const csp = parse(
      contentSecurityPolicy(
        securityConfig(env({ OCOP_FRAME_ANCESTORS: "https://htx-dongbanh.vn, https://langson.gov.vn/x", OCOP_CSP_MEDIA_HOSTS: "https://cdn.example", STRIPE_PUBLISHABLE_KEY: "pk_test" }))
      )
    )
    expect(csp["frame-ancestors"]).toEqual(["'self'", "https://htx-dongbanh.vn", "https://langson.gov.vn"])
    expect(csp["media-src"]).toEqual(["'self'", "blob:", "https://api.shop.example", "https://cdn.example"])
    expect(csp["script-src"]).toContain("https://js.stripe.com")
    expect(csp["frame-src"]).toContain("https://hooks.stripe.com")
    expect(csp["connect-src"]).toContain("https://api.stripe.com")
  })

  it("sends nosniff and a referrer policy always, HSTS only in production", () => {
    const dev = securityHeaders(securityConfig(env({ NODE_ENV: "production", OCOP_ENV: "development" })))
    expect(dev["X-Content-Type-Options"]).toEqual("nosniff")
    expect(dev["Referrer-Policy"]).toEqual("strict-origin-when-cross-origin")
    expect(dev["Strict-Transport-Security"]).toBeUndefined()
    const prod = securityHeaders(securityConfig(env({ NODE_ENV: "production", OCOP_ENV: "production" })))
    expect(prod["Strict-Transport-Security"]).toEqual("max-age=31536000; includeSubDomains")
  })

  it("makes cookies Secure in production only (the storefront's NODE_ENV is always production: OCOP_ENV decides)", () => {
    expect(cookieOptions(60, env({ NODE_ENV: "production", OCOP_ENV: "production" }))).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true, maxAge: 60 })
    expect(cookieOptions(60, env({ NODE_ENV: "production", OCOP_ENV: "development" })).secure).toBe(false)
    expect(isProduction(env({ NODE_ENV: "production" }))).toBe(true)
  })
})
