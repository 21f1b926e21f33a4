import { RedisScript, type ScriptClient } from "../redis-script"

/** A Redis that runs one script ("return the args") and starts with none cached. */
function fakeRedis() {
  const cached = new Set<string>()
  const calls = { evalsha: 0, eval: 0, load: 0 }
  const reply = (n: number, rest: unknown[]) => rest.slice(n)
  const redis = {
    evalsha: async (sha: string, n: number, ...rest: unknown[]) => {
      calls.evalsha++
      if (!cached.has(sha)) throw new Error("NOSCRIPT No matching script. Please use EVAL.")
      return reply(n, rest)
    },
    eval: async (_lua: string, n: number, ...rest: unknown[]) => (calls.eval++, reply(n, rest)),
    script: async (_cmd: string, lua: string) => {
      calls.load++
      await new Promise((r) => setImmediate(r))
      cached.add(new RedisScript(lua).sha)
      return "sha"
    },
  }
  return { redis: redis as unknown as ScriptClient, calls, flush: () => cached.clear() }
}

describe("RedisScript", () => {
  it("a burst that finds the script missing loads it once, then every call runs by its sha", async () => {
    const { redis, calls } = fakeRedis()
    const script = new RedisScript("return ARGV")
    const out = await Promise.all([1, 2, 3, 4].map((i) => script.run(redis, ["k"], [i])))
    expect(out).toEqual([[1], [2], [3], [4]])
    expect(calls).toEqual({ evalsha: 8, eval: 0, load: 1 })
    await script.run(redis, ["k"], [5])
    expect(calls).toEqual({ evalsha: 9, eval: 0, load: 1 })
  })

  it("load ahead of the calls: none finds it missing", async () => {
    const { redis, calls } = fakeRedis()
    const script = new RedisScript("return ARGV")
    await script.load(redis)
    expect(await script.run(redis, [], ["x"])).toEqual(["x"])
    expect(calls).toEqual({ evalsha: 1, eval: 0, load: 1 })
  })

  it("loads again once Redis has lost it", async () => {
    const { redis, calls, flush } = fakeRedis()
    const script = new RedisScript("return ARGV")
    await script.run(redis, [], [1])
    flush()
    expect(await script.run(redis, [], [2])).toEqual([2])
    expect(calls.load).toBe(2)
  })
})
