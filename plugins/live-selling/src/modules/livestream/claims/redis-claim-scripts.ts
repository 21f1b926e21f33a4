import { RedisScript } from "../lib/redis-script"
import type { OfferFacts } from "./claim-rule"

/**
 * Lua for the Redis claim engine. One offer's state lives in four keys:
 *   offer hash: q (quantity), c (claimed), lim (per customer), s / e (window,
 *     epoch ms), open (1/0), gen (state generation), price, stream
 *   customers hash: customerKey → units held or bought
 *   keys hash: idempotencyKey → claim id
 *   expired hash: customerKey → units of holds that ran out (count toward the limit)
 * `gen` changes whenever the state is rebuilt from Postgres; a claim only
 * becomes durable if the generation it was taken under is still current.
 */

/**
 * The atomic half of a claim: takes the units (compare-and-increment) when
 * nothing stands in the way, and always answers the state it saw, so that
 * `decideClaim` gives the answer. ARGV: n, customerKey, idempotencyKey,
 * newClaimId. Reply: 'took' | 'seen', claim id already under the key (''),
 * q, c, lim, s, e, open, now, the buyer's units, gen, price, stream, the
 * buyer's expired units (c and the buyer's units as they were before taking).
 */
export const CLAIM_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
local o = redis.call('HMGET', KEYS[1], 'q', 'c', 'lim', 's', 'e', 'open', 'gen', 'price', 'stream')
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local existing = redis.call('HGET', KEYS[3], ARGV[3]) or ''
local mine = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
local gone = tonumber(redis.call('HGET', KEYS[4], ARGV[2]) or '0')
local n, q, c = tonumber(ARGV[1]), tonumber(o[1]), tonumber(o[2])
local took = existing == '' and o[6] == '1' and now >= tonumber(o[4]) and now < tonumber(o[5])
  and c + n <= q and mine + gone + n <= tonumber(o[3])
if took then
  redis.call('HINCRBY', KEYS[1], 'c', n)
  redis.call('HINCRBY', KEYS[2], ARGV[2], n)
  redis.call('HSET', KEYS[3], ARGV[3], ARGV[4])
end
return {took and 'took' or 'seen', existing, o[1], o[2], o[3], o[4], o[5], o[6], tostring(now),
  tostring(mine), o[7], o[8], o[9], tostring(gone)}
`

/**
 * Gives units back. ARGV: n, customerKey, expected gen ('' = any),
 * idempotencyKey ('' = leave), point the key at this claim id ('' = delete),
 * '1' when the hold expired (its units then count as the buyer's expired).
 */
export const UNCLAIM_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing'} end
if ARGV[3] ~= '' and redis.call('HGET', KEYS[1], 'gen') ~= ARGV[3] then return {'stale'} end
local n = tonumber(ARGV[1])
local c = tonumber(redis.call('HGET', KEYS[1], 'c'))
redis.call('HSET', KEYS[1], 'c', math.max(0, c - n))
local mine = tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0')
if mine - n > 0 then redis.call('HSET', KEYS[2], ARGV[2], mine - n)
else redis.call('HDEL', KEYS[2], ARGV[2]) end
if ARGV[4] ~= '' then
  if ARGV[5] ~= '' then redis.call('HSET', KEYS[3], ARGV[4], ARGV[5])
  else redis.call('HDEL', KEYS[3], ARGV[4]) end
end
if ARGV[6] == '1' then
  redis.call('HINCRBY', KEYS[4], ARGV[2], n)
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then redis.call('PEXPIRE', KEYS[4], ttl) end
end
local q = tonumber(redis.call('HGET', KEYS[1], 'q'))
return {'ok', tostring(q - math.max(0, c - n))}
`

/**
 * Replaces the state with one rebuilt from Postgres. ARGV: q, c, lim, s, e,
 * open, gen, price, stream, ttl ms, #customer pairs, pairs..., #expired
 * pairs, pairs..., key pairs...
 */
export const INIT_LUA = `
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
redis.call('HSET', KEYS[1], 'q', ARGV[1], 'c', ARGV[2], 'lim', ARGV[3], 's', ARGV[4],
  'e', ARGV[5], 'open', ARGV[6], 'gen', ARGV[7], 'price', ARGV[8], 'stream', ARGV[9])
local ttl = tonumber(ARGV[10])
local nc = tonumber(ARGV[11])
local i = 12
for _ = 1, nc do
  redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1])
  i = i + 2
end
local nx = tonumber(ARGV[i])
i = i + 1
for _ = 1, nx do
  redis.call('HSET', KEYS[4], ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i < #ARGV do
  redis.call('HSET', KEYS[3], ARGV[i], ARGV[i + 1])
  i = i + 2
end
for k = 1, 4 do redis.call('PEXPIRE', KEYS[k], ttl) end
return 'ok'
`

/** ARGV: open (1/0). No-op when the state is not loaded. */
export const SET_OPEN_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'open', ARGV[1])
return 1
`

export const claimScript = new RedisScript(CLAIM_LUA)
export const unclaimScript = new RedisScript(UNCLAIM_LUA)
export const initScript = new RedisScript(INIT_LUA)
export const setOpenScript = new RedisScript(SET_OPEN_LUA)

export type OfferState = {
  quantity: number
  claimed: number
  perCustomerLimit: number
  startsAt: number
  endsAt: number
  open: boolean
  gen: string
  price: number
  streamId: string
  ttlMs: number
  customers: [string, number][]
  /** Units of holds that ran out, per buyer. */
  expired: [string, number][]
  keys: [string, string][]
}

export function initArgs(s: OfferState): string[] {
  const args = [
    s.quantity, s.claimed, s.perCustomerLimit, s.startsAt, s.endsAt, s.open ? 1 : 0,
    s.gen, s.price, s.streamId, s.ttlMs, s.customers.length,
  ].map(String)
  for (const [k, n] of s.customers) {
    args.push(k, String(n))
  }
  args.push(String(s.expired.length))
  for (const [k, n] of s.expired) {
    args.push(k, String(n))
  }
  for (const [k, id] of s.keys) {
    args.push(k, id)
  }
  return args
}

export function claimArgs(n: number, customerKey: string, key: string, claimId: string) {
  return [String(n), customerKey, key, claimId]
}

export function unclaimArgs(
  n: number,
  customerKey: string,
  opts: { gen?: string; key?: string; pointTo?: string; expired?: boolean } = {}
) {
  return [String(n), customerKey, opts.gen ?? "", opts.key ?? "", opts.pointTo ?? "", opts.expired ? "1" : ""]
}

/** What the claim script saw (and whether it took the units); null when the state is not loaded. */
export type ClaimReply = {
  took: boolean
  existingClaimId: string | null
  offer: OfferFacts
  now: number
  buyerClaimed: number
  buyerExpired: number
  gen: string
  price: number
  streamId: string
}

export function parseClaimReply(r: string[]): ClaimReply | null {
  if (r[0] === "missing") {
    return null
  }
  const [verdict, existing, q, c, lim, s, e, open, now, mine, gen, price, streamId, gone] = r
  return {
    took: verdict === "took",
    existingClaimId: existing || null,
    offer: {
      // Redis keeps only whether the offer is open; the rule treats scheduled and live alike.
      status: open === "1" ? "live" : "ended",
      quantity: Number(q),
      claimed: Number(c),
      startsAt: Number(s),
      endsAt: Number(e),
      perCustomerLimit: Number(lim),
    },
    now: Number(now),
    buyerClaimed: Number(mine),
    buyerExpired: Number(gone),
    gen,
    price: Number(price),
    streamId,
  }
}
