import { originList, type SecurityConfig } from "./headers"

/**
 * Whether this is a production deployment. The storefront always runs Next's
 * production build (`NODE_ENV=production` even under a development `npm
 * start`), so `scripts/serve.mjs` passes the deployment's own NODE_ENV as
 * OCOP_ENV; without it (plain `next start`), NODE_ENV decides.
 */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.OCOP_ENV?.trim() || env.NODE_ENV) === "production"
}

/** The security headers' settings from the environment (the same variables as `runtimeConfig`). */
export function securityConfig(env: NodeJS.ProcessEnv = process.env): SecurityConfig {
  const v = (name: string) => env[name]?.trim() || undefined
  const stripeKey = v("STRIPE_PUBLISHABLE_KEY") ?? v("NEXT_PUBLIC_STRIPE_KEY")
  return {
    backend: v(["NEXT", "PUBLIC", "MEDUSA_BACKEND_URL"].join("_")) ?? v("MEDUSA_BACKEND_URL") ?? "http://localhost:9000",
    live: v("LIVE_URL") ?? `ws://localhost:${v("LIVE_PORT") ?? "9001"}`,
    stripeJs: stripeKey ? (v("STRIPE_JS_URL") ?? "https://js.stripe.com/v3/") : null,
    mediaHosts: originList(v("OCOP_CSP_MEDIA_HOSTS") ?? "https://test-streams.mux.dev"),
    frameAncestors: originList(v("OCOP_FRAME_ANCESTORS")),
    production: isProduction(env),
  }
}
