import type { Namespace, Socket } from "socket.io"
import { toWire, type LiveEvent, type LiveEventLog } from "../../modules/livestream/events/types"
import { RING_MAX_AGE_MS, Room } from "./room"
import { namespaceTarget, SlicedBroadcast } from "./sliced-broadcast"

export type Snapshot = {
  stream: Record<string, unknown>
  pinned: string[]
  offers: Record<string, unknown>[]
}

type CachedSnapshot = { at: number; seq: number; data: Snapshot }

const SNAPSHOT_TTL_MS = 1000

/** At most this many missed events are replayed on a join; further behind, the client resyncs from the snapshot. */
export const DEFAULT_MAX_REPLAY = 200

export const roomName = (streamId: string) => `stream:${streamId}`

/**
 * The stream rooms of this gateway. Events from the log are applied per room
 * in seq order and emitted to local sockets only (every gateway gets every
 * event from the log). Joins get a snapshot and, with `lastSeq`, the missed
 * events (at most `maxReplay`, else `resync`), before any new event.
 */
export class RoomRegistry {
  private rooms = new Map<string, Room>()
  private snapshots = new Map<string, CachedSnapshot>()
  private loading = new Map<string, Promise<CachedSnapshot>>()
  private viewers = new Map<string, number>()
  // thousands of sockets a slice at a time: claims' acks are not held behind a broadcast
  private readonly broadcast: SlicedBroadcast

  constructor(
    private readonly nsp: Namespace,
    private readonly log: LiveEventLog,
    private readonly load: (streamId: string) => Promise<Snapshot>,
    private readonly maxReplay = DEFAULT_MAX_REPLAY
  ) {
    this.broadcast = new SlicedBroadcast(namespaceTarget(nsp))
  }

  onEvent(e: LiveEvent): void {
    this.rooms.get(e.streamId)?.offer(e)
  }

  /** After the log subscription came back: fetch what was missed. */
  catchUpAll(): void {
    this.rooms.forEach((r) => void r.catchUp())
  }

  localCount(streamId: string): number {
    return this.nsp.adapter.rooms.get(roomName(streamId))?.size ?? 0
  }

  streamIds(): string[] {
    return [...this.rooms.keys()]
  }

  async join(socket: Socket, streamId: string, lastSeq?: number) {
    const room = this.ensure(streamId)
    const snap = await this.snapshot(streamId, room)
    // Events up to the head may still be on their way to this gateway: start
    // from what the room applied so the client sees every seq exactly once.
    const seq = Math.min(snap.seq, room.applied ?? snap.seq)
    let base = seq
    let replay: LiveEvent[] = []
    let resync = false
    if (lastSeq != null) {
      const known = Math.max(snap.seq, room.applied ?? 0)
      if (lastSeq > known || known - lastSeq > this.maxReplay) {
        resync = true
      } else if (room.after(lastSeq)) {
        base = lastSeq
      } else {
        const r = await this.log.since(streamId, lastSeq)
        if (r.complete) {
          base = lastSeq
          replay = r.events
        } else {
          resync = true
        }
      }
    }
    // From here on synchronous: no room event can slip in between.
    if (socket.disconnected) {
      return null
    }
    let last = base
    const out: LiveEvent[] = []
    for (const e of replay) {
      if (e.seq > last) {
        out.push(e)
        last = e.seq
      }
    }
    let tail = room.after(last)
    if (!tail) {
      resync = true
      out.length = 0
      tail = room.after(seq) ?? []
    }
    socket.join(roomName(streamId))
    const ack = {
      ...snap.data,
      seq,
      viewers: this.viewers.get(streamId) ?? null,
      ...(lastSeq != null ? { resync } : {}),
    }
    const send = () => {
      for (const e of [...out, ...tail!]) {
        socket.emit(e.type, toWire(e))
      }
    }
    return { ack, send }
  }

  leave(socket: Socket, streamId: string) {
    socket.leave(roomName(streamId))
  }

  /** Drops rooms nobody joined for a while (their ring ages out anyway). */
  gc(now = Date.now()) {
    for (const [id, room] of this.rooms) {
      if (this.localCount(id) > 0) {
        room.idleSince = now
      } else if (now - room.idleSince > RING_MAX_AGE_MS) {
        this.rooms.delete(id)
        this.snapshots.delete(id)
        this.viewers.delete(id)
      }
    }
  }

  private ensure(streamId: string): Room {
    let room = this.rooms.get(streamId)
    if (!room) {
      room = new Room(streamId, (e) => this.deliver(e), (s, q) => this.log.since(s, q))
      this.rooms.set(streamId, room)
    }
    return room
  }

  private deliver(e: LiveEvent) {
    if (e.type === "viewers") {
      this.viewers.set(e.streamId, Number(e.payload.count))
    }
    this.broadcast.send(roomName(e.streamId), e.type, toWire(e))
  }

  // Head first, then data: every event after `seq` is in the room's ring.
  private async snapshot(streamId: string, room: Room): Promise<CachedSnapshot> {
    const hit = this.snapshots.get(streamId)
    if (hit && Date.now() - hit.at < SNAPSHOT_TTL_MS) {
      return hit
    }
    let p = this.loading.get(streamId)
    if (!p) {
      p = (async () => {
        const seq = await this.log.head(streamId)
        const data = await this.load(streamId)
        if (room.applied == null) {
          room.applied = seq
        }
        const snap = { at: Date.now(), seq, data }
        this.snapshots.set(streamId, snap)
        return snap
      })().finally(() => this.loading.delete(streamId))
      this.loading.set(streamId, p)
    }
    return p
  }
}
