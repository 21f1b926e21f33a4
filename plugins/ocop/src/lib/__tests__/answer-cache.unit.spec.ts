import { cachedAnswer, cachedEach, invalidateCatalogueAnswers } from "../answer-cache"

/** Medusa's Caching Module as the cache helpers use it: get, set (with tags), clear by tags. */
function fakeCaching() {
  const entries = new Map<string, { data: object; tags: string[] }>()
  const caching = {
    get: async ({ key }: { key: string }) => entries.get(key)?.data ?? null,
    set: async ({ key, data, tags = [] }: { key: string; data: object; tags?: string[] }) => void entries.set(key, { data, tags }),
    clear: async ({ tags = [] }: { tags?: string[] }) => {
      for (const [key, entry] of entries) if (entry.tags.some((t) => tags.includes(t))) entries.delete(key)
    },
  }
  return { entries, container: { resolve: () => caching } as any }
}

const request = { route: "products", params: { min_stars: 4 }, day: "2026-12-06" }

describe("answer cache", () => {
  const mode = process.env.OCOP_ANSWER_CACHE
  afterEach(() => {
    process.env.OCOP_ANSWER_CACHE = mode
  })

  it("computes an answer once, and again after the catalogue changed", async () => {
    process.env.OCOP_ANSWER_CACHE = "on"
    const { container } = fakeCaching()
    let computed = 0
    const compute = async () => ({ n: ++computed })
    expect(await cachedAnswer(container, request, compute)).toEqual({ n: 1 })
    expect(await cachedAnswer(container, request, compute)).toEqual({ n: 1 })
    await invalidateCatalogueAnswers(container)
    expect(await cachedAnswer(container, request, compute)).toEqual({ n: 2 })
  })

  it("computes only the parts not kept, in one call, and keeps them across a catalogue change", async () => {
    process.env.OCOP_ANSWER_CACHE = "on"
    const { container } = fakeCaching()
    const calls: string[][] = []
    const compute = async (missing: string[]) => {
      calls.push(missing)
      return new Map(missing.map((k) => [k, { of: k }]))
    }
    await cachedEach(container, ["card|a|v1", "card|b|v1"], compute)
    await invalidateCatalogueAnswers(container)
    const found = await cachedEach(container, ["card|a|v1", "card|b|v2", "card|c|v1"], compute)
    expect(calls).toEqual([["card|a|v1", "card|b|v1"], ["card|b|v2", "card|c|v1"]])
    expect(found.get("card|b|v2")).toEqual({ of: "card|b|v2" })
    expect([...found.keys()].sort()).toEqual(["card|a|v1", "card|b|v2", "card|c|v1"])
  })

  it("keeps nothing a computation did not return (e.g. a product deleted meanwhile)", async () => {
    process.env.OCOP_ANSWER_CACHE = "on"
    const { container, entries } = fakeCaching()
    const found = await cachedEach(container, ["x", "gone"], async () => new Map([["x", { ok: true }]]))
    expect(found.has("gone")).toBe(false)
    expect(entries.has("gone")).toBe(false)
  })

  it("with OCOP_ANSWER_CACHE=parts keeps the parts but answers every request anew; off keeps nothing", async () => {
    process.env.OCOP_ANSWER_CACHE = "parts"
    const { container, entries } = fakeCaching()
    let computed = 0
    await cachedAnswer(container, request, async () => ({ n: ++computed }))
    await cachedAnswer(container, request, async () => ({ n: ++computed }))
    expect(computed).toBe(2)
    await cachedEach(container, ["p"], async () => new Map([["p", {}]]))
    expect([...entries.keys()]).toEqual(["p"])

    process.env.OCOP_ANSWER_CACHE = "off"
    const off = fakeCaching()
    let parts = 0
    await cachedEach(off.container, ["p"], async (m) => new Map(m.map((k) => [k, { n: ++parts }])))
    await cachedEach(off.container, ["p"], async (m) => new Map(m.map((k) => [k, { n: ++parts }])))
    expect(parts).toBe(2)
    expect(off.entries.size).toBe(0)
  })
})
