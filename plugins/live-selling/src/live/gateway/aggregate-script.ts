import { RedisScript } from "../../modules/livestream/lib/redis-script"
import { SHOULD_PUBLISH_LUA } from "./viewer-count"

/**
 * One aggregation tick for a stream, shared by all gateways. Each gateway
 * records its local viewer count (with an expiry, so a dead gateway drops
 * out) and adds its reactions; the first gateway per tick window wins the
 * lock, sums live counts, drains reactions and learns if the count is worth
 * publishing (see `shouldPublishCount`).
 *
 * KEYS: viewers hash, reactions hash, last published count, tick lock
 * ARGV: gatewayId, localCount, ttlMs, tickMs, [kind, n]...
 * Returns {0} (not this gateway's turn) or {1, total, changed, kind, n, ...}
 */
export const AGGREGATE_LUA = SHOULD_PUBLISH_LUA + `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. (now + tonumber(ARGV[3])))
redis.call('PEXPIRE', KEYS[1], 3600000)
for i = 5, #ARGV, 2 do redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 1]) end
redis.call('PEXPIRE', KEYS[2], 60000)
if not redis.call('SET', KEYS[4], ARGV[1], 'NX', 'PX', math.max(10, tonumber(ARGV[4]) - 20)) then
  return {0}
end
local total = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local c, exp = string.match(all[i + 1], '^(%d+):(%d+)$')
  if c == nil or tonumber(exp) < now then redis.call('HDEL', KEYS[1], all[i])
  else total = total + tonumber(c) end
end
local reacts = redis.call('HGETALL', KEYS[2])
redis.call('DEL', KEYS[2])
local changed = 0
if should_publish(redis.call('GET', KEYS[3]), total, now) then
  changed = 1
  redis.call('SET', KEYS[3], total .. ':' .. now, 'EX', 86400)
end
local out = {1, total, changed}
for i = 1, #reacts do out[#out + 1] = reacts[i] end
return out
`

export const aggregateScript = new RedisScript(AGGREGATE_LUA)

export type TickResult = { won: false } | { won: true; total: number; changed: boolean; reactions: Record<string, number> }

export function parseTick(res: (string | number)[]): TickResult {
  if (Number(res[0]) !== 1) {
    return { won: false }
  }
  const reactions: Record<string, number> = {}
  for (let i = 3; i + 1 < res.length; i += 2) {
    reactions[String(res[i])] = Number(res[i + 1])
  }
  return { won: true, total: Number(res[1]), changed: Number(res[2]) === 1, reactions }
}

export function tickArgs(gatewayId: string, local: number, ttlMs: number, tickMs: number, reactions: Map<string, number>) {
  const args = [gatewayId, String(local), String(ttlMs), String(tickMs)]
  for (const [kind, n] of reactions) {
    args.push(kind, String(n))
  }
  return args
}
