import { stockAfterWinners } from "../stock-after-winners"

function setup() {
  const sent: [string, string, number | undefined][] = []
  const busy = new Set<string>()
  const turns: (() => void)[] = []
  let clock = 0
  const s = stockAfterWinners((o, st, left) => sent.push([o, st, left]), (o) => busy.has(o), {
    maxHoldMs: 100, now: () => clock, defer: (fn) => void turns.push(fn),
  })
  return { s, sent, busy, turns, tick: (ms: number) => (clock += ms) }
}

describe("stockAfterWinners", () => {
  it("announces at once when no winner of the offer is being written", () => {
    const { s, sent } = setup()
    s.announce("off_1", "str_1", 7)
    expect(sent).toEqual([["off_1", "str_1", 7]])
  })

  it("holds while the offer's winners are written, merges to the lowest left, sends once they are settled (after the turn)", () => {
    const { s, sent, busy, turns } = setup()
    busy.add("off_1")
    s.announce("off_1", "str_1", 9)
    s.announce("off_1", "str_1", 4)
    s.announce("off_1", "str_1", 6)
    s.announce("off_2", "str_1", 3)
    expect(sent).toEqual([["off_2", "str_1", 3]])
    busy.delete("off_1")
    s.settled("off_1")
    expect(sent).toHaveLength(1)
    turns.shift()!()
    expect(sent).toEqual([["off_2", "str_1", 3], ["off_1", "str_1", 4]])
    s.settled("off_1")
    expect(turns).toHaveLength(0)
  })

  it("a steady stream of winners: a later winner sends the held stock once the first has waited maxHoldMs", () => {
    const { s, sent, busy, tick } = setup()
    busy.add("off_1")
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
    const { s, sent, busy } = setup()
    busy.add("off_1")
    s.announce("off_1", "str_1")
    s.flush()
    expect(sent).toEqual([["off_1", "str_1", undefined]])
  })
})
