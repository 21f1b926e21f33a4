import type { Namespace } from "socket.io"

/** Where a sliced broadcast sends and whom it asks (Socket.IO in the gateway; plain functions in tests). */
export type SliceTarget = {
  /** Ids of the sockets in `room` now. */
  members(room: string): Iterable<string>
  /** Whether socket `id` is still in `room`. */
  isMember(room: string, id: string): boolean
  /** Sends one event to these sockets (one encoding for all of them). */
  emit(ids: string[], event: string, data: unknown): void
}

export type SlicedBroadcastOptions = {
  /** Sockets per slice (default 256). */
  sliceSize?: number
  /** Runs the next slice after pending I/O (default `setImmediate`). */
  defer?: (fn: () => void) => void
}

type Job = { room: string; event: string; data: unknown; ids: string[]; at: number }

/**
 * Room broadcasts a slice of sockets at a time: a write to each of thousands
 * of sockets blocks the event loop for as long as it takes, and claims'
 * acks ready meanwhile would wait behind it. Between slices pending I/O runs
 * (acks go out), so an ack waits at most one slice. Events go out in the
 * order given, each to the sockets in its room when it was given (a socket
 * that joins later gets it from the room's replay instead; one that left
 * meanwhile is skipped). A room that fits in one slice is sent at once.
 */
export class SlicedBroadcast {
  private readonly queue: Job[] = []
  private readonly sliceSize: number
  private readonly defer: (fn: () => void) => void
  private scheduled = false

  constructor(private readonly target: SliceTarget, o: SlicedBroadcastOptions = {}) {
    this.sliceSize = o.sliceSize ?? 256
    this.defer = o.defer ?? setImmediate
  }

  send(room: string, event: string, data: unknown) {
    this.queue.push({ room, event, data, ids: [...this.target.members(room)], at: 0 })
    if (!this.scheduled) {
      this.runSlice()
    }
  }

  /** Events not yet sent to all their sockets. */
  get pending() {
    return this.queue.length
  }

  private runSlice() {
    const job = this.queue[0]
    const ids = job.ids.slice(job.at, job.at + this.sliceSize).filter((id) => this.target.isMember(job.room, id))
    job.at += this.sliceSize
    if (job.at >= job.ids.length) {
      this.queue.shift()
    }
    // the next slice is scheduled first: a failing emit cannot stall the queue
    this.scheduled = this.queue.length > 0
    if (this.scheduled) {
      this.defer(() => this.runSlice())
    }
    if (ids.length) {
      this.target.emit(ids, job.event, job.data)
    }
  }
}

/** A namespace's local sockets as a slice target (each socket is also a room of its own id). */
export function namespaceTarget(nsp: Namespace): SliceTarget {
  return {
    members: (room) => nsp.adapter.rooms.get(room) ?? [],
    isMember: (room, id) => nsp.adapter.rooms.get(room)?.has(id) ?? false,
    emit: (ids, event, data) => nsp.local.to(ids).emit(event, data),
  }
}
