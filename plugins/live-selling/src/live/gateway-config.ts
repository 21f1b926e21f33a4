import { DEFAULT_REDIS_PREFIX } from "../modules/livestream/lib/redis-keys"

/** The value Medusa's templates publish: refused in production. */
export const PUBLIC_DEFAULT_SECRET = "supersecret"

/** Browser origins on this machine (any port): the development default. */
export const LOCAL_ORIGINS = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export type CorsOrigins = (string | RegExp)[]

/**
 * Origins allowed to open a socket: LIVE_CORS, else STORE_CORS (the shops
 * that embed the widget), comma-separated. Never `*`: without either, only
 * local origins outside production, and a refusal in production.
 */
export function corsOrigins(env: NodeJS.ProcessEnv): CorsOrigins {
  const list = (env.LIVE_CORS || env.STORE_CORS || "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
  if (list.includes("*")) {
    throw new Error("LIVE_CORS / STORE_CORS must list the shop origins; `*` is not accepted by the live gateway")
  }
  if (list.length) return list
  if (env.NODE_ENV === "production") {
    throw new Error(
      "STORE_CORS (or LIVE_CORS) must list the origins of the shops that embed the live widget when NODE_ENV=production"
    )
  }
  return [LOCAL_ORIGINS]
}

/**
 * JWT_SECRET: the secret Medusa signs its tokens with (the gateway verifies
 * them). Required everywhere (`npm start` passes the one it generated); in
 * production it must not be the public default.
 */
export function jwtSecret(env: NodeJS.ProcessEnv): string {
  const value = env.JWT_SECRET
  if (!value) {
    throw new Error("JWT_SECRET is not set: give the gateway the secret Medusa signs its tokens with")
  }
  if (env.NODE_ENV === "production" && value === PUBLIC_DEFAULT_SECRET) {
    throw new Error(`JWT_SECRET must be a private random value when NODE_ENV=production (it is the public default "${PUBLIC_DEFAULT_SECRET}")`)
  }
  return value
}

/** The gateway process's settings, from its environment (see server.ts). */
export function gatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is required (the Medusa database)")
  }
  return {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL || null,
    jwtSecret: jwtSecret(env),
    port: Number(env.LIVE_PORT ?? 9001),
    host: env.LIVE_HOST || undefined,
    cors: corsOrigins(env),
    prefix: env.LIVE_REDIS_PREFIX || DEFAULT_REDIS_PREFIX,
    holdMs: Number(env.LIVE_HOLD_SECONDS ?? 600) * 1000,
    guestClaims: env.LIVE_GUEST_CLAIMS === "true",
    sweepMs: env.LIVE_SWEEP_MS ? Number(env.LIVE_SWEEP_MS) : undefined,
    maxReplay: env.LIVE_MAX_REPLAY ? Number(env.LIVE_MAX_REPLAY) : undefined,
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: env.MEDUSA_PUBLISHABLE_KEY || null,
    cartTimeoutMs: Number(env.LIVE_CART_TIMEOUT_MS ?? 10_000),
  }
}
