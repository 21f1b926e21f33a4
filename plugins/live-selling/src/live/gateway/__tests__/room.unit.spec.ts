import type { LiveEvent, ReplayResult } from "../../../modules/livestream/events/types"
import { RING_MAX_EVENTS, Room } from "../room"

const ev = (seq: number, ts = Date.now()): LiveEvent => ({ streamId: "s", seq, ts, type: "t", payload: { n: seq } })

function setup(logged: LiveEvent[] = []) {
  const delivered: number[] = []
  const since = jest.fn(async (_s: string, after: number): Promise<ReplayResult> => ({
    events: logged.filter((e) => e.seq > after),
    complete: true,
  }))
  const room = new Room("s", (e) => delivered.push(e.seq), since)
  return { room, delivered, since }
}

const settle = () => new Promise((r) => setImmediate(r))

describe("room event ordering", () => {
  it("delivers in seq order and drops duplicates", async () => {
    const { room, delivered } = setup()
    room.applied = 0
    for (const s of [1, 2, 2, 3, 1]) {
      room.offer(ev(s))
    }
    await settle()
    expect(delivered).toEqual([1, 2, 3])
  })

  it("fills a hole from the log before going on", async () => {
    const { room, delivered, since } = setup([ev(1), ev(2), ev(3), ev(4), ev(5)])
    room.applied = 1
    room.offer(ev(4))
    room.offer(ev(5))
    await settle()
    await settle()
    expect(since).toHaveBeenCalledWith("s", 1)
    expect(delivered).toEqual([2, 3, 4, 5])
  })

  it("goes on when the hole is no longer in the log", async () => {
    const { room, delivered } = setup([])
    room.applied = 1
    room.offer(ev(4))
    await settle()
    expect(delivered).toEqual([4])
    expect(room.applied).toBe(4)
  })

  it("answers replays from its ring only when it holds every event after lastSeq", async () => {
    const { room } = setup()
    room.applied = 10
    for (const s of [11, 12, 13, 14]) {
      room.offer(ev(s))
    }
    expect(room.after(12)?.map((e) => e.seq)).toEqual([13, 14])
    expect(room.after(10)?.map((e) => e.seq)).toEqual([11, 12, 13, 14])
    expect(room.after(14)).toEqual([])
    expect(room.after(9)).toBeNull()
  })

  it("keeps a bounded ring", () => {
    const { room } = setup()
    room.applied = 0
    for (let s = 1; s <= RING_MAX_EVENTS + 5; s++) {
      room.offer(ev(s))
    }
    expect(room.ring).toHaveLength(RING_MAX_EVENTS)
    expect(room.after(3)).toBeNull()
    expect(room.after(5)?.length).toBe(RING_MAX_EVENTS)
  })

  it("catches up after a lost subscription", async () => {
    const { room, delivered } = setup([ev(1), ev(2), ev(3)])
    room.applied = 1
    await room.catchUp()
    expect(delivered).toEqual([2, 3])
  })
})
