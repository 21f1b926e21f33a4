import { LiveError } from "../lib/errors"
import { ID_PREFIX, newId } from "../lib/ids"
import { withTransaction } from "../store/tx"
import type { Db, DbClient } from "../lib/types"
import { PgListener } from "./pg-listener"
import {
  EVENT_RETENTION_MS,
  isContiguousAfter,
  type LiveEvent,
  type LiveEventLog,
  type PublishOptions,
  type ReplayResult,
} from "./types"

export const PG_EVENTS_CHANNEL = "live_events"

// Inserts the event (seq taken from the stream row, which stays locked until
// commit, so commits and NOTIFYs happen in seq order) and notifies. Payloads
// too big for NOTIFY are sent as a reference and read back by listeners.
const INSERT_AND_NOTIFY = (
  seqSql: string,
  payloadSql: string,
  from: string,
  before = ""
) => `
  WITH ${before} e AS (
    INSERT INTO live_event (id, stream_id, seq, type, payload, ts)
    SELECT $1, $2, ${seqSql}, $3, ${payloadSql}, clock_timestamp() ${from}
    RETURNING stream_id, seq, type, payload, (extract(epoch from ts) * 1000)::bigint AS ts
  ), j AS (
    SELECT e.*, json_build_object('streamId', stream_id, 'seq', seq, 'ts', ts,
      'type', type, 'payload', payload)::text AS body FROM e
  )
  SELECT seq, ts, payload, pg_notify($5, CASE WHEN octet_length(body) < 7900 THEN body
    ELSE json_build_object('streamId', stream_id, 'seq', seq, 'ref', true)::text END)
  FROM j`

/**
 * Event log in Postgres (no Redis): seq from `live_stream.last_seq`, events
 * in `live_event`, fan-out to gateways with LISTEN/NOTIFY.
 */
export class PgEventLog implements LiveEventLog {
  private listener: PgListener | null = null
  private resubscribers: (() => void)[] = []

  constructor(private readonly db: Db) {}

  async publish(
    streamId: string,
    type: string,
    payload: Record<string, unknown>,
    options: PublishOptions = {}
  ): Promise<LiveEvent> {
    const id = newId(ID_PREFIX.event)
    const body = JSON.stringify(payload)
    const row = options.stockOf
      ? await withTransaction(this.db, (c) => this.appendStock(c, id, streamId, type, body, options.stockOf!))
      : (
          await this.db.query(
            INSERT_AND_NOTIFY(
              "s.last_seq",
              "$4::jsonb",
              "FROM s",
              `s AS (UPDATE live_stream SET last_seq = last_seq + 1 WHERE id = $2
                 RETURNING last_seq),`
            ),
            [id, streamId, type, body, PG_EVENTS_CHANNEL]
          )
        ).rows[0]
    if (!row) {
      throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
    }
    return { streamId, seq: Number(row.seq), ts: Number(row.ts), type, payload: row.payload }
  }

  // Two statements so `left` is read after the seq lock: the event with the
  // highest seq always carries the freshest stock.
  private async appendStock(
    c: DbClient, id: string, streamId: string, type: string, body: string, offerId: string
  ) {
    const seq = await c.query(
      `UPDATE live_stream SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq`,
      [streamId]
    )
    if (!seq.rows[0]) {
      return null
    }
    const { rows } = await c.query(
      INSERT_AND_NOTIFY(
        "$4::int",
        "$6::jsonb || jsonb_build_object('left', o.quantity - o.claimed)",
        "FROM live_offer o WHERE o.id = $7"
      ),
      [id, streamId, type, seq.rows[0].last_seq, PG_EVENTS_CHANNEL, body, offerId]
    )
    if (!rows[0]) {
      throw new LiveError("not_found", `offerId: offer ${offerId} not found`)
    }
    return rows[0]
  }

  async head(streamId: string): Promise<number> {
    const { rows } = await this.db.query(`SELECT last_seq FROM live_stream WHERE id = $1`, [streamId])
    return rows[0] ? Number(rows[0].last_seq) : 0
  }

  async since(streamId: string, lastSeq: number): Promise<ReplayResult> {
    const { rows } = await this.db.query(
      `SELECT seq, type, payload, (extract(epoch from ts) * 1000)::bigint AS ts
       FROM live_event WHERE stream_id = $1 AND seq > $2 AND deleted_at IS NULL
       ORDER BY seq LIMIT 10000`,
      [streamId, lastSeq]
    )
    const events = rows.map((r) => ({
      streamId, seq: Number(r.seq), ts: Number(r.ts), type: r.type, payload: r.payload,
    }))
    const complete =
      isContiguousAfter(events, lastSeq) &&
      (events.length > 0 || lastSeq === (await this.head(streamId)))
    return { events, complete }
  }

  async subscribe(handler: (event: LiveEvent) => void): Promise<void> {
    this.listener = new PgListener(this.db, PG_EVENTS_CHANNEL, handler, (s, q) => this.readEvent(s, q))
    this.resubscribers.forEach((fn) => this.listener!.onReconnect(fn))
    await this.listener.start()
  }

  onResubscribe(fn: () => void): void {
    this.resubscribers.push(fn)
    this.listener?.onReconnect(fn)
  }

  /** Deletes events older than the retention window. */
  async prune(retentionMs = 2 * EVENT_RETENTION_MS): Promise<void> {
    await this.db.query(
      `DELETE FROM live_event WHERE ts < now() - make_interval(secs => $1::double precision / 1000)`,
      [retentionMs]
    )
  }

  async close(): Promise<void> {
    await this.listener?.stop()
    this.listener = null
  }

  private async readEvent(streamId: string, seq: number): Promise<LiveEvent | null> {
    const { rows } = await this.db.query(
      `SELECT type, payload, (extract(epoch from ts) * 1000)::bigint AS ts FROM live_event
       WHERE stream_id = $1 AND seq = $2`,
      [streamId, seq]
    )
    return rows[0]
      ? { streamId, seq, ts: Number(rows[0].ts), type: rows[0].type, payload: rows[0].payload }
      : null
  }
}
