"use strict"
/**
 * Rate limits for Medusa 2 routes, on rate-limiter-flexible: a middleware
 * counts requests per IP address and, when the request names an account
 * (the signed-in actor, or the email of a login), per account; past a limit
 * it answers 429 with Retry-After (seconds) and Medusa's error shape.
 *
 * The counters live in Redis when the Medusa config has a redisUrl
 * (projectConfig.redisUrl, read from the request's container), so every
 * server process shares them; otherwise in this process's memory. If Redis
 * does not answer, an in-memory limiter of the same size takes over.
 *
 * Each limit can be changed from the environment without a deploy:
 * RATE_LIMIT_<NAME>_IP and RATE_LIMIT_<NAME>_ACCOUNT, as "points" (per the
 * default window) or "points/seconds", or "off".
 *
 * Plain CommonJS with hand-written types (index.d.ts), so the store and the
 * plugins load it as it is, without a build step of its own.
 */
const Redis = require("ioredis")
const { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } = require("rate-limiter-flexible")

const SCOPES = ["ip", "account"]

/** Redis clients by URL, one per process, shared by every limit. */
const clients = new Map()

/**
 * The Redis client for `url`, once it is connected (or after a second of
 * trying, on the first use only: then the insurance limiter answers).
 */
function redisClient(url) {
  let entry = clients.get(url)
  if (!entry) {
    // No offline queue: while Redis is unreachable a count fails at once and
    // the in-memory insurance limiter answers instead of requests waiting.
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    client.on("error", () => {})
    // counting requests never keeps a process alive by itself (a server's
    // listener does; a script or a test run may end with the client open)
    client.on("connect", () => client.stream?.unref?.())
    const connected = new Promise((resolve) => {
      const timer = setTimeout(resolve, 1000)
      timer.unref?.()
      client.once("ready", () => {
        clearTimeout(timer)
        resolve()
      })
    })
    entry = { client, connected }
    clients.set(url, entry)
  }
  return entry.connected.then(() => entry.client)
}

/** Closes the Redis connections opened for rate limits (shutdown, tests). */
async function closeRateLimitClients() {
  const all = [...clients.values()].map((e) => e.client)
  clients.clear()
  await Promise.all(all.map((c) => c.quit().catch(() => c.disconnect())))
}

/**
 * Parses a limit from the environment: "10" (per `fallback.duration`
 * seconds), "10/60" (10 per 60 s) or "off"; anything else keeps `fallback`.
 */
function parseLimit(value, fallback) {
  if (value === undefined || value === null || String(value).trim() === "") return fallback
  const text = String(value).trim().toLowerCase()
  if (text === "off" || text === "0") return null
  const m = /^(\d+)(?:\s*\/\s*(\d+)\s*s?)?$/.exec(text)
  if (!m) return fallback
  const duration = m[2] ? Number(m[2]) : fallback ? fallback.duration : 60
  if (!(duration > 0)) return fallback
  return { points: Number(m[1]), duration }
}

function envName(name, scope) {
  return `RATE_LIMIT_${name.replace(/[^a-z0-9]+/gi, "_").toUpperCase()}_${scope.toUpperCase()}`
}

/** The limits of `options` after the environment's overrides. */
function resolveLimits(options, env = process.env) {
  const out = {}
  for (const scope of SCOPES) {
    const base = options[scope]
    if (!base) continue
    const window = parseLimit(env[envName(options.name, scope)], { points: base.points, duration: base.duration })
    if (window) out[scope] = window
  }
  return out
}

function configModuleOf(req) {
  try {
    return req.scope && req.scope.resolve("configModule")
  } catch {
    return undefined
  }
}

async function buildLimiter(name, scope, window, projectConfig) {
  const keyPrefix = `${(projectConfig && projectConfig.redisPrefix) || ""}ratelimit:${name}:${scope}`
  const base = { keyPrefix, points: window.points, duration: window.duration }
  const redisUrl = projectConfig && projectConfig.redisUrl
  if (!redisUrl) return new RateLimiterMemory(base)
  return new RateLimiterRedis({
    ...base,
    storeClient: await redisClient(redisUrl),
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(base),
  })
}

const SCOPE_WORDS = { ip: "from this IP address", account: "for this account" }

/** The signed-in actor's id (Medusa's auth context), if any. */
function authenticatedActor(req) {
  const id = req.auth_context && req.auth_context.actor_id
  return id ? String(id) : undefined
}

/**
 * The email in the JSON body, lower-cased: `email` (logins, registrations)
 * or `identifier` (Medusa's password reset request).
 */
function emailFromBody(req) {
  const email = req.body && (req.body.email ?? req.body.identifier)
  return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : undefined
}

/**
 * A middleware limiting requests per IP address (`ip`) and per account
 * (`account`, keyed by `account.key(req)`; requests it returns nothing for
 * count per IP only).
 *
 * @param {{
 *   name: string,
 *   what?: string,
 *   ip?: { points: number, duration: number } | null,
 *   account?: { points: number, duration: number, key?: (req: any) => string | undefined } | null,
 * }} options
 */
function rateLimit(options) {
  if (!options || !options.name) throw new Error("rateLimit: a name is required")
  const what = options.what || `${options.name} requests`
  const accountKey = (options.account && options.account.key) || authenticatedActor
  let limiters

  // on the first request: the container gives the Medusa config
  const setUp = async (req) => {
    const projectConfig = (configModuleOf(req) || {}).projectConfig
    const limits = resolveLimits(options)
    return Promise.all(
      SCOPES.filter((s) => limits[s]).map(async (scope) => ({
        scope,
        window: limits[scope],
        limiter: await buildLimiter(options.name, scope, limits[scope], projectConfig),
      }))
    )
  }

  const keyFor = (scope, req) => {
    if (scope === "ip") return req.ip || (req.socket && req.socket.remoteAddress) || "unknown"
    return accountKey(req)
  }

  return async function rateLimitMiddleware(req, res, next) {
    try {
      if (!limiters) {
        limiters = setUp(req)
        limiters.catch(() => (limiters = undefined))
      }
      let refused
      for (const { scope, window, limiter } of await limiters) {
        const key = keyFor(scope, req)
        if (!key) continue
        try {
          await limiter.consume(key)
        } catch (e) {
          if (!(e instanceof RateLimiterRes)) throw e
          refused = { scope, window, res: e }
          break
        }
      }
      if (!refused) return next()
      const retryAfter = Math.max(1, Math.ceil(refused.res.msBeforeNext / 1000))
      res.setHeader("Retry-After", String(retryAfter))
      res.status(429).json({
        type: "not_allowed",
        code: "rate_limited",
        limit: `${options.name}:${refused.scope}`,
        message:
          `Too many ${what} ${SCOPE_WORDS[refused.scope]}: at most ${refused.window.points} ` +
          `per ${refused.window.duration} s. Retry in ${retryAfter} s.`,
      })
    } catch (e) {
      // A broken limiter must not take the route down with it.
      const logger = (() => {
        try {
          return req.scope.resolve("logger")
        } catch {
          return console
        }
      })()
      logger.warn(`[rate-limit] ${options.name}: ${e && e.message ? e.message : e}; request let through`)
      next()
    }
  }
}

module.exports = {
  rateLimit,
  authenticatedActor,
  emailFromBody,
  parseLimit,
  resolveLimits,
  envName,
  closeRateLimitClients,
}
