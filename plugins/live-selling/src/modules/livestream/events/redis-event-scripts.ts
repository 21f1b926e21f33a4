import { RedisScript } from "../lib/redis-script"

/**
 * Publishes one event atomically: next seq, append to the stream's capped
 * log (Redis stream trimmed by age), PUBLISH to every gateway. Running as
 * one script makes PUBLISH order equal seq order for every subscriber.
 *
 * KEYS: seq, log, [offer hash for `offer:stock`]
 * ARGV: streamId, type, payload JSON, channel, retention ms
 * Returns { "ok", seq, ts, body } | { "noseq" } | { "nooffer" }
 */
export const PUBLISH_EVENT_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then return {'noseq'} end
local payload = ARGV[3]
if KEYS[3] then
  local o = redis.call('HMGET', KEYS[3], 'q', 'c')
  if not o[1] then return {'nooffer'} end
  local p = cjson.decode(payload)
  p['left'] = tonumber(o[1]) - tonumber(o[2])
  payload = cjson.encode(p)
end
local seq = redis.call('INCR', KEYS[1])
local t = redis.call('TIME')
local ts = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local body = '{"streamId":' .. cjson.encode(ARGV[1]) .. ',"seq":' .. seq .. ',"ts":' .. ts ..
  ',"type":' .. cjson.encode(ARGV[2]) .. ',"payload":' .. payload .. '}'
redis.call('XADD', KEYS[2], 'MINID', '~', ts - tonumber(ARGV[5]), '*', 's', seq, 'e', body)
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[5]) * 4)
redis.call('PUBLISH', ARGV[4], body)
return {'ok', seq, ts, body}
`

/** Sets the seq counter from the durable floor unless another process did. */
export const INIT_SEQ_LUA = `
redis.call('SET', KEYS[1], ARGV[1], 'NX')
return redis.call('GET', KEYS[1])
`

export const publishScript = new RedisScript(PUBLISH_EVENT_LUA)
export const initSeqScript = new RedisScript(INIT_SEQ_LUA)

export function publishArgs(
  keys: { seq: string; log: string; offer?: string },
  streamId: string,
  type: string,
  payload: Record<string, unknown>,
  channel: string,
  retentionMs: number
): { keys: string[]; args: string[] } {
  const k = [keys.seq, keys.log]
  if (keys.offer) {
    k.push(keys.offer)
  }
  return {
    keys: k,
    args: [streamId, type, JSON.stringify(payload), channel, String(retentionMs)],
  }
}
