import type Redis from "ioredis"
import { aggregateScript, parseTick, tickArgs } from "../../src/live/gateway/aggregate-script"
import { redisKeys } from "../../src/modules/livestream/lib/redis-keys"
import { describeWithRedis, flushPrefix, newRedis, testPrefix } from "./helpers/redis"

describeWithRedis("viewer counts and reactions across gateways (Redis)", () => {
  let redis: Redis
  const prefix = testPrefix("agg")
  const keys = redisKeys(prefix)
  const ks = (s: string) => [keys.viewers(s), keys.reactions(s), keys.viewersLast(s), keys.aggTick(s)]
  const tick = async (s: string, gw: string, local: number, reactions: [string, number][] = []) => {
    await redis.del(keys.aggTick(s)) // each call is a new tick window
    return parseTick(await aggregateScript.run(redis, ks(s), tickArgs(gw, local, 60_000, 500, new Map(reactions))))
  }

  beforeAll(() => {
    redis = newRedis()
  })
  afterAll(async () => {
    await flushPrefix(redis, prefix)
    redis.disconnect()
  })

  it("sums every gateway's viewers and drains reactions once", async () => {
    await tick("s1", "gwA", 3, [["heart", 5]])
    const r = await tick("s1", "gwB", 4, [["heart", 2], ["wow", 1]])
    expect(r).toEqual({ won: true, total: 7, changed: true, reactions: { heart: 2, wow: 1 } })
    const again = await tick("s1", "gwA", 3)
    expect(again).toEqual({ won: true, total: 7, changed: false, reactions: {} })
  })

  it("one gateway per tick window aggregates", async () => {
    await redis.del(keys.aggTick("s2"))
    const args = (gw: string) => tickArgs(gw, 1, 60_000, 500, new Map([["like", 1]]))
    const a = parseTick(await aggregateScript.run(redis, ks("s2"), args("gwA")))
    const b = parseTick(await aggregateScript.run(redis, ks("s2"), args("gwB")))
    expect([a.won, b.won]).toEqual([true, false])
    const next = await tick("s2", "gwA", 1)
    expect(next).toMatchObject({ total: 2, reactions: { like: 1 } })
  })

  it("a gateway that stops reporting drops out of the count", async () => {
    await aggregateScript.run(redis, ks("s3"), tickArgs("gwDead", 50, 1, 500, new Map()))
    await new Promise((r) => setTimeout(r, 20))
    const r = await tick("s3", "gwAlive", 2)
    expect(r).toMatchObject({ won: true, total: 2 })
  })
})
