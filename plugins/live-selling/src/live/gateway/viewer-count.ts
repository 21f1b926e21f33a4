/**
 * Whether a new viewer count is worth a `viewers` event: small rooms on
 * every change; big rooms when the count moved by 1 % or more, or at least
 * every 2 s while it keeps changing. A join storm of 10,000 viewers then
 * costs a few dozen broadcasts instead of one per tick.
 */
export function shouldPublishCount(
  last: number | null,
  lastAt: number,
  next: number,
  now: number
): boolean {
  if (last === null) {
    return true
  }
  if (next === last) {
    return false
  }
  if (last < 100 || next === 0) {
    return true
  }
  return Math.abs(next - last) >= Math.ceil(last / 100) || now - lastAt >= 2000
}

/** The same rule in Lua (KEYS[3] holds "count:at"). */
export const SHOULD_PUBLISH_LUA = `
local function should_publish(prev, total, now)
  if not prev then return true end
  local last, at = string.match(prev, '^(%d+):(%d+)$')
  if not last then return true end
  last, at = tonumber(last), tonumber(at)
  if total == last then return false end
  if last < 100 or total == 0 then return true end
  return math.abs(total - last) >= math.ceil(last / 100) or now - at >= 2000
end
`
