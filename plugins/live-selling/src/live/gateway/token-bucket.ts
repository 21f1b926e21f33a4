import { RedisScript } from "../../modules/livestream/lib/redis-script"

export type Bucket = { tokens: number; at: number }

/**
 * Token bucket: `capacity` tokens, refilled at `perSecond`. Pure, so the
 * local limiter and the Redis script share the same arithmetic.
 */
export function takeToken(
  bucket: Bucket | undefined,
  now: number,
  capacity: number,
  perSecond: number,
  cost = 1
): { allowed: boolean; bucket: Bucket; retryInMs: number } {
  const current = bucket ?? { tokens: capacity, at: now }
  const elapsed = Math.max(0, now - current.at)
  const tokens = Math.min(capacity, current.tokens + (elapsed * perSecond) / 1000)
  if (tokens >= cost) {
    return { allowed: true, bucket: { tokens: tokens - cost, at: now }, retryInMs: 0 }
  }
  const retryInMs = Math.ceil(((cost - tokens) * 1000) / perSecond)
  return { allowed: false, bucket: { tokens, at: now }, retryInMs }
}

/** Same bucket in Lua. KEYS: bucket; ARGV: capacity, perSecond, cost, ttl ms. */
export const TOKEN_BUCKET_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap, rate, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or cap
local at = tonumber(b[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * rate / 1000)
local allowed = 0
if tokens >= cost then tokens = tokens - cost; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]))
if allowed == 1 then return {1, 0} end
return {0, math.ceil((cost - tokens) * 1000 / rate)}
`

export const tokenBucketScript = new RedisScript(TOKEN_BUCKET_LUA)
