import { stockAfterClaims } from "../stock-after-claims"

function setup() {
  const sent: [string, string, number | undefined][] = []
  const turns: (() => void)[] = []
  let clock = 0
  const s = stockAfterClaims((o, st, left) => sent.push([o, st, left]), {
    maxHoldMs: 100, now: () => clock, defer: (fn) => void turns.push(fn),
  })
  return { s, sent, turns, tick: (ms: number) => (clock += ms) }
}

describe("stockAfterClaims", () => {
  it("announces at once when no claim on the offer is being answered", () => {
    const { s, sent } = setup()
    s.announce("off_1", "str_1", 7)
    expect(sent).toEqual([["off_1", "str_1", 7]])
  })

  it("holds while the offer's claims are answered, merges to the lowest left, sends after the turn of the last one's end", () => {
    const { s, sent, turns } = setup()
    s.begin("off_1")
    s.begin("off_1")
    s.announce("off_1", "str_1", 9)
    s.announce("off_1", "str_1", 4)
    s.announce("off_1", "str_1", 6)
    s.announce("off_2", "str_1", 3)
    expect(sent).toEqual([["off_2", "str_1", 3]])
    s.end("off_1")
    expect(turns).toHaveLength(0)
    s.end("off_1")
    expect(sent).toHaveLength(1)
    turns.shift()!()
    expect(sent).toEqual([["off_2", "str_1", 3], ["off_1", "str_1", 4]])
  })

  it("a claim begun before the released turn keeps it held until that claim ends", () => {
    const { s, sent, turns } = setup()
    s.begin("off_1")
    s.announce("off_1", "str_1", 5)
    s.end("off_1")
    s.begin("off_1")
    turns.shift()!()
    expect(sent).toEqual([])
    s.end("off_1")
    turns.shift()!()
    expect(sent).toEqual([["off_1", "str_1", 5]])
  })

  it("a steady stream of claims: a later announcement sends the held stock once the first has waited maxHoldMs", () => {
    const { s, sent, tick } = setup()
    s.begin("off_1")
    s.announce("off_1", "str_1", 20)
    tick(60)
    s.announce("off_1", "str_1", 15)
    expect(sent).toEqual([])
    tick(40)
    s.announce("off_1", "str_1", 10)
    expect(sent).toEqual([["off_1", "str_1", 10]])
    s.announce("off_1", "str_1", 9)
    expect(sent).toHaveLength(1)
  })

  it("flush sends every held announcement", () => {
    const { s, sent } = setup()
    s.begin("off_1")
    s.announce("off_1", "str_1")
    s.flush()
    expect(sent).toEqual([["off_1", "str_1", undefined]])
  })
})
