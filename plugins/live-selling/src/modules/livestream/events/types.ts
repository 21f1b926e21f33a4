/** One event in a stream's room, numbered by `seq` (per stream, +1 each). */
export type LiveEvent<P extends Record<string, unknown> = Record<string, unknown>> = {
  streamId: string
  seq: number
  /** Server time, epoch ms. */
  ts: number
  type: string
  payload: P
}

export type ReplayResult = {
  events: LiveEvent[]
  /** False when events after `lastSeq` are no longer kept (client resyncs). */
  complete: boolean
}

export type PublishOptions = {
  /** For `offer:stock`: read this offer's `left` at publish time, atomically. */
  stockOf?: string
}

export interface LiveEventPublisher {
  publish(
    streamId: string,
    type: string,
    payload: Record<string, unknown>,
    options?: PublishOptions
  ): Promise<LiveEvent>
}

export interface LiveEventLog extends LiveEventPublisher {
  /** The stream's current (last published) seq. */
  head(streamId: string): Promise<number>
  /** Events with seq > lastSeq, ascending, from the retained log. */
  since(streamId: string, lastSeq: number): Promise<ReplayResult>
  /** Every event of every stream, in seq order per stream. */
  subscribe(handler: (event: LiveEvent) => void): Promise<void>
  /** Called after the subscription was lost and restored (catch up then). */
  onResubscribe(fn: () => void): void
  close(): Promise<void>
}

/** What clients receive: the payload plus `{ streamId, seq, ts }`. */
export function toWire(event: LiveEvent): Record<string, unknown> {
  return { ...event.payload, streamId: event.streamId, seq: event.seq, ts: event.ts }
}

/** True when `events` continue `lastSeq` without a hole. */
export function isContiguousAfter(events: LiveEvent[], lastSeq: number): boolean {
  let expected = lastSeq + 1
  for (const e of events) {
    if (e.seq !== expected) {
      return false
    }
    expected++
  }
  return true
}

export const EVENT_RETENTION_MS = 5 * 60 * 1000
