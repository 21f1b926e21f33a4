import { SlicedBroadcast, type SliceTarget } from "../sliced-broadcast"

/** Rooms of socket ids, a record of what was sent, and turns run by hand. */
function setup(rooms: Record<string, string[]>, sliceSize = 2) {
  const members = new Map(Object.entries(rooms).map(([r, ids]) => [r, new Set(ids)]))
  const sent: { ids: string[]; event: string; data: unknown }[] = []
  const turns: (() => void)[] = []
  const target: SliceTarget = {
    members: (room) => members.get(room) ?? [],
    isMember: (room, id) => members.get(room)?.has(id) ?? false,
    emit: (ids, event, data) => void sent.push({ ids, event, data }),
  }
  const b = new SlicedBroadcast(target, { sliceSize, defer: (fn) => void turns.push(fn) })
  const runAll = () => {
    while (turns.length) turns.shift()!()
  }
  return { b, sent, turns, members, runAll }
}

describe("SlicedBroadcast", () => {
  it("sends a room that fits in one slice at once", () => {
    const t = setup({ r: ["a", "b"] })
    t.b.send("r", "offer:stock", { left: 3 })
    expect(t.sent).toEqual([{ ids: ["a", "b"], event: "offer:stock", data: { left: 3 } }])
    expect(t.turns.length).toBe(0)
    expect(t.b.pending).toBe(0)
  })

  it("sends a big room a slice per turn, the first slice at once", () => {
    const t = setup({ r: ["a", "b", "c", "d", "e"] })
    t.b.send("r", "offer:started", 1)
    expect(t.sent.map((s) => s.ids)).toEqual([["a", "b"]])
    t.turns.shift()!()
    expect(t.sent.map((s) => s.ids)).toEqual([["a", "b"], ["c", "d"]])
    t.runAll()
    expect(t.sent.map((s) => s.ids)).toEqual([["a", "b"], ["c", "d"], ["e"]])
    expect(t.b.pending).toBe(0)
  })

  it("keeps events in order: a later event waits until every slice of the earlier one went", () => {
    const t = setup({ r: ["a", "b", "c"], q: ["x"] })
    t.b.send("r", "e1", 1)
    t.b.send("q", "e2", 2)
    t.b.send("r", "e3", 3)
    t.runAll()
    expect(t.sent.map((s) => `${s.event}:${s.ids.join("")}`)).toEqual(["e1:ab", "e1:c", "e2:x", "e3:ab", "e3:c"])
  })

  it("sends each event to the sockets in its room when it was given: not to later joiners, not to those who left", () => {
    const t = setup({ r: ["a", "b", "c", "d"] })
    t.b.send("r", "e1", 1)
    t.members.get("r")!.add("z") // joined after e1: gets e1 from the room's replay instead
    t.members.get("r")!.delete("c") // left before its slice
    t.runAll()
    expect(t.sent.map((s) => s.ids)).toEqual([["a", "b"], ["d"]])
  })

  it("goes on with the next slices when sending one throws", () => {
    const t = setup({ r: ["a", "b", "c"] })
    const target = (t.b as any).target as SliceTarget
    const emit = target.emit
    let first = true
    target.emit = (ids, event, data) => {
      if (first) {
        first = false
        throw new Error("socket gone")
      }
      emit(ids, event, data)
    }
    expect(() => t.b.send("r", "e1", 1)).toThrow("socket gone")
    t.runAll()
    expect(t.sent.map((s) => s.ids)).toEqual([["c"]])
    expect(t.b.pending).toBe(0)
  })
})
