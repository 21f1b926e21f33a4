import { TtlCache } from "../ttl-cache"

describe("TtlCache", () => {
  it("answers from the cache until the entry is older than ttlMs", async () => {
    let now = 0
    const cache = new TtlCache<number>({ ttlMs: 1000, max: 10, now: () => now })
    let loads = 0
    const load = async () => ++loads
    expect(await cache.get("a", load)).toBe(1)
    now = 999
    expect(await cache.get("a", load)).toBe(1)
    now = 1000
    expect(await cache.get("a", load)).toBe(2)
  })

  it("shares one lookup between concurrent misses and forgets failures", async () => {
    const cache = new TtlCache<string>({ ttlMs: 1000, max: 10 })
    let loads = 0
    const slow = () => new Promise<string>((r) => setTimeout(() => r(`v${++loads}`), 10))
    expect(await Promise.all([cache.get("k", slow), cache.get("k", slow)])).toEqual(["v1", "v1"])
    await expect(cache.get("bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(await cache.get("bad", async () => "up")).toBe("up")
  })

  it("keeps at most max entries, dropping the oldest", async () => {
    const cache = new TtlCache<string>({ ttlMs: 60_000, max: 2 })
    for (const k of ["a", "b", "c"]) {
      await cache.get(k, async () => k)
    }
    expect(cache.size).toBe(2)
    expect(await cache.get("a", async () => "reloaded")).toBe("reloaded")
    expect(await cache.get("c", async () => "reloaded")).toBe("c")
  })

  it("drops the least recently used entry, not merely the oldest (a hot key survives a flood of new ones)", async () => {
    const cache = new TtlCache<string>({ ttlMs: 60_000, max: 3 })
    await cache.get("hot", async () => "hot")
    for (let i = 0; i < 10; i++) {
      expect(await cache.get("hot", async () => "reloaded")).toBe("hot")
      await cache.get(`made-up-${i}`, async () => "no")
    }
    expect(cache.size).toBe(3)
  })
})
